use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(min = 10, max = 2))]
    name: String,
}

fn main() {}
