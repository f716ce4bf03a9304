use callback_model::Builder;

#[derive(Builder)]
struct Order {
    quantity: u32,
}

fn main() {
    let count: i64 = 3;
    let _order = Order::builder().quantity(count).build();
}
