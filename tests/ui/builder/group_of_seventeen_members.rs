// The builder tracks an `at_least_one_of` of 16 members at most.
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(at_least_one_of(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16))]
struct Huge {
    x0: Option<u8>,
    x1: Option<u8>,
    x2: Option<u8>,
    x3: Option<u8>,
    x4: Option<u8>,
    x5: Option<u8>,
    x6: Option<u8>,
    x7: Option<u8>,
    x8: Option<u8>,
    x9: Option<u8>,
    x10: Option<u8>,
    x11: Option<u8>,
    x12: Option<u8>,
    x13: Option<u8>,
    x14: Option<u8>,
    x15: Option<u8>,
    x16: Option<u8>,
}

fn main() {}
