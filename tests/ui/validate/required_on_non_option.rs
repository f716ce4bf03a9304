use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(required)]
    name: String,
}

fn main() {}
