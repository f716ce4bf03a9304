use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(non_blank(message = 42))]
    name: String,
}

fn main() {}
