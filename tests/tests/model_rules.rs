//! The model's rules, exactly as SPEC section 4 lists them, and nothing more: what the
//! real API sends must validate.

use callback_model::{Callback, CallbackState, DialerPreview, DisconnectType, Segment, Validate, Wrapup, json};
use callback_tests::checks::pointers_and_codes;
use callback_tests::{at, full_callback};

fn violations_of(callback: &Callback) -> Vec<(String, String)> {
    pointers_and_codes(callback.validate().err().as_ref())
}

fn expect(pointer: &str, code: &str) -> Vec<(String, String)> {
    vec![(pointer.to_owned(), code.to_owned())]
}

#[test]
fn the_full_fixture_is_valid() {
    assert_eq!(violations_of(&full_callback()), []);
}

#[test]
fn ids_that_are_uuids_are_checked_as_uuids() {
    for (callback, pointer) in [
        (Callback::builder().id("x").build(), "/id"),
        (Callback::builder().script_id("x").build(), "/scriptId"),
        (Callback::builder().automated_callback_config_id("x").build(), "/automatedCallbackConfigId"),
        (Callback::builder().peer_id("x").build(), "/peerId"),
        (
            Callback::builder().dialer_preview(DialerPreview::builder().contact_list_id("x").build()).build(),
            "/dialerPreview/contactListId",
        ),
        (
            Callback::builder().dialer_preview(DialerPreview::builder().campaign_id("x").build()).build(),
            "/dialerPreview/campaignId",
        ),
    ] {
        assert_eq!(violations_of(&callback), expect(pointer, "uuid"));
    }
}

#[test]
fn callback_numbers_must_be_non_blank_dialable_numbers() {
    let callback = Callback::builder().callback_numbers(["+13175551234", " ", "call me"]).build();
    assert_eq!(
        violations_of(&callback),
        [
            ("/callbackNumbers/1".to_owned(), "non_blank".to_owned()),
            ("/callbackNumbers/1".to_owned(), "phone".to_owned()),
            ("/callbackNumbers/2".to_owned(), "phone".to_owned()),
        ]
    );
}

#[test]
fn timeout_seconds_may_be_zero_but_not_negative() {
    assert_eq!(violations_of(&Callback::builder().timeout_seconds(0).build()), []);
    assert_eq!(violations_of(&Callback::builder().timeout_seconds(-1).build()), expect("/timeoutSeconds", "range"));
}

#[test]
fn connected_is_not_before_alerting() {
    let callback = Callback::builder().start_alerting_time(at(1, 0)).connected_time(at(0, 59)).build();
    assert_eq!(violations_of(&callback), expect("/connectedTime", "not_before"));
}

#[test]
fn disconnected_is_not_before_connected() {
    let callback =
        Callback::builder().start_alerting_time(at(0, 0)).connected_time(at(2, 0)).disconnected_time(at(1, 0)).build();
    let errors = callback.validate().expect_err("invalid");
    let violation = errors.iter().next().expect("one violation");
    assert_eq!((violation.json_pointer(), violation.code()), ("/disconnectedTime", "not_before"));
    assert_eq!(violation.message(), "must not be before connectedTime");
    assert_eq!(violation.path(), "disconnected_time");
}

#[test]
fn disconnected_without_connected_is_not_before_alerting() {
    let callback = Callback::builder().start_alerting_time(at(2, 0)).disconnected_time(at(1, 0)).build();
    let errors = callback.validate().expect_err("invalid");
    assert_eq!(
        errors.iter().next().map(callback_model::Violation::message),
        Some("must not be before startAlertingTime")
    );
    let never_alerted = Callback::builder().disconnected_time(at(1, 0)).build();
    assert_eq!(violations_of(&never_alerted), []);
}

#[test]
fn a_segment_does_not_end_before_it_starts() {
    let callback = Callback::builder()
        .segment(Segment::builder().start_time(at(0, 0)).end_time(at(1, 0)).build())
        .segment(Segment::builder().start_time(at(1, 0)).end_time(at(0, 30)).build())
        .build();
    assert_eq!(violations_of(&callback), expect("/segments/1/endTime", "not_before"));
    let errors = callback.validate().expect_err("invalid");
    assert_eq!(errors.iter().next().map(callback_model::Violation::path), Some("segments[1].end_time"));
}

#[test]
fn wrapup_tags_are_not_blank_and_duration_is_not_negative() {
    let callback = Callback::builder().wrapup(Wrapup::builder().tag("ok").tag("").duration_seconds(-3).build()).build();
    assert_eq!(
        violations_of(&callback),
        [
            ("/wrapup/tags/1".to_owned(), "non_blank".to_owned()),
            ("/wrapup/durationSeconds".to_owned(), "range".to_owned())
        ]
    );
}

#[test]
fn what_the_real_api_sends_is_valid() {
    // A connected leg in after-call work already carries a disconnect type; the open
    // segment has no endTime; the dialer contact id is 32 hex digits; the wrap-up code
    // is a system code; ids without a rule are free text.
    let payload = r#"{
        "state": "connected",
        "disconnectType": "client",
        "segments": [
            {"startTime": "2024-05-01T12:00:00.000Z", "endTime": "2024-05-01T12:00:10.000Z", "type": "Alert", "howEnded": "Interact"},
            {"startTime": "2024-05-01T12:00:10.000Z", "type": "Wrapup"}
        ],
        "dialerPreview": {"id": "preview-1", "contactId": "0123456789abcdef0123456789abcdef"},
        "voicemail": {"id": "not-a-uuid", "uploadStatus": "pending"},
        "wrapup": {"code": "ININ-WRAP-UP-TIMEOUT", "name": "Wrap-up timeout", "durationSeconds": 0},
        "callbackNumbers": ["3175551234", "+1 (317) 555-1234"]
    }"#;
    let callback: Callback = json::from_str(payload).expect("parses");
    assert_eq!(callback.state(), Some(&CallbackState::Connected));
    assert_eq!(callback.disconnect_type(), Some(&DisconnectType::Client));
    assert_eq!(violations_of(&callback), []);
}
