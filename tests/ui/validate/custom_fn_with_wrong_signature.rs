use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(custom = is_lowercase)]
    name: String,
}

fn is_lowercase(name: &str) -> bool {
    name.chars().all(char::is_lowercase)
}

fn main() {}
