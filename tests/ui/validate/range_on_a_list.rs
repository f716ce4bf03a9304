use callback_model::Validate;

#[derive(Validate)]
struct Order {
    #[validate(range(max = 10))]
    lines: Vec<u32>,
}

fn main() {}
