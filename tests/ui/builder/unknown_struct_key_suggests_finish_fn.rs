use callback_model::Builder;

#[derive(Builder)]
#[builder(finsh_fn = finish)]
struct Order {
    id: String,
}

fn main() {}
