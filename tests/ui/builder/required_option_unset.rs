use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
struct Ticket {
    #[validate(required)]
    reporter: Option<String>,
    note: Option<String>,
}

fn main() {
    let _ticket = Ticket::builder().note("printer on fire").build();
}
