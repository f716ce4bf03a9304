use callback_model::Accessors;

#[derive(Accessors)]
struct Point {
    #[accessors(skp)]
    x: i32,
    y: i32,
}

fn main() {}
