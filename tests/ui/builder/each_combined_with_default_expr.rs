use callback_model::Builder;

#[derive(Builder)]
struct Order {
    #[builder(each = "item", default = vec![String::from("gift wrap")])]
    items: Vec<String>,
}

fn main() {}
