use callback_model::Validate;

#[derive(Validate)]
struct Labelled<T> {
    #[validate(uuid)]
    id: T,
}

fn main() {}
