use callback_model::Builder;

struct Connection;

#[derive(Builder)]
struct Session {
    id: String,
    connection: Option<Connection>,
}

fn main() {
    // The builder is `Clone` only when every field is: this one is not. (Called as
    // `Clone::clone`, the error names the field's type; the method call's error points
    // into the standard library, whose source rustc prints only with `rust-src`.)
    let builder = Session::builder().id("s-1");
    let _copy = Clone::clone(&builder);
}
