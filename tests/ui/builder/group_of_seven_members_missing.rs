// A group of more than six members names them as a tuple.
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(at_least_one_of(a, b, c, d, e, f, g))]
struct Wide {
    a: Option<u8>,
    b: Option<u8>,
    c: Option<u8>,
    d: Option<u8>,
    e: Option<u8>,
    f: Option<u8>,
    g: Option<u8>,
}

fn main() {
    let _wide = Wide::builder().maybe_a(Some(1)).build();
}
