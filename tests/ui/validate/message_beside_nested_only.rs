use callback_model::Validate;

#[derive(Validate)]
struct Address {
    #[validate(non_blank)]
    street: String,
}

#[derive(Validate)]
struct Account {
    #[validate(nested, message = "the address is wrong")]
    address: Address,
}

fn main() {}
