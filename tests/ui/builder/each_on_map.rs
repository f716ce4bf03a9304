use callback_model::Builder;
use std::collections::HashMap;

#[derive(Builder)]
struct Order {
    #[builder(each = "attribute")]
    attributes: HashMap<String, String>,
}

fn main() {}
