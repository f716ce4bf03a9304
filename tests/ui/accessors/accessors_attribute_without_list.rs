use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    #[accessors]
    name: String,
}

fn main() {}
