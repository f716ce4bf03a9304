//! The JSON wire format, checked against golden files.
//!
//! Each `golden/<type>.<case>.json` is parsed, checked field by field through the
//! getters, written back and compared with the exact text of
//! `golden/<type>.<case>.out.json`; the output is then parsed and written again, which
//! must give the same value and the same text.

use callback_model::{
    AfterCallWork, AfterCallWorkState, Callback, CallbackIdentifier, CallbackIdentifierType, CallbackState,
    ConversationQueueMediaSettings, CreateCallbackCommand, CreateCallbackResponse, CustomerFirstCallbackDeliveryMode,
    DialerPreview, Direction, DisconnectType, DomainEntityRef, PatchCallbackRequest, PhoneNumberColumn, RoutingData,
    ScoredAgent, Segment, UploadStatus, Voicemail, Wrapup, json,
};
use callback_tests::{at, at_hms};
use chrono::{DateTime, TimeZone, Timelike, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::convert::Infallible;
use std::fmt::{Debug, Display};
use std::str::FromStr;

/// A golden input and the exact text that writing it back must give.
struct Golden {
    name: &'static str,
    input: &'static str,
    output: &'static str,
}

/// `golden!("callback.full")` reads `golden/callback.full.json` and
/// `golden/callback.full.out.json`.
macro_rules! golden {
    ($name:literal) => {
        Golden {
            name: $name,
            input: include_str!(concat!("golden/", $name, ".json")),
            output: include_str!(concat!("golden/", $name, ".out.json")),
        }
    };
}

/// Parses the golden input.
fn read<T: DeserializeOwned>(golden: &Golden) -> T {
    json::from_str(golden.input).unwrap_or_else(|error| panic!("golden/{}.json does not parse: {error}", golden.name))
}

/// Writes `value` as indented JSON.
fn write<T: Serialize>(name: &str, value: &T) -> String {
    json::to_string_pretty(value)
        .unwrap_or_else(|error| panic!("the value of golden/{name}.json cannot be written: {error}"))
}

/// Parses the golden input, writes it back and compares with the `.out.json` text
/// (which ends with one newline, as text files do); then parses that output and writes
/// it again, which must give the same text and an equal value. Returns the value read
/// from the input and the value read from the output.
fn assert_writes_back<T>(golden: &Golden) -> (T, T)
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let name = golden.name;
    let value: T = read(golden);
    let written = write(name, &value);
    let expected = golden.output.strip_suffix('\n').unwrap_or(golden.output);
    assert!(
        written == expected,
        "writing golden/{name}.json back does not give golden/{name}.out.json\n--- expected\n{expected}\n--- written\n{written}\n---"
    );

    let reread: T = json::from_str(&written)
        .unwrap_or_else(|error| panic!("the written form of golden/{name}.json does not parse: {error}\n{written}"));
    let rewritten = write(name, &reread);
    assert!(
        rewritten == written,
        "writing golden/{name}.out.json again changes it\n--- first\n{written}\n--- second\n{rewritten}\n---"
    );
    let reread_again: T = json::from_str(&rewritten).expect("the same text parses the same way");
    assert_eq!(reread_again, reread, "golden/{name}.out.json does not read back to the same value twice");
    (value, reread)
}

/// As [`assert_writes_back`], for input that writing loses nothing of (no digits finer
/// than milliseconds): the output also reads back to the value of the input.
fn assert_round_trip<T>(golden: &Golden) -> T
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let (value, reread) = assert_writes_back::<T>(golden);
    let name = golden.name;
    assert_eq!(reread, value, "golden/{name}.out.json reads to a different value than golden/{name}.json");
    value
}

/// `time` with its fraction of a second set to `nanos`.
fn nanos(time: DateTime<Utc>, nanos: u32) -> DateTime<Utc> {
    time.with_nanosecond(nanos).expect("a valid fraction")
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|&item| item.to_owned()).collect()
}

// ---------------------------------------------------------------------------------
// Every field of every type.

#[test]
fn full_callback_writes_back_exactly() {
    assert_round_trip::<Callback>(&golden!("callback.full"));
}

#[test]
fn full_callback_reads_every_top_level_field() {
    let cb: Callback = read(&golden!("callback.full"));
    assert_eq!(cb.state(), Some(&CallbackState::Connected));
    assert_eq!(cb.initial_state(), Some(&CallbackState::Alerting));
    assert_eq!(cb.id(), Some("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"));
    assert_eq!(cb.segments().map(<[Segment]>::len), Some(3));
    assert_eq!(cb.direction(), Some(&Direction::Outbound));
    assert_eq!(cb.held(), Some(true));
    assert_eq!(cb.disconnect_type(), Some(&DisconnectType::Client));
    assert_eq!(cb.start_hold_time(), Some(at(5, 0)));
    assert!(cb.dialer_preview().is_some());
    assert!(cb.voicemail().is_some());
    assert_eq!(cb.callback_numbers(), Some(strings(&["+13175551234", "tel:+1 (317) 555-0000"]).as_slice()));
    assert_eq!(cb.callback_user_name(), Some("Ada Lovelace"));
    assert_eq!(cb.script_id(), Some("be5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b"));
    assert_eq!(cb.external_campaign(), Some(false));
    assert_eq!(cb.skip_enabled(), Some(true));
    assert_eq!(cb.timeout_seconds(), Some(30));
    assert_eq!(cb.start_alerting_time(), Some(at(0, 0)));
    assert_eq!(cb.connected_time(), Some(at(0, 20)));
    assert_eq!(cb.disconnected_time(), Some(at(9, 0)));
    assert_eq!(cb.callback_scheduled_time(), Some(at_hms(11, 45, 0)));
    assert_eq!(cb.automated_callback_config_id(), Some("cf6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c"));
    assert_eq!(cb.provider(), Some("PureCloud"));
    assert_eq!(cb.peer_id(), Some("d07b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d"));
    assert!(cb.wrapup().is_some());
    assert!(cb.after_call_work().is_some());
    assert_eq!(cb.after_call_work_required(), Some(true));
    assert_eq!(cb.caller_id(), Some("+13175550100"));
    assert_eq!(cb.caller_id_name(), Some("Acme Support"));
    assert!(cb.queue_media_settings().is_some());
}

#[test]
fn full_callback_equals_the_full_fixture_built_with_the_builders() {
    let cb: Callback = read(&golden!("callback.full"));
    let built = callback_tests::full_callback();
    // The parts new since SDK 86.0.0 are the fixture's.
    assert_eq!(cb.after_call_work(), built.after_call_work());
    assert_eq!(cb.queue_media_settings(), built.queue_media_settings());
    assert_eq!(cb.dialer_preview(), built.dialer_preview());
    assert_eq!((cb.caller_id(), cb.caller_id_name()), (built.caller_id(), built.caller_id_name()));
}

