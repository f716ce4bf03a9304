use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(defualt)]
    quantity: u32,
}

fn main() {}
