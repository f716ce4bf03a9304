use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(non_blank = true)]
    name: String,
}

fn main() {}
