use callback_model::Accessors;

#[derive(Accessors)]
struct Point(i32, i32);

fn main() {}
