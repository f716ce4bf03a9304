use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(email)]
    contact: String,
}

fn main() {}
