use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
struct Customer {
    #[schema()]
    name: String,
    #[schema]
    phone: String,
}

fn main() {}
