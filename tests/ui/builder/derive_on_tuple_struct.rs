use callback_model::Builder;

#[derive(Builder)]
struct Point(i32, i32);

fn main() {}
