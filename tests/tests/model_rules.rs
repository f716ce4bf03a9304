//! The model's rules, exactly as SPEC section 4 lists them, and nothing more: what the
//! real API sends must validate.

use callback_model::{
    AfterCallWork, Callback, CallbackState, ConversationQueueMediaSettings, CreateCallbackCommand,
    CreateCallbackResponse, DialerPreview, DisconnectType, PatchCallbackRequest, RoutingData, Segment, Valid, Validate,
    Wrapup, json,
};
use callback_tests::checks::pointers_and_codes;
use callback_tests::{at, full_callback, full_create_callback_command, full_patch_callback_request};
use serde::de::DeserializeOwned;

fn violations_of<T: Validate>(value: &T) -> Vec<(String, String)> {
    pointers_and_codes(value.validate().err().as_ref())
}

/// `(pointer, code)` of every violation of `text` parsed as a `T`.
fn violations_in<T: Validate + DeserializeOwned>(text: &str) -> Vec<(String, String)> {
    let value: T = json::from_str(text).unwrap_or_else(|error| panic!("{error}\n{text}"));
    violations_of(&value)
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|&(pointer, code)| (pointer.to_owned(), code.to_owned())).collect()
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

// ---------------------------------------------------------------------------------
// The fields new since SDK 86.0.0.

#[test]
fn the_caller_id_is_an_e164_number() {
    assert_eq!(violations_of(&Callback::builder().caller_id("+13175550100").build()), []);
    for bad in ["13175550100", "+0317555", "+1 317 555 0100", ""] {
        assert_eq!(violations_of(&Callback::builder().caller_id(bad).build()), expect("/callerId", "e164"), "{bad:?}");
    }
}

#[test]
fn after_call_work_does_not_end_before_it_starts() {
    let work = AfterCallWork::builder().start_time(at(2, 0)).end_time(at(1, 0)).build();
    let callback = Callback::builder().after_call_work(work).build();
    let errors = callback.validate().expect_err("invalid");
    let violation = errors.iter().next().expect("one violation");
    assert_eq!((violation.json_pointer(), violation.code()), ("/afterCallWork/endTime", "not_before"));
    assert_eq!(violation.path(), "after_call_work.end_time");
    assert_eq!(violation.message(), "must not be before startTime");
    let open = AfterCallWork::builder().start_time(at(2, 0)).build();
    assert_eq!(violations_of(&open), []);
}

#[test]
fn queue_media_durations_are_not_negative() {
    let settings = ConversationQueueMediaSettings::builder()
        .alerting_timeout_seconds(-1)
        .auto_answer_alert_tone_seconds(-0.5)
        .manual_answer_alert_tone_seconds(f64::NAN)
        .build();
    assert_eq!(
        violations_of(&Callback::builder().queue_media_settings(settings).build()),
        pairs(&[
            ("/queueMediaSettings/alertingTimeoutSeconds", "range"),
            ("/queueMediaSettings/autoAnswerAlertToneSeconds", "range"),
            ("/queueMediaSettings/manualAnswerAlertToneSeconds", "range"),
        ])
    );
    let zero = ConversationQueueMediaSettings::builder()
        .alerting_timeout_seconds(0)
        .auto_answer_alert_tone_seconds(0.0)
        .manual_answer_alert_tone_seconds(-0.0)
        .build();
    assert_eq!(violations_of(&zero), []);
}

#[test]
fn what_the_api_sends_today_is_valid() {
    // An after-call work still open, its state the API's own `unknown`; a newer queue
    // setting; no caller id name.
    let payload = r#"{
        "state": "connected",
        "initialState": "alerting",
        "afterCallWork": {"startTime": "2024-05-01T12:03:30Z", "state": "unknown"},
        "afterCallWorkRequired": false,
        "callerId": "+13175550100",
        "queueMediaSettings": {"alertingTimeoutSeconds": 8, "autoAnswerAlertToneSeconds": 0, "enableAutoAnswer": true, "subTypeSettings": {}},
        "dialerPreview": {"callbackAutoAnswer": true, "phoneNumberColumns": [{"columnName": "Cell", "callableTimeColumnName": "CellTimes"}]}
    }"#;
    assert_eq!(violations_in::<Callback>(payload), []);
}

// ---------------------------------------------------------------------------------
// The requests and responses.

#[test]
fn the_request_fixtures_are_valid() {
    assert_eq!(violations_of(&full_create_callback_command()), []);
    assert_eq!(violations_of(&full_patch_callback_request()), []);
}

#[test]
fn a_create_callback_command_needs_a_callback_number() {
    let text = r#"{"queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "callbackNumbers": []}"#;
    assert_eq!(violations_in::<CreateCallbackCommand>(text), expect("/callbackNumbers", "length"));
    let error = json::from_str::<Valid<CreateCallbackCommand>>(text).expect_err("no number");
    assert!(error.message().contains("/callbackNumbers: must have at least 1 item (has 0) (length)"), "{error}");
}

#[test]
fn a_create_callback_command_needs_a_queue_id_or_routing_data() {
    let none = r#"{"callbackNumbers": ["+13175550142"]}"#;
    assert_eq!(violations_in::<CreateCallbackCommand>(none), expect("", "at_least_one_of"));
    let error = json::from_str::<Valid<CreateCallbackCommand>>(none).expect_err("no queue");
    let violation = &error.violations().expect("the rules' violations").as_slice()[0];
    assert_eq!(violation.message(), "needs one of queueId, routingData");
    // Either is enough, and so are both; a null is no queue.
    let routing =
        r#"{"callbackNumbers": ["+13175550142"], "routingData": {"queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}}"#;
    let both = r#"{"callbackNumbers": ["+13175550142"], "queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                   "routingData": {"queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}}"#;
    assert_eq!(violations_in::<CreateCallbackCommand>(routing), []);
    assert_eq!(violations_in::<CreateCallbackCommand>(both), []);
    let null = r#"{"callbackNumbers": ["+13175550142"], "queueId": null, "routingData": null}"#;
    assert_eq!(violations_in::<CreateCallbackCommand>(null), expect("", "at_least_one_of"));
}

