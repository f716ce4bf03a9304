use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate]
    name: String,
}

fn main() {}
