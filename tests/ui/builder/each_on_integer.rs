use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "unit")]
    quantity: i32,
}

fn main() {}
