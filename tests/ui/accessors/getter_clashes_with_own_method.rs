use callback_model::Accessors;

#[derive(Accessors)]
struct Point {
    x: i32,
}

impl Point {
    fn x(&self) -> i64 {
        i64::from(self.x)
    }
}

fn main() {}
