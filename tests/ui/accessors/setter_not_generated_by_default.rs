use callback_model::Accessors;

#[derive(Accessors)]
struct Person {
    name: String,
}

fn main() {
    let mut person = Person { name: String::from("Ada") };
    person.set_name("Grace");
}
