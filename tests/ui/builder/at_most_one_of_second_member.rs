use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(at_most_one_of(discount_code, gift_card))]
struct Checkout {
    discount_code: Option<String>,
    gift_card: Option<String>,
}

fn main() {
    // None is fine, one is fine, a second does not compile.
    let _none = Checkout::builder().build();
    let _one = Checkout::builder().gift_card("G-1").build();
    let _two = Checkout::builder().gift_card("G-1").discount_code("SPRING").build();
}
