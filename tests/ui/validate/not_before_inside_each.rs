use callback_model::Validate;

#[derive(Validate)]
struct Visit {
    started_at: u64,
    #[validate(each(not_before = started_at))]
    stops: Vec<u64>,
}

fn main() {}
