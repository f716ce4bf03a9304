// `.build()` counts on `email`, set by its setter; `maybe_email(None)` would unset it.
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(exactly_one_of(email, phone))]
struct Contact {
    email: Option<String>,
    phone: Option<String>,
}

fn main() {
    let _contact = Contact::builder().email("ada@example.com").maybe_email(None).build();
}
