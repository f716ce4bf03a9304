use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(exactly_one_of(email_address, phone_number))]
struct Contact {
    email_address: Option<String>,
    phone_number: Option<String>,
}

fn main() {
    let _contact = Contact::builder().email_address("ada@example.com").phone_number("+13175550142").build();
}
