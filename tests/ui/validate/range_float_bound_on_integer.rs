use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(range(min = 0, max = 99.5))]
    age: u8,
}

fn main() {}
