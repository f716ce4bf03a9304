use callback_model::Validate;

#[derive(Validate)]
#[validate(at_most_one_of(name, nickname))]
struct Contact {
    name: String,
    nickname: Option<String>,
}

fn main() {}
