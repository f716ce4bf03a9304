use callback_model::CreateCallbackCommand;

fn main() {
    let _command = CreateCallbackCommand::builder().callback_number("+13175550142").build();
}
