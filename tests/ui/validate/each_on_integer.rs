use callback_model::Validate;

#[derive(Validate)]
struct Account {
    #[validate(each(range(min = 0)))]
    age: i32,
}

fn main() {}
