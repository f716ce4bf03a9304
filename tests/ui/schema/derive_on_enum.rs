use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
enum Channel {
    Phone,
    Email,
}

fn main() {}
