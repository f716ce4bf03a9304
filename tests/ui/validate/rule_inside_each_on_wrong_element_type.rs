use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(each(uuid))]
    scores: Vec<u32>,
}

fn main() {}
