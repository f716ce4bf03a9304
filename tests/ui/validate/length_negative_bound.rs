use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(min = -1))]
    name: String,
}

fn main() {}
