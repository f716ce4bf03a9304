use callback_model::Schema;

/// `Schema` states what serde reads, and serde does not read this struct.
#[derive(Schema)]
struct Contact {
    name: String,
}

fn main() {}
