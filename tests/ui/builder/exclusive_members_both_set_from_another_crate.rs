use callback_tests::groups::Reachable;

fn main() {
    let _reachable = Reachable::builder().email_address("ada@example.com").by_email(true).by_phone(false).build();
}
