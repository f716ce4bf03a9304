use callback_model::Validate;
use serde::Deserialize;

#[derive(Deserialize, Validate)]
struct Account {
    #[validate(uuid)]
    id: String,
    #[serde(skip)]
    #[validate(non_blank)]
    cached_name: String,
    #[serde(skip_deserializing)]
    #[validate(range(min = 0))]
    computed: i32,
}

fn main() {}
