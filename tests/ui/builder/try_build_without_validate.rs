use callback_model::Builder;

#[derive(Builder)]
struct Order {
    id: String,
}

fn main() {
    let _order = Order::builder().id("a").try_build();
}
