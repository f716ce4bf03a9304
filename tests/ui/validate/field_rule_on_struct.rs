use callback_model::Validate;

#[derive(Validate)]
#[validate(non_blank)]
struct Account {
    name: String,
}

fn main() {}
