use callback_model::Validate;

#[derive(Validate)]
struct AccountId(#[validate(uuid)] String);

fn main() {}
