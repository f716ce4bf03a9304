use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(start_fn = new_builder)]
    id: String,
}

fn main() {}
