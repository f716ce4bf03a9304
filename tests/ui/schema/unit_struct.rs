use callback_model::Schema;
use serde::Deserialize;

#[derive(Deserialize, Schema)]
struct Marker;

fn main() {}
