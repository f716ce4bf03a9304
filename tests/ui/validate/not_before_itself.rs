use callback_model::Validate;

#[derive(Validate)]
struct Visit {
    started_at: Option<u64>,
    #[validate(not_before = ended_at)]
    ended_at: Option<u64>,
}

fn main() {}
