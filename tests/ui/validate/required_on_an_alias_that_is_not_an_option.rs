use callback_model::Validate;

/// An alias the derive cannot see into: `required` is checked through a trait.
type Name = String;

#[derive(Validate)]
struct Account {
    #[validate(required)]
    name: Name,
}

fn main() {}
