use callback_model::Builder;

struct Connection;

#[derive(Builder)]
struct Session {
    id: String,
    connection: Option<Connection>,
}

fn main() {
    // The builder is `Clone` only when every field is: this one is not.
    let builder = Session::builder().id("s-1");
    let _copy = builder.clone();
}
