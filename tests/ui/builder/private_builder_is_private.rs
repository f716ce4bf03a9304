mod shop {
    use callback_model::Builder;

    #[derive(Builder)]
    struct Basket {
        items: u32,
    }
}

fn main() {
    let _basket = shop::Basket::builder();
}
