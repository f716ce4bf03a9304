use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(at_least_one_of(email_address, phone_number))]
struct Contact {
    name: String,
    email_address: Option<String>,
    phone_number: Option<String>,
}

fn main() {
    let _contact = Contact::builder().name("Ada").build();
}
