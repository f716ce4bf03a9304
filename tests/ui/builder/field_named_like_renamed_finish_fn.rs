use callback_model::Builder;

#[derive(Builder)]
#[builder(finish_fn = finish)]
struct Race {
    finish: u32,
}

fn main() {}
