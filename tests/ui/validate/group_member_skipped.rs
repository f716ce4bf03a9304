use callback_model::Validate;

#[derive(Validate, serde::Deserialize)]
#[validate(at_least_one_of(email, phone))]
struct Contact {
    email: Option<String>,
    #[serde(skip)]
    phone: Option<String>,
}

fn main() {}
