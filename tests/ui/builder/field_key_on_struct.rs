use callback_model::Builder;

#[derive(Builder)]
#[builder(default)]
struct Order {
    id: String,
}

fn main() {}
