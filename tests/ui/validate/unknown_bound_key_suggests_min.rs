use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(length(mni = 1, max = 20))]
    name: String,
}

fn main() {}
