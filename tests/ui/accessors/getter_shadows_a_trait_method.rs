use callback_model::{Accessors, Validate};

#[derive(Clone, Accessors, Validate)]
struct Step {
    validate: bool,
    clone: String,
    #[accessors(get = false)]
    hash: u64,
    #[accessors(skip)]
    eq: u8,
}

fn main() {}
