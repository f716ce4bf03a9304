use callback_model::Builder;

#[derive(Builder)]
struct Order {
    id: String,
    customer: String,
    quantity: u32,
    note: Option<String>,
}

fn main() {
    let _order = Order::builder().customer("Ada").build();
}
