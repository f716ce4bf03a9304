use callback_model::Builder;

#[derive(Builder)]
#[builder(start_fn = make)]
struct Widget {
    make: String,
}

fn main() {}
