// A member of an `exactly_one_of` set from an `Option` still excludes the others.
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(exactly_one_of(email, phone))]
struct Contact {
    email: Option<String>,
    phone: Option<String>,
}

fn main() {
    let email = Some("ada@example.com".to_owned());
    let _contact = Contact::builder().maybe_email(email).phone("+13175550142").build();
}
