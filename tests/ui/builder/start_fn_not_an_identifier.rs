use callback_model::Builder;

#[derive(Builder)]
#[builder(start_fn = 5)]
struct Order {
    id: String,
}

fn main() {}
