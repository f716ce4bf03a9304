use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize)]
struct Address {
    street: String,
}

#[derive(Deserialize, Schema)]
struct Customer {
    address: Address,
}

fn main() {}
