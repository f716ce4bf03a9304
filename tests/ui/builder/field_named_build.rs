use callback_model::Builder;

#[derive(Builder)]
struct Job {
    build: u32,
}

fn main() {}
