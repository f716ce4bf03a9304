use callback_model::Builder;

#[derive(Builder)]
struct Order {
    // A default is an expression of the field's type, checked there: `-1` is not a
    // `u32`. (A default of an unrelated type, `"one"`, is reported as well, but with a
    // note into the standard library whose source rustc prints only with `rust-src`.)
    #[builder(default = -1)]
    quantity: u32,
}

fn main() {}
