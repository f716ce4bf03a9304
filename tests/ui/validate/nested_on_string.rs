use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(nested)]
    name: String,
}

fn main() {}
