use callback_model::Validate;

#[derive(Validate)]
struct Address {
    #[validate(non_blank)]
    street: String,
}

#[derive(Validate)]
struct Account {
    #[validate(nested(code = "bad_address"))]
    address: Address,
}

fn main() {}
