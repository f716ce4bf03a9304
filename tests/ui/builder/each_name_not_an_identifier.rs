use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "add item")]
    items: Vec<String>,
}

fn main() {}
