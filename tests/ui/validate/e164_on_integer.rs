use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(e164)]
    phone: u64,
}

fn main() {}
