use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
#[serde(transparent)]
struct QueueId {
    id: String,
}

#[derive(Deserialize, Schema)]
struct Customer {
    #[serde(alias = "fullName")]
    name: String,
}

fn main() {}
