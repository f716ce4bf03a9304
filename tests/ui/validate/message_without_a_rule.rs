use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(message = "the name is wrong")]
    name: String,
    #[validate(code = "bad_tag")]
    tag: String,
}

fn main() {}
