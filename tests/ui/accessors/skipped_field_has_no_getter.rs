use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    name: String,
    #[accessors(skip)]
    password: String,
}

fn main() {
    let person = Person { name: String::from("Ada"), password: String::from("hunter2") };
    let _ = person.password();
}
