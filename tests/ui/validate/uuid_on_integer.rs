use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(uuid)]
    id: u64,
}

fn main() {}