#[test]
fn full_callback_reads_every_segment_field() {
    let cb: Callback = read(&golden!("callback.full"));
    let segments = cb.segments().expect("segments");

    assert_eq!(segments[0].start_time(), at(0, 0));
    assert_eq!(segments[0].end_time(), Some(at(0, 20)));
    assert_eq!(segments[0].r#type(), Some("Alert"));
    assert_eq!(segments[0].how_ended(), Some("Interact"));
    assert_eq!(segments[0].disconnect_type(), None);

    assert_eq!(segments[1].start_time(), at(0, 20));
    assert_eq!(segments[1].end_time(), Some(at(5, 0)));
    assert_eq!(segments[1].r#type(), Some("Interact"));
    assert_eq!(segments[1].how_ended(), Some("Hold"));
    assert_eq!(segments[1].disconnect_type(), None);

    assert_eq!(segments[2].start_time(), at(5, 0));
    assert_eq!(segments[2].end_time(), Some(at(9, 0)));
    assert_eq!(segments[2].r#type(), Some("Hold"));
    assert_eq!(segments[2].how_ended(), Some("Disconnect"));
    assert_eq!(segments[2].disconnect_type(), Some("client"));
}

#[test]
fn full_callback_reads_every_nested_object_field() {
    let cb: Callback = read(&golden!("callback.full"));

    let preview = cb.dialer_preview().expect("dialerPreview");
    assert_eq!(preview.id(), Some("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    assert_eq!(preview.contact_id(), Some("0123456789abcdef0123456789abcdef"));
    assert_eq!(preview.contact_list_id(), Some("8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"));
    assert_eq!(preview.campaign_id(), Some("9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"));
    let columns = preview.phone_number_columns().expect("phoneNumberColumns");
    assert_eq!(columns.len(), 2);
    assert_eq!((columns[0].column_name(), columns[0].r#type()), (Some("Cell"), Some("cell")));
    assert_eq!(columns[0].callable_time_column_name(), Some("CellCallableTime"));
    assert_eq!((columns[1].column_name(), columns[1].r#type()), (Some("Home"), Some("home")));
    assert_eq!(columns[1].callable_time_column_name(), None);
    assert_eq!(preview.callback_auto_answer(), Some(true));

    let voicemail = cb.voicemail().expect("voicemail");
    assert_eq!(voicemail.id(), Some("ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a"));
    assert_eq!(voicemail.upload_status(), Some(&UploadStatus::Complete));

    let wrapup = cb.wrapup().expect("wrapup");
    assert_eq!(wrapup.code(), Some("e18c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e"));
    assert_eq!(wrapup.name(), Some("Resolved"));
    assert_eq!(wrapup.notes(), Some("Customer called back as requested.\nAsked for a \"follow-up\" email."));
    assert_eq!(wrapup.tags(), Some(strings(&["vip", "follow-up"]).as_slice()));
    assert_eq!(wrapup.duration_seconds(), Some(45));
    assert_eq!(wrapup.end_time(), Some(at(9, 45)));
    assert_eq!(wrapup.provisional(), Some(false));

    let work = cb.after_call_work().expect("afterCallWork");
    assert_eq!((work.start_time(), work.end_time()), (Some(at(9, 0)), Some(at(9, 45))));
    assert_eq!(work.state(), Some(&AfterCallWorkState::Complete));

    let settings = cb.queue_media_settings().expect("queueMediaSettings");
    assert_eq!(settings.alerting_timeout_seconds(), Some(8));
    assert_eq!(settings.auto_answer_alert_tone_seconds(), Some(0.5));
    assert_eq!(settings.manual_answer_alert_tone_seconds(), Some(1.25));
    assert_eq!(settings.enable_auto_answer(), Some(false));
}

#[test]
fn full_segment_reads_every_field_and_writes_back_exactly() {
    let segment: Segment = assert_round_trip(&golden!("segment.full"));
    assert_eq!(segment.start_time(), at(0, 20));
    assert_eq!(segment.end_time(), Some(at(5, 0)));
    assert_eq!(segment.r#type(), Some("Interact"));
    assert_eq!(segment.how_ended(), Some("Disconnect"));
    assert_eq!(segment.disconnect_type(), Some("endpoint"));
}

#[test]
fn full_dialer_preview_reads_every_field_and_writes_back_exactly() {
    let preview: DialerPreview = assert_round_trip(&golden!("dialer_preview.full"));
    assert_eq!(preview.id(), Some("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    assert_eq!(preview.contact_id(), Some("0123456789abcdef0123456789abcdef"));
    assert_eq!(preview.contact_list_id(), Some("8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"));
    assert_eq!(preview.campaign_id(), Some("9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"));
    let columns: Vec<_> = preview
        .phone_number_columns()
        .expect("phoneNumberColumns")
        .iter()
        .map(|column| (column.column_name(), column.r#type(), column.callable_time_column_name()))
        .collect();
    assert_eq!(
        columns,
        [
            (Some("Cell"), Some("cell"), Some("CellCallableTime")),
            (Some("Home"), Some("home"), None),
            (Some("Work"), Some("work"), Some("WorkCallableTime"))
        ]
    );
    assert_eq!(preview.callback_auto_answer(), Some(false));
}

#[test]
fn full_phone_number_column_reads_every_field_and_writes_back_exactly() {
    let column: PhoneNumberColumn = assert_round_trip(&golden!("phone_number_column.full"));
    assert_eq!(column.column_name(), Some("Cell Phone"));
    assert_eq!(column.r#type(), Some("cell"));
    assert_eq!(column.callable_time_column_name(), Some("Cell Phone Callable Time"));
}

#[test]
fn full_voicemail_reads_every_field_and_writes_back_exactly() {
    let voicemail: Voicemail = assert_round_trip(&golden!("voicemail.full"));
    assert_eq!(voicemail.id(), Some("ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a"));
    assert_eq!(voicemail.upload_status(), Some(&UploadStatus::Pending));
}

#[test]
fn full_wrapup_reads_every_field_and_writes_back_exactly() {
    // The input escapes the em dash as `\u2014`; it is written back as the character.
    let wrapup: Wrapup = assert_round_trip(&golden!("wrapup.full"));
    assert_eq!(wrapup.code(), Some("e18c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e"));
    assert_eq!(wrapup.name(), Some("Sale - Upgrade"));
    assert_eq!(wrapup.notes(), Some("Upgraded to the premium plan.\tRef #4471 \u{2014} José Núñez"));
    assert_eq!(wrapup.tags(), Some(strings(&["sale", "upgrade", "premium"]).as_slice()));
    assert_eq!(wrapup.duration_seconds(), Some(120));
    assert_eq!(wrapup.end_time(), Some(at(11, 0)));
    assert_eq!(wrapup.provisional(), Some(true));
}

#[test]
fn full_after_call_work_reads_every_field_and_writes_back_exactly() {
    let work: AfterCallWork = assert_round_trip(&golden!("after_call_work.full"));
    assert_eq!((work.start_time(), work.end_time()), (Some(at(3, 30)), Some(at(4, 15))));
    assert_eq!(work.state(), Some(&AfterCallWorkState::Complete));
}

#[test]
fn the_apis_own_unknown_after_call_work_state_is_a_known_value() {
    let work: AfterCallWork = assert_round_trip(&golden!("after_call_work.unknown_state"));
    let state = work.state().expect("state");
    assert_eq!(state, &AfterCallWorkState::UnknownValue);
    assert!(matches!(state, AfterCallWorkState::UnknownValue), "the variant, not the catch-all: {state:?}");
    assert!(!state.is_unknown());
    assert_eq!(work.start_time(), Some(at(3, 30)), "+02:00, read in UTC");
}

#[test]
fn a_newer_after_call_work_state_is_kept_in_the_catch_all() {
    let work: AfterCallWork = assert_round_trip(&golden!("after_call_work.newer_state"));
    let state = work.state().expect("state");
    assert!(matches!(state, AfterCallWorkState::Unknown(value) if value == "abandoned"), "{state:?}");
    assert!(state.is_unknown());
    assert_eq!(work.end_time(), None);
}

#[test]
fn full_queue_media_settings_read_every_field_and_write_whole_seconds_as_floats() {
    // `2` is written back `2.0`: the same number, the form `f64` is written in.
    let (settings, reread) =
        assert_writes_back::<ConversationQueueMediaSettings>(&golden!("conversation_queue_media_settings.full"));
    assert_eq!(reread, settings);
    assert_eq!(settings.alerting_timeout_seconds(), Some(8));
    assert_eq!(settings.auto_answer_alert_tone_seconds(), Some(0.1));
    assert_eq!(settings.manual_answer_alert_tone_seconds(), Some(2.0));
    assert_eq!(settings.enable_auto_answer(), Some(true));
}

#[test]
fn a_float_is_read_to_the_exact_f64_it_spells_and_written_back_to_it() {
    let (settings, reread) =
        assert_writes_back::<ConversationQueueMediaSettings>(&golden!("conversation_queue_media_settings.float_forms"));
    assert_eq!(reread, settings);
    assert_eq!(settings.auto_answer_alert_tone_seconds().map(f64::to_bits), Some((4.0f64 / 3.0).to_bits()));
    assert_eq!(settings.manual_answer_alert_tone_seconds(), Some(25.0), "2.5e1");
    // One unit in the last place above 4/3: the parser must not round it away.
    let next = f64::from_bits((4.0f64 / 3.0).to_bits() + 1);
    let text = format!(r#"{{"autoAnswerAlertToneSeconds":{next}}}"#);
    let parsed: ConversationQueueMediaSettings = json::from_str(&text).expect("parses");
    assert_eq!(parsed.auto_answer_alert_tone_seconds().map(f64::to_bits), Some(next.to_bits()), "{text}");
    assert_eq!(json::to_string(&parsed).expect("writes"), text);
}

#[test]
fn a_number_json_cannot_say_is_an_error_on_output_not_a_null() {
    for (value, name) in [(f64::NAN, "NaN"), (f64::INFINITY, "inf"), (f64::NEG_INFINITY, "-inf")] {
        let settings = ConversationQueueMediaSettings::builder().manual_answer_alert_tone_seconds(value).build();
        let error = json::to_string(&settings).expect_err("JSON has no such number");
        assert!(error.to_string().contains(&format!("{name} cannot be written as a JSON number")), "{error}");
        let callback = Callback::builder().queue_media_settings(settings).build();
        assert!(json::to_string(&callback).is_err());
    }
}

#[test]
fn full_domain_entity_ref_reads_every_field_and_writes_back_exactly() {
    let entity: DomainEntityRef = assert_round_trip(&golden!("domain_entity_ref.full"));
    assert_eq!(entity.id(), Some("3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"));
    assert_eq!(entity.name(), Some("Grace Hopper"));
    assert_eq!(entity.self_uri(), Some("/api/v2/users/3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"));
}

#[test]
fn full_scored_agent_reads_every_field_and_writes_back_exactly() {
    let scored: ScoredAgent = assert_round_trip(&golden!("scored_agent.full"));
    let agent = scored.agent().expect("agent");
    assert_eq!(
        (agent.id(), agent.name(), agent.self_uri()),
        (Some(callback_tests::AGENT_ID), Some("Grace Hopper"), None)
    );
    assert_eq!(scored.score(), Some(100));
}

#[test]
fn full_routing_data_reads_every_field_and_writes_back_exactly() {
    let routing: RoutingData = assert_round_trip(&golden!("routing_data.full"));
    assert_eq!(routing.queue_id(), callback_tests::QUEUE_ID);
    assert_eq!(routing.language_id(), Some("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"));
    assert_eq!(routing.label(), Some("billing"));
    assert_eq!(routing.priority(), Some(5));
    assert_eq!(
        routing.skill_ids(),
        Some(strings(&["7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"]).as_slice())
    );
    assert_eq!(routing.skill_expression(), Some("billing AND (english OR spanish)"));
    assert_eq!(routing.preferred_agent_ids(), Some(strings(&[callback_tests::AGENT_ID]).as_slice()));
    let agent = DomainEntityRef::builder().id(callback_tests::AGENT_ID).build();
    assert_eq!(routing.scored_agents(), Some(&[ScoredAgent::builder().agent(agent).score(100).build()][..]));
    assert_eq!(routing.routing_flags(), Some(strings(&[RoutingData::AGENT_OWNED_CALLBACK]).as_slice()));
}

#[test]
fn full_create_callback_command_reads_every_field_and_writes_its_data_in_key_order() {
    // `data` is a map: its entries are written in the order of their keys.
    let (command, reread) = assert_writes_back::<CreateCallbackCommand>(&golden!("create_callback_command.full"));
    assert_eq!(reread, command);
    assert_eq!(command.script_id(), Some("be5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b"));
    assert_eq!(command.queue_id(), Some(callback_tests::QUEUE_ID));
    let routing = command.routing_data().expect("routingData");
    assert_eq!(routing.queue_id(), callback_tests::QUEUE_ID);
    assert_eq!(routing.scored_agents().map(<[ScoredAgent]>::len), Some(1));
    assert_eq!(routing.routing_flags(), Some(strings(&["AGENT_OWNED_CALLBACK"]).as_slice()));
    assert_eq!(
        command.customer_first_callback_delivery_mode(),
        Some(&CustomerFirstCallbackDeliveryMode::UseAgentReservation)
    );
    assert_eq!(command.callback_user_name(), Some("Ada Lovelace"));
    assert_eq!(command.callback_numbers(), strings(&["+13175550142", "(317) 555-0143"]).as_slice());
    assert_eq!(command.callback_scheduled_time(), Some(at_hms(15, 30, 0)));
    assert_eq!(command.country_code(), Some("US"));
    assert_eq!(command.validate_callback_numbers(), Some(true));
    let data = command.data().expect("data");
    let entries: Vec<(&str, &str)> = data.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(entries, [("customerPreferredName", "Ada"), ("notes", "Asked about the invoice of April.")]);
    assert_eq!(command.caller_id(), Some("+13175550100"));
    assert_eq!(command.caller_id_name(), Some("Acme Support"));
}

#[test]
fn full_create_callback_response_reads_every_field_and_writes_back_exactly() {
    let response: CreateCallbackResponse = assert_round_trip(&golden!("create_callback_response.full"));
    let conversation = response.conversation();
    assert_eq!(conversation.id(), Some("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"));
    assert_eq!(conversation.name(), None);
    assert_eq!(conversation.self_uri(), Some("/api/v2/conversations/9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"));
    let identifiers: Vec<(&CallbackIdentifierType, &str)> =
        response.callback_identifiers().iter().map(|identifier| (identifier.r#type(), identifier.id())).collect();
    assert_eq!(
        identifiers,
        [
            (&CallbackIdentifierType::Acd, "0f1a2b3c-4d5e-4f6a-9b7c-8d9e0f1a2b3c"),
            (&CallbackIdentifierType::External, "1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d")
        ]
    );
}

#[test]
fn full_callback_identifier_reads_every_field_and_writes_back_exactly() {
    let identifier: CallbackIdentifier = assert_round_trip(&golden!("callback_identifier.full"));
    assert_eq!(identifier.r#type(), &CallbackIdentifierType::External);
    assert_eq!(identifier.id(), "1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d");
}

#[test]
fn full_patch_callback_request_reads_every_field_and_writes_back_exactly() {
    let request: PatchCallbackRequest = assert_round_trip(&golden!("patch_callback_request.full"));
    assert_eq!(request.conversation_id(), "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b");
    assert_eq!(request.queue_id(), Some(callback_tests::QUEUE_ID));
    assert_eq!(request.agent_id(), callback_tests::AGENT_ID);
    assert_eq!(request.callback_scheduled_time(), Some(Utc.with_ymd_and_hms(2024, 5, 2, 9, 15, 0).unwrap()));
    assert_eq!(request.country_code(), Some("US"));
    assert_eq!(request.callback_numbers(), Some(strings(&["+13175550142", "tel:317-555-0143"]).as_slice()));
    assert_eq!(request.validate_callback_numbers(), Some(false));
    assert_eq!(
        request.customer_first_callback_delivery_mode(),
        Some(&CustomerFirstCallbackDeliveryMode::NoAgentReservation)
    );
}

#[test]
fn the_request_fixtures_round_trip_through_json() {
    let command = callback_tests::full_create_callback_command();
    let text = json::to_string(&command).expect("writes");
    assert_eq!(json::from_str::<CreateCallbackCommand>(&text).expect("parses"), command, "{text}");
    let request = callback_tests::full_patch_callback_request();
    let text = json::to_string(&request).expect("writes");
    assert_eq!(json::from_str::<PatchCallbackRequest>(&text).expect("parses"), request, "{text}");
}

// ---------------------------------------------------------------------------------
// null, absent and empty.

#[test]
fn null_is_read_as_absent_and_left_out_on_output() {
    let cb: Callback = assert_round_trip(&golden!("callback.nulls"));
    assert_eq!(cb.id(), Some("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"));
    assert_eq!(cb.state(), None);
    assert_eq!(cb.segments(), None);
    assert_eq!(cb.direction(), None);
    assert_eq!(cb.held(), None);
    assert_eq!(cb.disconnect_type(), None);
    assert_eq!(cb.start_hold_time(), None);
    assert_eq!(cb.dialer_preview(), None);
    assert_eq!(cb.voicemail(), None);
    assert_eq!(cb.callback_numbers(), None);
    assert_eq!(cb.callback_user_name(), None);
    assert_eq!(cb.script_id(), None);
    assert_eq!(cb.external_campaign(), None);
    assert_eq!(cb.skip_enabled(), None);
    assert_eq!(cb.timeout_seconds(), None);
    assert_eq!(cb.start_alerting_time(), None);
    assert_eq!(cb.connected_time(), None);
    assert_eq!(cb.disconnected_time(), None);
    assert_eq!(cb.callback_scheduled_time(), None);
    assert_eq!(cb.automated_callback_config_id(), None);
    assert_eq!(cb.provider(), None);
    assert_eq!(cb.peer_id(), None);
    assert_eq!(cb.wrapup(), None);
    assert_eq!(cb.initial_state(), None);
    assert_eq!(cb.after_call_work(), None);
    assert_eq!(cb.after_call_work_required(), None);
    assert_eq!(cb.caller_id(), None);
    assert_eq!(cb.caller_id_name(), None);
    assert_eq!(cb.queue_media_settings(), None);
}

#[test]
fn null_fields_of_nested_objects_are_read_as_absent_and_left_out_on_output() {
    let cb: Callback = assert_round_trip(&golden!("callback.nested_nulls"));

    let segment = &cb.segments().expect("segments")[0];
    assert_eq!(segment.start_time(), at(0, 0));
    assert_eq!((segment.end_time(), segment.r#type()), (None, None));
    assert_eq!((segment.how_ended(), segment.disconnect_type()), (None, None));

    let preview = cb.dialer_preview().expect("dialerPreview");
    assert_eq!((preview.id(), preview.contact_id()), (None, None));
    assert_eq!((preview.contact_list_id(), preview.campaign_id()), (None, None));
    assert_eq!(preview.phone_number_columns(), Some(&[PhoneNumberColumn::default()][..]));
    assert_eq!(preview.callback_auto_answer(), None);

    assert_eq!(cb.voicemail(), Some(&Voicemail::default()));
    assert_eq!(cb.wrapup(), Some(&Wrapup::default()));
    assert_eq!(cb.after_call_work(), Some(&AfterCallWork::default()));
    assert_eq!(cb.queue_media_settings(), Some(&ConversationQueueMediaSettings::default()));
}

#[test]
fn empty_lists_objects_and_strings_are_kept_apart_from_absent() {
    let cb: Callback = assert_round_trip(&golden!("callback.empty_values"));
    assert_eq!(cb.id(), Some(""));
    assert_eq!(cb.segments(), Some(&[][..]));
    let preview = cb.dialer_preview().expect("dialerPreview");
    assert_eq!(preview.phone_number_columns(), Some(&[][..]));
    assert_eq!(preview.id(), None);
    assert_eq!(cb.voicemail(), Some(&Voicemail::default()));
    assert_eq!(cb.callback_numbers(), Some(&[][..]));
    assert_eq!(cb.callback_user_name(), Some(""));
    assert_eq!(cb.timeout_seconds(), Some(0));
    let wrapup = cb.wrapup().expect("wrapup");
    assert_eq!(wrapup.tags(), Some(&[][..]));
    assert_eq!(wrapup.duration_seconds(), Some(0));
    assert_eq!(wrapup.code(), None);
    assert_eq!(cb.after_call_work(), Some(&AfterCallWork::default()));
    assert_eq!(cb.caller_id_name(), Some(""));
    let settings = cb.queue_media_settings().expect("queueMediaSettings");
    assert_eq!((settings.alerting_timeout_seconds(), settings.auto_answer_alert_tone_seconds()), (Some(0), Some(0.0)));
}

#[test]
fn null_fields_of_the_new_types_are_read_as_absent_and_left_out_on_output() {
    assert_eq!(assert_round_trip::<AfterCallWork>(&golden!("after_call_work.nulls")), AfterCallWork::default());
    assert_eq!(
        assert_round_trip::<ConversationQueueMediaSettings>(&golden!("conversation_queue_media_settings.nulls")),
        ConversationQueueMediaSettings::default()
    );
    assert_eq!(assert_round_trip::<DomainEntityRef>(&golden!("domain_entity_ref.nulls")), DomainEntityRef::default());
    assert_eq!(assert_round_trip::<ScoredAgent>(&golden!("scored_agent.nulls")), ScoredAgent::default());
    assert_eq!(
        assert_round_trip::<RoutingData>(&golden!("routing_data.nulls")),
        RoutingData::builder().queue_id(callback_tests::QUEUE_ID).build()
    );
}

#[test]
fn null_optional_fields_of_the_requests_are_read_as_absent_and_left_out_on_output() {
    let command: CreateCallbackCommand = assert_round_trip(&golden!("create_callback_command.nulls"));
    assert_eq!(
        command,
        CreateCallbackCommand::builder().callback_number("+13175550142").queue_id(callback_tests::QUEUE_ID).build()
    );
    let request: PatchCallbackRequest = assert_round_trip(&golden!("patch_callback_request.nulls"));
    assert_eq!(
        request,
        PatchCallbackRequest::builder()
            .conversation_id("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b")
            .agent_id(callback_tests::AGENT_ID)
            .build()
    );
}

#[test]
fn an_empty_object_is_the_default_value_and_is_written_as_an_empty_object() {
    let cb: Callback = json::from_str("{}").expect("an empty object parses");
    assert_eq!(cb, Callback::default());
    assert_eq!(json::to_string(&Callback::default()).expect("writes"), "{}");
    assert_eq!(json::to_string_pretty(&Wrapup::default()).expect("writes"), "{}");
}

// ---------------------------------------------------------------------------------
// What newer API versions send.

#[test]
fn newer_fields_and_enum_values_parse_and_only_unknown_fields_are_dropped_on_output() {
    assert_round_trip::<Callback>(&golden!("callback.newer_fields"));
}

#[test]
fn newer_enum_values_are_read_as_unknown_and_known_fields_beside_new_ones_are_read() {
    let cb: Callback = read(&golden!("callback.newer_fields"));
    assert_eq!(cb.state(), Some(&CallbackState::Unknown("uploading".into())));
    assert_eq!(cb.disconnect_type(), Some(&DisconnectType::Unknown("endpoint.dnd".into())));
    let voicemail = cb.voicemail().expect("voicemail");
    assert_eq!(voicemail.upload_status(), Some(&UploadStatus::Unknown("transcoding".into())));
    assert_eq!(voicemail.id(), Some("ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a"));

    assert_eq!(cb.id(), Some("0b9d6c2e-3f41-4a8b-9c7d-5e6f7a8b9c0d"));
    assert_eq!(cb.direction(), Some(&Direction::Outbound));
    assert_eq!(cb.held(), Some(false));
    assert_eq!(cb.callback_numbers(), Some(strings(&["+13175551234"]).as_slice()));
    assert_eq!(cb.timeout_seconds(), Some(30));
    assert_eq!(cb.start_alerting_time(), Some(at(0, 0)));
    assert_eq!(cb.disconnected_time(), Some(at(0, 12)));
    assert_eq!(cb.provider(), Some("PureCloud"));

    assert_eq!(cb.start_hold_time(), None);
    assert_eq!(cb.connected_time(), None);

    let segment = &cb.segments().expect("segments")[0];
    assert_eq!(segment.start_time(), at(0, 0));
    assert_eq!(segment.end_time(), Some(at(0, 12)));
    assert_eq!(segment.r#type(), Some("Alert"));
    assert_eq!(segment.how_ended(), Some("Disconnect"));
    assert_eq!(segment.disconnect_type(), Some("endpoint.dnd"));

    let preview = cb.dialer_preview().expect("dialerPreview");
    assert_eq!(preview.id(), Some("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    assert_eq!(preview.contact_id(), Some("0123456789abcdef0123456789abcdef"));
    assert_eq!(preview.campaign_id(), None);
    let column = &preview.phone_number_columns().expect("phoneNumberColumns")[0];
    assert_eq!((column.column_name(), column.r#type()), (Some("Cell"), Some("cell")));

    let wrapup = cb.wrapup().expect("wrapup");
    assert_eq!(wrapup.code(), Some("ININ-WRAP-UP-TIMEOUT"));
    assert_eq!(wrapup.name(), Some("ININ-WRAP-UP-TIMEOUT"));
    assert_eq!(wrapup.duration_seconds(), Some(48));
    assert_eq!(wrapup.end_time(), Some(at(1, 0)));
    assert_eq!(wrapup.provisional(), Some(false));

    // The fields of SDK 270.0.0 are read beside the newer ones.
    assert_eq!(cb.initial_state(), Some(&CallbackState::Scheduled));
    assert_eq!(column.callable_time_column_name(), Some("CellCallableTime"));
    let work = cb.after_call_work().expect("afterCallWork");
    assert_eq!(work.state(), Some(&AfterCallWorkState::Unknown("expired".into())));
    assert_eq!((work.start_time(), work.end_time()), (Some(at(0, 12)), Some(at(1, 0))));
    assert_eq!(cb.after_call_work_required(), Some(true));
    assert_eq!((cb.caller_id(), cb.caller_id_name()), (Some("+13175550100"), Some("Acme Support")));
    let settings = cb.queue_media_settings().expect("queueMediaSettings");
    assert_eq!(
        settings,
        &ConversationQueueMediaSettings::builder().alerting_timeout_seconds(15).enable_auto_answer(false).build()
    );
}

#[test]
fn requests_keep_newer_enum_values_and_drop_unknown_fields() {
    let command: CreateCallbackCommand = assert_round_trip(&golden!("create_callback_command.newer_values"));
    assert_eq!(
        command.customer_first_callback_delivery_mode(),
        Some(&CustomerFirstCallbackDeliveryMode::Unknown("UseAgentReservationIfAvailable".into()))
    );
    let routing = command.routing_data().expect("routingData");
    assert_eq!(routing.routing_flags(), Some(strings(&["AGENT_OWNED_CALLBACK", "PRIORITY_BOOST"]).as_slice()));
    assert_eq!(command.data().map(std::collections::BTreeMap::len), Some(0), "an empty map is kept");

    // `useQueueSetting` is not the wire value (`UseQueueSetting`): kept as sent.
    let request: PatchCallbackRequest = assert_round_trip(&golden!("patch_callback_request.newer_values"));
    let mode = request.customer_first_callback_delivery_mode().expect("customerFirstCallbackDeliveryMode");
    assert!(mode.is_unknown());
    assert_eq!(mode.as_str(), "useQueueSetting");

    let response: CreateCallbackResponse = assert_round_trip(&golden!("create_callback_response.newer_values"));
    let kinds: Vec<&CallbackIdentifierType> =
        response.callback_identifiers().iter().map(CallbackIdentifier::r#type).collect();
    assert_eq!(kinds, [&CallbackIdentifierType::Dialer, &CallbackIdentifierType::Unknown("AGENT".into())]);
    assert_eq!(response.conversation(), &DomainEntityRef::builder().id("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b").build());
}

#[test]
fn a_connected_leg_in_after_call_work_keeps_its_after_call_work_and_newer_disconnect_type() {
    let cb: Callback = assert_round_trip(&golden!("callback.after_call_work"));
    assert_eq!(cb.state(), Some(&CallbackState::Connected));
    assert_eq!(cb.initial_state(), Some(&CallbackState::Alerting));
    let work = cb.after_call_work().expect("afterCallWork is kept");
    assert_eq!((work.start_time(), work.end_time()), (Some(at(3, 30)), None));
    assert_eq!(work.state(), Some(&AfterCallWorkState::Pending));
    assert_eq!(cb.after_call_work_required(), Some(true));
    assert_eq!(cb.disconnect_type(), Some(&DisconnectType::Unknown("transfer.dnd".into())));
    assert_eq!(cb.direction(), Some(&Direction::Inbound));
    assert_eq!(cb.connected_time(), Some(at(0, 9)));
    assert_eq!(cb.disconnected_time(), None);
    assert_eq!(cb.peer_id(), Some("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"));
    let segments = cb.segments().expect("segments");
    assert_eq!(segments.len(), 3);
    assert_eq!(segments[1].disconnect_type(), Some("transfer.dnd"));
    assert_eq!(segments[2].r#type(), Some("Wrapup"));
    assert_eq!(segments[2].start_time(), at(3, 30));
    assert_eq!(segments[2].end_time(), None);
}

#[test]
fn an_open_segment_without_end_time_parses_and_is_written_without_it() {
    let cb: Callback = assert_round_trip(&golden!("callback.open_segment"));
    assert_eq!(cb.state(), Some(&CallbackState::Alerting));
    let segments = cb.segments().expect("segments");
    assert_eq!(segments.len(), 1);
    assert_eq!(segments[0].start_time(), at(0, 0));
    assert_eq!(segments[0].end_time(), None);
    assert_eq!(segments[0].r#type(), Some("Scheduled"));
    assert_eq!(cb.callback_user_name(), Some("Grace Hopper"));
    assert_eq!(cb.timeout_seconds(), Some(0));
    assert_eq!(cb.callback_scheduled_time(), Some(at_hms(15, 30, 0)));
}

// ---------------------------------------------------------------------------------
// Timestamps.

#[test]
fn every_rfc_3339_form_is_written_back_as_utc_milliseconds() {
    let (_, reread) = assert_writes_back::<Callback>(&golden!("callback.timestamp_forms"));
    // What was written reads back with the finer digits gone.
    let segments = reread.segments().expect("segments");
    assert_eq!(segments[1].end_time(), Some(nanos(at(1, 30), 123_000_000)));
    assert_eq!(segments[2].start_time(), nanos(at(1, 30), 123_000_000));
    assert_eq!(segments[2].end_time(), Some(nanos(at(2, 59), 999_000_000)));
    assert_eq!(segments[5].end_time(), Some(nanos(at(6, 0), 123_000_000)));
    assert_eq!(reread.wrapup().and_then(Wrapup::end_time), Some(at(6, 45)));
}

#[test]
fn every_rfc_3339_form_is_read_to_the_same_instant_in_utc() {
    let cb: Callback = read(&golden!("callback.timestamp_forms"));
    let times: Vec<_> =
        cb.segments().expect("segments").iter().map(|segment| (segment.start_time(), segment.end_time())).collect();
    let expected = [
        // `Z` without a fraction; one fraction digit.
        (at(0, 0), Some(nanos(at(0, 10), 500_000_000))),
        // Three digits; six digits.
        (nanos(at(0, 10), 500_000_000), Some(nanos(at(1, 30), 123_456_000))),
        // Nine digits, twice.
        (nanos(at(1, 30), 123_456_789), Some(nanos(at(2, 59), 999_999_999))),
        // `+02:00`; `-05:30`.
        (nanos(at(2, 59), 999_000_000), Some(at(4, 0))),
        // Lower-case `t` and `z`; a space for `T` and two fraction digits.
        (at(4, 0), Some(nanos(at(5, 0), 250_000_000))),
        // `+13:00` on the next day; more digits than nanoseconds hold.
        (at(5, 0), Some(nanos(at(6, 0), 123_456_789))),
    ];
    assert_eq!(times, expected);

    assert_eq!(cb.start_alerting_time(), Some(at(0, 0)));
    assert_eq!(cb.connected_time(), Some(nanos(at(0, 10), 500_000_000)), "+05:30 with a fraction");
    assert_eq!(cb.start_hold_time(), Some(at(1, 30)), "-04:30");
    assert_eq!(cb.disconnected_time(), Some(at(6, 0)), "-00:00");
    let previous_day = Utc.with_ymd_and_hms(2024, 4, 30, 23, 0, 0).single();
    assert_eq!(cb.callback_scheduled_time(), previous_day, "+02:00 on the previous day in UTC");
    assert_eq!(cb.wrapup().and_then(Wrapup::end_time), Some(nanos(at(6, 45), 999_000)));
}

#[test]
fn finer_digits_than_milliseconds_are_dropped_not_rounded() {
    let segment: Segment = json::from_str(r#"{"startTime": "2024-05-01T12:02:59.9999999Z"}"#).expect("parses");
    assert_eq!(segment.start_time(), nanos(at(2, 59), 999_999_900));
    assert_eq!(json::to_string(&segment).expect("writes"), r#"{"startTime":"2024-05-01T12:02:59.999Z"}"#);
}

#[test]
fn a_leap_second_is_read_and_written_back_as_second_60() {
    let segment: Segment = json::from_str(r#"{"startTime": "2016-12-31T23:59:60.500Z"}"#).expect("parses");
    let last_second = Utc.with_ymd_and_hms(2016, 12, 31, 23, 59, 59).single().expect("a valid instant");
    assert_eq!(segment.start_time(), nanos(last_second, 1_500_000_000));
    assert_eq!(json::to_string(&segment).expect("writes"), r#"{"startTime":"2016-12-31T23:59:60.500Z"}"#);
}

#[test]
fn a_year_after_9999_cannot_be_written() {
    let far = Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).single().expect("a valid instant");
    let segment = Segment::builder().start_time(far).build();
    let error = json::to_string(&segment).expect_err("RFC 3339 has four-digit years");
    assert!(error.to_string().contains("10000"), "{error}");
}

// ---------------------------------------------------------------------------------
// Values built in Rust.

#[test]
fn a_value_built_with_the_builders_round_trips_through_compact_json() {
    let built = callback_tests::full_callback();
    let text = json::to_string(&built).expect("writes");
    let back: Callback = json::from_str(&text).unwrap_or_else(|error| panic!("{error}\n{text}"));
    assert_eq!(back, built);
    assert_eq!(json::to_string(&back).expect("writes"), text);
}

#[test]
fn a_value_built_with_the_builders_round_trips_through_pretty_json_bytes_and_a_reader() {
    let built = callback_tests::full_callback();
    let pretty = json::to_string_pretty(&built).expect("writes");
    assert_eq!(json::from_str::<Callback>(&pretty).expect("from_str"), built);
    let bytes = json::to_vec(&built).expect("writes");
    assert_eq!(json::from_slice::<Callback>(&bytes).expect("from_slice"), built);
    assert_eq!(json::from_reader::<_, Callback>(bytes.as_slice()).expect("from_reader"), built);
}

#[test]
fn compact_output_keeps_field_order_and_has_no_whitespace() {
    let segment: Segment = read(&golden!("segment.full"));
    assert_eq!(
        json::to_string(&segment).expect("writes"),
        r#"{"startTime":"2024-05-01T12:00:20.000Z","endTime":"2024-05-01T12:05:00.000Z","type":"Interact","howEnded":"Disconnect","disconnectType":"endpoint"}"#
    );
}

#[test]
fn int32_limits_parse_and_are_written_back() {
    let text = r#"{"timeoutSeconds":2147483647,"wrapup":{"durationSeconds":-2147483648}}"#;
    let cb: Callback = json::from_str(text).expect("both limits fit an i32");
    assert_eq!(cb.timeout_seconds(), Some(i32::MAX));
    assert_eq!(cb.wrapup().and_then(Wrapup::duration_seconds), Some(i32::MIN));
    assert_eq!(json::to_string(&cb).expect("writes"), text);
}

// ---------------------------------------------------------------------------------
// Strict types.

/// The error for `text` parsed as a `Callback`.
fn type_error(text: &str) -> json::ParseError {
    json::from_str::<Callback>(text).expect_err("a value of the wrong JSON type must not parse")
}

#[test]
fn a_number_given_as_a_string_is_an_error() {
    let error = type_error(r#"{"timeoutSeconds": "30"}"#);
    assert_eq!(error.path(), "timeoutSeconds");
    assert_eq!(error.message(), r#"invalid type: string "30", expected i32"#);
}

#[test]
fn a_fractional_number_for_an_integer_is_an_error() {
    let error = type_error(r#"{"timeoutSeconds": 30.0}"#);
    assert_eq!(error.path(), "timeoutSeconds");
    assert_eq!(error.message(), "invalid type: floating point `30.0`, expected i32");
}

#[test]
fn a_string_given_as_a_number_is_an_error() {
    let error = type_error(r#"{"callbackUserName": 42}"#);
    assert_eq!(error.path(), "callbackUserName");
    assert_eq!(error.message(), "invalid type: integer `42`, expected a string");
}

#[test]
fn a_boolean_given_as_a_string_is_an_error() {
    let error = type_error(r#"{"held": "true"}"#);
    assert_eq!(error.path(), "held");
    assert_eq!(error.message(), r#"invalid type: string "true", expected a boolean"#);
}

#[test]
fn an_enum_value_given_as_a_number_is_an_error() {
    let error = type_error(r#"{"voicemail": {"uploadStatus": 2}}"#);
    assert_eq!(error.path(), "voicemail.uploadStatus");
    assert_eq!(error.message(), "invalid type: integer `2`, expected a UploadStatus string");
}

#[test]
fn a_list_given_as_a_single_string_is_an_error() {
    let error = type_error(r#"{"callbackNumbers": "+13175551234"}"#);
    assert_eq!(error.path(), "callbackNumbers");
    assert_eq!(error.message(), r#"invalid type: string "+13175551234", expected a sequence"#);
}

#[test]
fn an_object_given_as_an_array_is_an_error() {
    // serde's derive accepts a struct written as an array of its fields in order;
    // the wire format is strict about types and the API never sends that.
    let result = json::from_str::<Callback>(r#"{"voicemail": ["ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a", "complete"]}"#);
    let error = result.expect_err("an array is not a Voicemail object");
    assert_eq!(error.path(), "voicemail");
}

// ---------------------------------------------------------------------------------
// Fields required on the wire.

/// The error for `text` parsed as a `T`: the path of the missing field and serde's
/// message.
fn missing_field<T: DeserializeOwned + Debug>(text: &str) -> (String, String) {
    let error = json::from_str::<T>(text).expect_err("a required field is missing");
    (error.path().to_owned(), error.message().to_owned())
}

fn missing(path: &str, field: &str) -> (String, String) {
    (path.to_owned(), format!("missing field `{field}`"))
}

#[test]
fn a_create_callback_command_without_callback_numbers_names_the_field() {
    let text = r#"{"queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "callbackUserName": "Ada"}"#;
    assert_eq!(missing_field::<CreateCallbackCommand>(text), missing("callbackNumbers", "callbackNumbers"));
    let null = r#"{"callbackNumbers": null}"#;
    let error = json::from_str::<CreateCallbackCommand>(null).expect_err("null is not a list");
    assert_eq!((error.path(), error.message()), ("callbackNumbers", "invalid type: null, expected a sequence"));
}

#[test]
fn routing_data_without_a_queue_id_names_the_field_inside_it() {
    let text = r#"{"callbackNumbers": ["+13175550142"], "routingData": {"priority": 1}}"#;
    assert_eq!(missing_field::<CreateCallbackCommand>(text), missing("routingData.queueId", "queueId"));
}

#[test]
fn a_patch_callback_request_needs_its_conversation_and_agent() {
    let agent = r#"{"agentId": "3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"}"#;
    assert_eq!(missing_field::<PatchCallbackRequest>(agent), missing("conversationId", "conversationId"));
    let conversation = r#"{"conversationId": "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"}"#;
    assert_eq!(missing_field::<PatchCallbackRequest>(conversation), missing("agentId", "agentId"));
}

#[test]
fn a_create_callback_response_needs_its_conversation_identifiers_and_their_fields() {
    let no_identifiers = r#"{"conversation": {"id": "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"}}"#;
    assert_eq!(
        missing_field::<CreateCallbackResponse>(no_identifiers),
        missing("callbackIdentifiers", "callbackIdentifiers")
    );
    let no_conversation = r#"{"callbackIdentifiers": []}"#;
    assert_eq!(missing_field::<CreateCallbackResponse>(no_conversation), missing("conversation", "conversation"));
    let no_type = r#"{"conversation": {}, "callbackIdentifiers": [{"type": "ACD", "id": "a"}, {"id": "b"}]}"#;
    assert_eq!(missing_field::<CreateCallbackResponse>(no_type), missing("callbackIdentifiers[1].type", "type"));
}

#[test]
fn the_data_of_a_command_holds_strings_only() {
    let text = r#"{"callbackNumbers": [], "data": {"notes": "ok", "attempts": 3}}"#;
    let error = json::from_str::<CreateCallbackCommand>(text).expect_err("a number is not a string");
    assert_eq!((error.path(), error.message()), ("data.attempts", "invalid type: integer `3`, expected a string"));
}

#[test]
fn a_float_given_as_a_string_is_an_error() {
    let error = type_error(r#"{"queueMediaSettings": {"autoAnswerAlertToneSeconds": "0.5"}}"#);
    assert_eq!(error.path(), "queueMediaSettings.autoAnswerAlertToneSeconds");
    assert_eq!(error.message(), r#"invalid type: string "0.5", expected f64"#);
}

// ---------------------------------------------------------------------------------
// Enums.

/// Every known wire value parses to its variant, and `as_str`, `Display`, `FromStr`
/// and writing agree with it; the table lists exactly the enum's known values.
fn assert_known_values<E>(known: &[E], table: &[(E, &str)], as_str: fn(&E) -> &str)
where
    E: DeserializeOwned + Serialize + Display + FromStr<Err = Infallible> + PartialEq + Debug + Clone,
{
    let variants: Vec<E> = table.iter().map(|(variant, _)| variant.clone()).collect();
    assert_eq!(known, variants.as_slice(), "the known values are these, in this order");
    for (variant, wire) in table {
        let quoted = format!("\"{wire}\"");
        assert_eq!(&json::from_str::<E>(&quoted).expect("a known value parses"), variant, "{wire}");
        assert_eq!(as_str(variant), *wire);
        assert_eq!(variant.to_string(), *wire);
        assert_eq!(wire.parse::<E>().as_ref(), Ok(variant));
        assert_eq!(json::to_string(variant).expect("writes"), quoted);
    }
}

/// An unknown wire value parses, is kept as sent, and is written back unchanged.
fn assert_unknown_kept<E>(wire: &str, unknown: &E, as_str: fn(&E) -> &str)
where
    E: DeserializeOwned + Serialize + Display + FromStr<Err = Infallible> + PartialEq + Debug,
{
    let quoted = format!("\"{wire}\"");
    let parsed: E = json::from_str(&quoted).expect("an unknown value parses");
    assert_eq!(&parsed, unknown);
    assert_eq!(as_str(&parsed), wire);
    assert_eq!(parsed.to_string(), wire);
    assert_eq!(wire.parse::<E>().as_ref(), Ok(unknown));
    assert_eq!(json::to_string(&parsed).expect("writes"), quoted);
}

#[test]
fn every_callback_state_wire_value_parses_to_its_variant() {
    use CallbackState as S;
    let table = [
        (S::Alerting, "alerting"),
        (S::Dialing, "dialing"),
        (S::Contacting, "contacting"),
        (S::Offering, "offering"),
        (S::Connected, "connected"),
        (S::Disconnected, "disconnected"),
        (S::Terminated, "terminated"),
        (S::Scheduled, "scheduled"),
        (S::None, "none"),
    ];
    assert_known_values(S::KNOWN, &table, S::as_str);
}

#[test]
fn every_direction_wire_value_parses_to_its_variant() {
    let table = [(Direction::Inbound, "inbound"), (Direction::Outbound, "outbound")];
    assert_known_values(Direction::KNOWN, &table, Direction::as_str);
}

#[test]
fn every_disconnect_type_wire_value_parses_to_its_variant() {
    use DisconnectType as D;
    let table = [
        (D::Endpoint, "endpoint"),
        (D::Client, "client"),
        (D::System, "system"),
        (D::Timeout, "timeout"),
        (D::Transfer, "transfer"),
        (D::TransferConference, "transfer.conference"),
        (D::TransferConsult, "transfer.consult"),
        (D::TransferForward, "transfer.forward"),
        (D::TransferNoAnswer, "transfer.noanswer"),
        (D::TransferNotAvailable, "transfer.notavailable"),
        (D::TransportFailure, "transport.failure"),
        (D::Error, "error"),
        (D::Peer, "peer"),
        (D::Other, "other"),
        (D::Spam, "spam"),
        (D::Uncallable, "uncallable"),
    ];
    assert_known_values(D::KNOWN, &table, D::as_str);
}

#[test]
fn every_upload_status_wire_value_parses_to_its_variant() {
    use UploadStatus as U;
    let table = [
        (U::Pending, "pending"),
        (U::Complete, "complete"),
        (U::Failed, "failed"),
        (U::Timeout, "timeout"),
        (U::None, "none"),
    ];
    assert_known_values(U::KNOWN, &table, U::as_str);
}

#[test]
fn every_after_call_work_state_wire_value_parses_to_its_variant() {
    use AfterCallWorkState as A;
    let table = [
        (A::UnknownValue, "unknown"),
        (A::NotApplicable, "notApplicable"),
        (A::Skipped, "skipped"),
        (A::Pending, "pending"),
        (A::Complete, "complete"),
    ];
    assert_known_values(A::KNOWN, &table, A::as_str);
}

#[test]
fn every_delivery_mode_wire_value_parses_to_its_variant() {
    use CustomerFirstCallbackDeliveryMode as M;
    let table = [
        (M::UseQueueSetting, "UseQueueSetting"),
        (M::UseAgentReservation, "UseAgentReservation"),
        (M::NoAgentReservation, "NoAgentReservation"),
    ];
    assert_known_values(M::KNOWN, &table, M::as_str);
}

#[test]
fn every_callback_identifier_type_wire_value_parses_to_its_variant() {
    use CallbackIdentifierType as T;
    let table = [(T::Acd, "ACD"), (T::External, "EXTERNAL"), (T::Dialer, "DIALER")];
    assert_known_values(T::KNOWN, &table, T::as_str);
}

/// The API's `unknown` and the catch-all: the one a known variant (not unknown), the
/// other any value this version does not know; a hand-made `Unknown("unknown")` is the
/// same value as the variant, as enums compare by wire value.
#[test]
fn the_wire_value_unknown_is_the_variant_unknown_value_not_the_catch_all() {
    let parsed: AfterCallWorkState = json::from_str(r#""unknown""#).expect("parses");
    assert!(matches!(parsed, AfterCallWorkState::UnknownValue), "{parsed:?}");
    assert!(!parsed.is_unknown());
    assert_eq!(AfterCallWorkState::from_wire("unknown"), AfterCallWorkState::UnknownValue);
    assert_eq!("unknown".parse::<AfterCallWorkState>(), Ok(AfterCallWorkState::UnknownValue));
    assert!(matches!(AfterCallWorkState::from(String::from("unknown")), AfterCallWorkState::UnknownValue));

    let by_hand = AfterCallWorkState::Unknown("unknown".into());
    assert!(by_hand.is_unknown(), "the catch-all, made by hand");
    assert_eq!(by_hand, AfterCallWorkState::UnknownValue);
    assert_eq!(json::to_string(&by_hand).expect("writes"), r#""unknown""#);

    // On the other enums `unknown` is a value they do not know.
    assert_unknown_kept("unknown", &CallbackState::Unknown("unknown".into()), CallbackState::as_str);
    assert!(CallbackState::from_wire("unknown").is_unknown());
    // And `Unknown` with a capital is not the API's value.
    assert_unknown_kept("Unknown", &AfterCallWorkState::Unknown("Unknown".into()), AfterCallWorkState::as_str);
}

#[test]
fn unknown_enum_values_survive_a_round_trip_unchanged() {
    assert_unknown_kept("uploading", &CallbackState::Unknown("uploading".into()), CallbackState::as_str);
    assert_unknown_kept("internal", &Direction::Unknown("internal".into()), Direction::as_str);
    assert_unknown_kept("endpoint.dnd", &DisconnectType::Unknown("endpoint.dnd".into()), DisconnectType::as_str);
    assert_unknown_kept("transfer.dnd", &DisconnectType::Unknown("transfer.dnd".into()), DisconnectType::as_str);
    assert_unknown_kept("transcoding", &UploadStatus::Unknown("transcoding".into()), UploadStatus::as_str);
    assert_unknown_kept("abandoned", &AfterCallWorkState::Unknown("abandoned".into()), AfterCallWorkState::as_str);
    let later = CustomerFirstCallbackDeliveryMode::Unknown("UseAgentReservationIfAvailable".into());
    assert_unknown_kept("UseAgentReservationIfAvailable", &later, CustomerFirstCallbackDeliveryMode::as_str);
    assert_unknown_kept("AGENT", &CallbackIdentifierType::Unknown("AGENT".into()), CallbackIdentifierType::as_str);
}

#[test]
fn wire_values_are_case_sensitive_and_other_cases_are_kept_as_sent() {
    assert_unknown_kept("Connected", &CallbackState::Unknown("Connected".into()), CallbackState::as_str);
    assert_unknown_kept("ENDPOINT", &DisconnectType::Unknown("ENDPOINT".into()), DisconnectType::as_str);
    assert_unknown_kept("", &UploadStatus::Unknown(String::new()), UploadStatus::as_str);
    assert_unknown_kept("acd", &CallbackIdentifierType::Unknown("acd".into()), CallbackIdentifierType::as_str);
    let camel = CustomerFirstCallbackDeliveryMode::Unknown("useQueueSetting".into());
    assert_unknown_kept("useQueueSetting", &camel, CustomerFirstCallbackDeliveryMode::as_str);
    assert_unknown_kept(
        "not_applicable",
        &AfterCallWorkState::Unknown("not_applicable".into()),
        AfterCallWorkState::as_str,
    );
}

#[test]
fn an_escaped_enum_value_is_decoded_before_it_is_matched() {
    let state: CallbackState = json::from_str(r#""connect\u0065d""#).expect("parses");
    assert_eq!(state, CallbackState::Connected);
    let newer: DisconnectType = json::from_str(r#""endpoint\u002Ednd""#).expect("parses");
    assert_eq!(newer, DisconnectType::Unknown("endpoint.dnd".into()));
    assert_eq!(json::to_string(&newer).expect("writes"), r#""endpoint.dnd""#);
}
