use callback_model::Validate;

struct AccountId(u64);

#[derive(Validate)]
struct Account {
    #[validate(uuid)]
    id: AccountId,
}

fn main() {}
