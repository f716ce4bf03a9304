use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(eahc = "item")]
    items: Vec<String>,
}

fn main() {}
