use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(each(non_blank))]
    name: String,
}

fn main() {}
