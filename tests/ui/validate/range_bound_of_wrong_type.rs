use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(range(min = "zero"))]
    age: u8,
}

fn main() {}
