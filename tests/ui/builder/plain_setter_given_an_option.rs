use callback_model::Builder;

#[derive(Builder)]
struct Order {
    quantity: u32,
    ratio: Option<f32>,
}

fn main() {
    let _order = Order::builder().quantity(Some(3)).ratio(None).build();
}
