use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(each(message = "a bad label"))]
    labels: Vec<String>,
    #[validate(each())]
    tags: Vec<String>,
}

fn main() {}
