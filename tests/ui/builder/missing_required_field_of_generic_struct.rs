use callback_model::Builder;

#[derive(Builder)]
struct Page<T> {
    items: Vec<T>,
    cursor: Option<String>,
}

fn main() {
    let _page = Page::<u32>::builder().cursor("next").build();
}
