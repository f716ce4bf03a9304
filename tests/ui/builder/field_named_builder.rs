use callback_model::Builder;

#[derive(Builder)]
struct House {
    builder: String,
}

fn main() {}
