use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(nested)]
    tags: Vec<String>,
    #[validate(nested)]
    codes: Option<Vec<Option<u32>>>,
}

fn main() {}
