use callback_model::Accessors;

#[derive(Accessors)]
struct Point {
    #[accessors(with)]
    x: i32,
    with_x: bool,
}

fn main() {}
