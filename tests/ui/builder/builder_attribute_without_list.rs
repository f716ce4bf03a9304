use callback_model::Builder;

#[derive(Builder)]
#[builder]
struct Order {
    id: String,
}

fn main() {}
