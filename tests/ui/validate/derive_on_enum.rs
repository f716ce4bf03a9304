use callback_model::Validate;

#[derive(Validate)]
enum Contact {
    Email { address: String },
    Phone { number: String },
}

fn main() {}
