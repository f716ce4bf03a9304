use callback_model::{Report, Validate};

#[derive(Validate)]
#[validate(chek = both_or_neither)]
struct Account {
    name: Option<String>,
    email: Option<String>,
}

fn both_or_neither(_account: &Account, _report: &mut Report<'_>) {}

fn main() {}
