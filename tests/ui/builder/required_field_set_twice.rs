use callback_model::Builder;

#[derive(Builder)]
struct Order {
    id: String,
    note: Option<String>,
}

fn main() {
    let _order = Order::builder().id("a").id("b").build();
}
