use callback_model::Builder;

#[derive(Builder)]
#[builder()]
struct Order {
    #[builder()]
    id: String,
}

fn main() {
    let _order = Order::builder().id("o-1").build();
}
