use callback_model::Accessors;

#[derive(Accessors)]
struct Point {
    #[accessors(rename = "abscissa")]
    x: i32,
}

fn main() {}
