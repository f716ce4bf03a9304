use callback_model::Validate;

#[derive(Validate)]
struct Labelled<T> {
    #[validate(length(max = 20))]
    label: T,
}

fn main() {}
