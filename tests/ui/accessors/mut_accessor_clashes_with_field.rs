use callback_model::Accessors;

#[derive(Accessors)]
struct Point {
    #[accessors(mut)]
    x: i32,
    x_mut: bool,
}

fn main() {}
