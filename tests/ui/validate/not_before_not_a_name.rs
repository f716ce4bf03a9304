use callback_model::Validate;

#[derive(Validate)]
struct Leg {
    start: u32,
    #[validate(not_before = 5)]
    end: u32,
}

fn main() {}
