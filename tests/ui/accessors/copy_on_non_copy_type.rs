use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    #[accessors(copy)]
    name: String,
}

fn main() {}
