//! The names the model's builders use in their compile errors: one empty type per
//! field a message can name, shared by every model type.
//!
//! A message names a field by a type of the field's name ("`Segment` cannot be built
//! without `start_time`: call `.start_time(..)` first"); rustc prints a type by its bare name when no other type
//! has that name. Several model types have a field `queue_id`, so they share one
//! `queue_id` here (`#[builder(tags = crate::fields)]`) rather than each having its
//! own, and the messages say `queue_id`, not `create_callback_command_builder::queue_id`.
//!
//! The names count in your crate too: a type of yours named like one of these (the tag
//! of a required field `start_time` of your own struct) makes both print with their
//! module path (`order_builder::start_time`). So the tags of the two most common names,
//! `id` and `type` (of [`CallbackIdentifier`](crate::CallbackIdentifier), which a
//! service reads more than it builds), are hidden from that count: its messages name
//! them `callback_model::fields::id`, and yours name your `id` as `id`.
#![allow(non_camel_case_types)]

macro_rules! tags {
    ($($(#[$hidden:meta])? $field:ident: $doc:literal;)*) => {$(
        #[doc = $doc]
        $(#[$hidden])?
        pub enum $field {}
    )*};
}

tags! {
    agent_id: " `PatchCallbackRequest::agent_id`.";
    callback_number: " `CreateCallbackCommand::callback_number`, the setter that adds a number to `callback_numbers`.";
    callback_numbers: " `CreateCallbackCommand::callback_numbers`, which needs a number.";
    conversation: " `CreateCallbackResponse::conversation`.";
    conversation_id: " `PatchCallbackRequest::conversation_id`.";
    #[doc(hidden)]
    id: " `CallbackIdentifier::id`.";
    queue_id: " `RoutingData::queue_id`, and `CreateCallbackCommand::queue_id`, one of its queues.";
    routing_data: " `CreateCallbackCommand::routing_data`, one of its queues.";
    start_time: " `Segment::start_time`.";
    #[doc(hidden)]
    r#type: " `CallbackIdentifier::type`.";
}
