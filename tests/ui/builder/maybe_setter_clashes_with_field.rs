use callback_model::Builder;

#[derive(Builder)]
struct Order {
    note: Option<String>,
    maybe_note: Option<String>,
}

fn main() {}
