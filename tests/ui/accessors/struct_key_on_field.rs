use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    #[accessors(crate = callback_model)]
    name: String,
}

fn main() {}
