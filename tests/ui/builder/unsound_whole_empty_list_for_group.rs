// The setter of a whole list may be given an empty one: it does not prove the group.
use callback_model::{Builder, Validate};

#[derive(Builder, Validate)]
#[validate(at_least_one_of(tags, queues))]
struct Routing {
    #[builder(each = "tag")]
    tags: Vec<String>,
    #[builder(each = "queue")]
    queues: Vec<String>,
}

fn main() {
    let _routing = Routing::builder().tags(Vec::<String>::new()).build();
}
