use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(uuid(mesage = "must be an account id"))]
    id: String,
}

fn main() {}
