use callback_model::Builder;

#[derive(Builder)]
enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
}

fn main() {}
