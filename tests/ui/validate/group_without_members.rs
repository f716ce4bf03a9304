use callback_model::Validate;

#[derive(Validate)]
#[validate(at_least_one_of, exactly_one_of())]
struct Contact {
    email_address: Option<String>,
    phone_number: Option<String>,
}

fn main() {}
