use callback_model::Accessors;

#[derive(Accessors)]
#[accessors(skip)]
struct Person {
    name: String,
}

fn main() {}
