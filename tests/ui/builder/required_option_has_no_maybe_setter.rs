use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
struct Ticket {
    #[validate(required)]
    reporter: Option<String>,
}

fn main() {
    let _ticket = Ticket::builder().maybe_reporter(None).build();
}
