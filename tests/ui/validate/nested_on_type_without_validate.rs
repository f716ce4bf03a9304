use callback_model::Validate;

struct Address {
    city: String,
}

#[derive(Validate)]
struct Account {
    #[validate(nested)]
    address: Address,
}

fn main() {}
