use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(lenght(max = 20))]
    name: String,
}

fn main() {}
