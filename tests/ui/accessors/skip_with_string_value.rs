use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    #[accessors(skip = "yes")]
    name: String,
}

fn main() {}
