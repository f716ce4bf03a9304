use callback_model::Builder;

type Tags = Vec<String>;

#[derive(Builder)]
struct Order {
    #[builder(each = "tag")]
    tags: Tags,
}

fn main() {}