#[test]
fn the_callback_numbers_of_a_command_are_non_blank_and_dialable() {
    let text =
        r#"{"queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "callbackNumbers": ["+13175550142", "  ", "call me"]}"#;
    assert_eq!(
        violations_in::<CreateCallbackCommand>(text),
        pairs(
            &[("/callbackNumbers/1", "non_blank"), ("/callbackNumbers/1", "phone"), ("/callbackNumbers/2", "phone"),]
        )
    );
}

#[test]
fn the_ids_and_caller_id_of_a_command_are_checked() {
    let text = r#"{
        "scriptId": "script-7",
        "queueId": "support",
        "callbackNumbers": ["+13175550142"],
        "callerId": "317-555-0100",
        "callbackScheduledTime": "2024-05-01T15:30:00Z",
        "countryCode": "not a country",
        "data": {"": ""}
    }"#;
    assert_eq!(
        violations_in::<CreateCallbackCommand>(text),
        pairs(&[("/scriptId", "uuid"), ("/queueId", "uuid"), ("/callerId", "e164")])
    );
}

#[test]
fn the_routing_data_of_a_command_follows_its_rules() {
    let text = r#"{
        "callbackNumbers": ["+13175550142"],
        "routingData": {
            "queueId": "billing",
            "languageId": "en-US",
            "skillIds": ["7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "billing"],
            "preferredAgentIds": ["agent-1"],
            "scoredAgents": [
                {"agent": {"id": "not checked"}, "score": 100},
                {"score": 101},
                {"score": -1}
            ],
            "routingFlags": ["AGENT_OWNED_CALLBACK", "anything else"],
            "priority": -5
        }
    }"#;
    assert_eq!(
        violations_in::<CreateCallbackCommand>(text),
        pairs(&[
            ("/routingData/queueId", "uuid"),
            ("/routingData/languageId", "uuid"),
            ("/routingData/skillIds/1", "uuid"),
            ("/routingData/preferredAgentIds/0", "uuid"),
            ("/routingData/scoredAgents/1/score", "range"),
            ("/routingData/scoredAgents/2/score", "range"),
        ])
    );
}

#[test]
fn a_score_is_0_to_100() {
    let scored = |score| {
        RoutingData::builder()
            .queue_id(callback_tests::QUEUE_ID)
            .scored_agent(callback_model::ScoredAgent::builder().score(score).build())
    };
    assert_eq!(violations_of(&scored(0).build()), []);
    assert_eq!(violations_of(&scored(100).build()), []);
    let errors = scored(101).build().validate().expect_err("above 100");
    let violation = errors.iter().next().expect("one");
    assert_eq!((violation.path(), violation.json_pointer()), ("scored_agents[0].score", "/scoredAgents/0/score"));
    assert_eq!(violation.message(), "must be between 0 and 100 (is 101)");
}

#[test]
fn an_agent_owned_callback_is_valid() {
    let text = r#"{
        "callbackNumbers": ["3175550142"],
        "routingData": {
            "queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
            "scoredAgents": [{"agent": {"id": "3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"}, "score": 100}],
            "routingFlags": ["AGENT_OWNED_CALLBACK"]
        },
        "customerFirstCallbackDeliveryMode": "UseQueueSetting"
    }"#;
    assert_eq!(violations_in::<CreateCallbackCommand>(text), []);
    let valid: Valid<CreateCallbackCommand> = json::from_str(text).expect("valid");
    assert_eq!(
        valid.routing_data().and_then(RoutingData::routing_flags),
        Some(&["AGENT_OWNED_CALLBACK".to_owned()][..])
    );
}

#[test]
fn try_build_refuses_a_command_with_no_number() {
    let errors = CreateCallbackCommand::builder()
        .callback_numbers(Vec::<String>::new())
        .queue_id(callback_tests::QUEUE_ID)
        .try_build()
        .expect_err("no number");
    assert_eq!(pointers_and_codes(Some(&errors)), expect("/callbackNumbers", "length"));
}

#[test]
fn a_patch_callback_request_checks_its_ids_and_numbers() {
    let text = r#"{
        "conversationId": "conversation-1",
        "queueId": "queue-1",
        "agentId": "agent-1",
        "callbackNumbers": ["", "+13175550142", "555"],
        "customerFirstCallbackDeliveryMode": "UseAgentReservation"
    }"#;
    assert_eq!(
        violations_in::<PatchCallbackRequest>(text),
        pairs(&[
            ("/conversationId", "uuid"),
            ("/queueId", "uuid"),
            ("/agentId", "uuid"),
            ("/callbackNumbers/0", "non_blank"),
            ("/callbackNumbers/0", "phone"),
        ])
    );
    let no_numbers = r#"{"conversationId": "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b", "agentId": "3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", "callbackNumbers": []}"#;
    assert_eq!(violations_in::<PatchCallbackRequest>(no_numbers), [], "a patch may leave the numbers empty");
}

#[test]
fn a_create_callback_response_has_no_rule_to_break() {
    let text =
        r#"{"conversation": {"id": "conversation-1"}, "callbackIdentifiers": [{"type": "SOMETHING", "id": ""}]}"#;
    assert_eq!(violations_in::<CreateCallbackResponse>(text), []);
}
