use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(non_blnk)]
    name: String,
}

fn main() {}
