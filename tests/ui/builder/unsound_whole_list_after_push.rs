// The setter of the whole list would replace the number `.build()` counts on.
use callback_model::CreateCallbackCommand;

fn main() {
    let _command = CreateCallbackCommand::builder()
        .callback_number("+13175550142")
        .callback_numbers(Vec::<String>::new())
        .queue_id("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
        .build();
}
