use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(default)]
    note: Option<String>,
}

fn main() {}
