use callback_model::Accessors;

#[derive(Accessors)]
#[accessors(set)]
struct Point {
    x: i32,
    set_x: bool,
}

fn main() {}
