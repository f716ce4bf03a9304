use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    #[accessors(set(name = "rename"))]
    name: String,
}

fn main() {}
