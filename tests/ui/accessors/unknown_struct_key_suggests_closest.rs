use callback_model::Accessors;

#[derive(Accessors)]
#[accessors(wiht)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {}
