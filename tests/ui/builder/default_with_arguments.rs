use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(default(1))]
    quantity: u32,
}

fn main() {}
