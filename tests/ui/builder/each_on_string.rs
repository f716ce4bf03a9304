use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "word")]
    note: String,
}

fn main() {}
