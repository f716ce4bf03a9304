use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(phone)]
    phone: Option<u64>,
}

fn main() {}
