use callback_model::Builder;

// The last field of a struct may be unsized, but a builder holds every field until
// `.build()`: one error that says so, not one for each place the builder holds it.
#[derive(Builder)]
struct Name {
    id: u32,
    name: str,
}

fn main() {}
