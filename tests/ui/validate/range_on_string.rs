use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(range(min = 1, max = 10))]
    name: String,
}

fn main() {}
