use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
#[schema(krate = callback_model)]
struct Customer {
    #[schema(width = String)]
    name: String,
    #[schema(crate = callback_model)]
    phone: Option<String>,
}

fn main() {}
