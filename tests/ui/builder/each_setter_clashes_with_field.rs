use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "item")]
    items: Vec<String>,
    item: Option<String>,
}

fn main() {}
