use callback_model::Builder;

#[derive(Builder)]
struct Order {
    quantity: u32,
}

fn main() {
    let _order = Order::builder().quantity("three").build();
}
