use callback_model::Accessors;

#[derive(Accessors)]
enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
}

fn main() {}
