use callback_model::{Report, Validate};

#[derive(Validate)]
struct Account {
    #[validate(check = name_is_known)]
    name: String,
}

fn name_is_known(_account: &Account, _report: &mut Report<'_>) {}

fn main() {}
