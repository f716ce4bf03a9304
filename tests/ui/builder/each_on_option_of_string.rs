use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "line")]
    note: Option<String>,
}

fn main() {}
