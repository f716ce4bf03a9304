use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(range(min = 1.5, max = -1.5))]
    balance: f64,
}

fn main() {}
