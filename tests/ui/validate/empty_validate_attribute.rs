use callback_model::Validate;

#[derive(Validate)]
#[validate()]
struct Account {
    #[validate()]
    name: String,
}

fn main() {}
