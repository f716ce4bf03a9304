use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(min = 1, max = 3))]
    age: i32,
}

fn main() {}
