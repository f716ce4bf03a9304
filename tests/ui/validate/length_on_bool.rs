use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(max = 1))]
    active: bool,
}

fn main() {}
