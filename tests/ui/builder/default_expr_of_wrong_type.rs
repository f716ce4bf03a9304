use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(default = "one")]
    quantity: u32,
}

fn main() {}
