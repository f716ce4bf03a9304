use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
struct Customer {
    #[serde(with = "callback_model::timestamp")]
    #[schema(with = 42)]
    since: chrono::DateTime<chrono::Utc>,
}

fn main() {}
