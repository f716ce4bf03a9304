use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(custom = is_lowercase)]
    name: String,
}

fn main() {}
