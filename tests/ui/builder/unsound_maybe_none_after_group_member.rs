// A group member set by its setter, then cleared by `maybe_x(None)`: the builder
// counted on it, so the `maybe_` setter does not compile there.
use callback_model::CreateCallbackCommand;

fn main() {
    let _command = CreateCallbackCommand::builder()
        .callback_number("+13175550142")
        .queue_id("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
        .maybe_queue_id(None)
        .build();
}
