use callback_model::Segment;

fn main() {
    let _segment = Segment::builder().r#type("Alert").build();
}
