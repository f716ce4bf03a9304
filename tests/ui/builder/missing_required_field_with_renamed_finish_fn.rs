use callback_model::Builder;

#[derive(Builder)]
#[builder(start_fn = start, finish_fn = finish)]
struct Order {
    id: String,
    note: Option<String>,
}

fn main() {
    let _order = Order::start().note("fragile").finish();
}
