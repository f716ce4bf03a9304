use callback_model::{Schema, Validate, schema::json_schema};
use serde::Deserialize;

// A wrong rule is `Validate`'s to report, once; the schema (without the rules) still
// exists, so its uses compile and add no error of their own.
#[derive(Deserialize, Validate, Schema)]
struct Lead {
    #[validate(range(max = 10))]
    scores: Vec<u16>,
}

fn main() {
    let _ = json_schema::<Lead>();
}
