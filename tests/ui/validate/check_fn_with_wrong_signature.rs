use callback_model::Validate;

#[derive(Validate)]
#[validate(check = names_differ)]
struct Account {
    first: String,
    last: String,
}

fn names_differ(account: &Account) -> bool {
    account.first != account.last
}

fn main() {}
