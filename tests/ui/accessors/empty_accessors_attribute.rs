use callback_model::Accessors;

#[derive(Accessors)]
#[accessors()]
struct Agent {
    #[accessors()]
    name: String,
}

fn main() {}
