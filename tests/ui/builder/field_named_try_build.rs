use callback_model::Builder;

#[derive(Builder)]
struct Job {
    try_build: Option<u32>,
}

fn main() {}
