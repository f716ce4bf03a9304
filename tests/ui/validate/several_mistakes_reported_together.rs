use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(lenght(max = 20))]
    name: String,
    #[validate(range(min = 0))]
    email: String,
    #[validate(required)]
    age: u8,
    #[validate(not_before = create_at)]
    updated_at: Option<u64>,
    created_at: Option<u64>,
}

fn main() {}
