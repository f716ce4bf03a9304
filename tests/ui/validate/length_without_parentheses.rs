use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length)]
    name: String,
}

fn main() {}
