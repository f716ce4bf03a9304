use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "build")]
    items: Vec<String>,
}

fn main() {}
