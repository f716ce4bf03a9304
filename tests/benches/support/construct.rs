//! Building a full Callback-shaped value two ways: a struct literal and the builders.

use callback_model::{CallbackState, DisconnectType};
use callback_tests::at;
use callback_tests::shaped::{ShapedCallback, ShapedSegment, ShapedWrapup};
use chrono::{DateTime, Utc};

/// The values both constructions start from, made before the timed loop: the bench
/// times building the value, not computing dates or reading strings.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub id: &'a str,
    pub number: &'a str,
    pub name: &'a str,
    pub times: [DateTime<Utc>; 3],
}

/// The value, as a struct literal.
pub fn literal(inputs: Inputs<'_>) -> ShapedCallback {
    let Inputs { id, number, name, times: [t0, t1, t2] } = inputs;
    ShapedCallback {
        state: Some(CallbackState::Connected),
        id: Some(id.to_owned()),
        segments: Some(vec![
            ShapedSegment { start_time: t0, end_time: Some(t1), r#type: Some("Alert".to_owned()), how_ended: None },
            ShapedSegment { start_time: t1, end_time: None, r#type: Some("Interact".to_owned()), how_ended: None },
        ]),
        held: Some(false),
        disconnect_type: Some(DisconnectType::Client),
        callback_numbers: Some(vec![number.to_owned(), number.to_owned()]),
        callback_user_name: Some(name.to_owned()),
        script_id: Some(id.to_owned()),
        timeout_seconds: Some(30),
        start_alerting_time: Some(t0),
        connected_time: Some(t1),
        disconnected_time: Some(t2),
        provider: Some(name.to_owned()),
        peer_id: Some(id.to_owned()),
        wrapup: Some(ShapedWrapup {
            code: Some(id.to_owned()),
            tags: Some(vec![name.to_owned()]),
            duration_seconds: Some(45),
        }),
    }
}

/// The same value, through the builders.
pub fn built(inputs: Inputs<'_>) -> ShapedCallback {
    let Inputs { id, number, name, times: [t0, t1, t2] } = inputs;
    ShapedCallback::builder()
        .state(CallbackState::Connected)
        .id(id)
        .segment(ShapedSegment::builder().start_time(t0).end_time(t1).r#type("Alert").build())
        .segment(ShapedSegment::builder().start_time(t1).r#type("Interact").build())
        .held(false)
        .disconnect_type(DisconnectType::Client)
        .callback_number(number)
        .callback_number(number)
        .callback_user_name(name)
        .script_id(id)
        .timeout_seconds(30)
        .start_alerting_time(t0)
        .connected_time(t1)
        .disconnected_time(t2)
        .provider(name)
        .peer_id(id)
        .wrapup(ShapedWrapup::builder().code(id).tag(name).duration_seconds(45).build())
        .build()
}

impl Inputs<'static> {
    /// The inputs of the benches.
    pub fn fixed() -> Self {
        Inputs {
            id: "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
            number: "+13175551234",
            name: "Ada Lovelace",
            times: [at(0, 0), at(0, 20), at(9, 0)],
        }
    }
}
