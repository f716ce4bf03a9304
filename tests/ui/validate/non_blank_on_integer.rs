use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(non_blank)]
    age: i32,
}

fn main() {}
