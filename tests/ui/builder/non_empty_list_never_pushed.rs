use callback_model::CreateCallbackCommand;

fn main() {
    let _command = CreateCallbackCommand::builder().queue_id("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d").build();
}
