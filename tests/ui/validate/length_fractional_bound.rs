use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(max = 2.5))]
    tags: Vec<String>,
}

fn main() {}
