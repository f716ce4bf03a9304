use callback_model::{Schema, Validate};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize, Validate, Schema)]
struct Inner {
    x: i32,
}

#[derive(Deserialize, Validate, Schema)]
struct Outer {
    #[serde(flatten)]
    inner: Option<Inner>,
    #[serde(flatten)]
    #[validate(length(max = 3))]
    extra: HashMap<String, i32>,
}

fn main() {}
