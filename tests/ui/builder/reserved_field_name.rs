use callback_model::Builder;

#[derive(Builder)]
struct Order {
    __callback_marker: u32,
}

fn main() {}
