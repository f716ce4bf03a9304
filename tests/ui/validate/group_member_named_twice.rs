use callback_model::Validate;

#[derive(Validate)]
#[validate(exactly_one_of(email_address, phone_number, email_address))]
struct Contact {
    email_address: Option<String>,
    phone_number: Option<String>,
}

fn main() {}
