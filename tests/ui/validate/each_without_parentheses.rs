use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(each)]
    tags: Vec<String>,
}

fn main() {}
