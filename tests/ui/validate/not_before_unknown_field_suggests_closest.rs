use callback_model::Validate;

#[derive(Validate)]
struct Visit {
    started_at: Option<u64>,
    #[validate(not_before = start_at)]
    ended_at: Option<u64>,
}

fn main() {}
