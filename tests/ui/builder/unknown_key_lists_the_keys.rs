use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(into)]
    id: String,
}

fn main() {}
