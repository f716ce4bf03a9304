// A member set from an `Option` may be `None`: `.build()` does not count it, and says
// which calls do (`try_build()` checks it when it runs).
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(exactly_one_of(email, phone))]
struct Contact {
    email: Option<String>,
    phone: Option<String>,
}

fn main() {
    let email = Some("ada@example.com".to_owned());
    let _contact = Contact::builder().maybe_email(email).build();
}
