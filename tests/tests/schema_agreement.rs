//! Agreement (with the `schema` feature): for every document, the `jsonschema` crate
//! (draft 2020-12, formats asserted), a validator nobody here wrote, accepts it exactly
//! when `json::from_str::<Valid<T>>` does, apart from the rules in `x-rules` and the
//! differences `callback_model::schema` lists, each of which is a named test below.
//!
//! The documents: a value of each model type from the strategies, written as JSON,
//! then broken in one to three places: a value replaced by one of another type, out of
//! range, a broken id, number or timestamp, `null`, an empty list or object; a member
//! removed (a required field missing); a member added (unknown, or a group member:
//! both members of a group, or neither). The strategies' timestamps carry no leap
//! second, and no replacement is a listed difference, so that every disagreement the
//! property finds is a bug.

#![cfg(feature = "schema")]

use callback_model::schemars::JsonSchema;
use callback_model::{Builder, Schema, ScoredAgent, Segment, Valid, Validate, json};
use callback_tests::judge::Judge;
use callback_tests::strategies;
use chrono::{DateTime, Timelike, Utc};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Checks that `judge` and `Valid<T>` agree on `document`; names the difference when
/// they do not. `unstated` are the codes of the type's rules in `x-rules` (a `custom`
/// or `check` function gives its own codes).
fn agree<T: DeserializeOwned + Validate>(judge: &Judge, document: &Value, unstated: &[&str]) -> Result<(), String> {
    let text = document.to_string();
    let accepted = judge.validator.is_valid(document);
    match json::from_str::<Valid<T>>(&text) {
        Ok(_) if accepted => Ok(()),
        Ok(_) => Err(format!("Valid<T> accepts what the schema refuses ({}): {text}", judge.complaints(document))),
        Err(error) => {
            let Some(violations) = error.violations() else {
                return if accepted {
                    Err(format!("the schema accepts what does not parse ({error}): {text}"))
                } else {
                    Ok(())
                };
            };
            let stated = violations.iter().filter(|v| !unstated.contains(&v.code())).count();
            match (stated, accepted) {
                (0, true) | (1.., false) => Ok(()),
                (0, false) => Err(format!(
                    "only rules in x-rules are broken ({error}), and the schema refuses ({}): {text}",
                    judge.complaints(document)
                )),
                (1.., true) => Err(format!("the schema accepts what breaks stated rules ({error}): {text}")),
            }
        }
    }
}

/// Every `x-rules` entry of `schema`, its `$defs` included.
fn x_rules(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(members) => {
            for (key, value) in members {
                match (key.as_str(), value) {
                    ("x-rules", Value::Array(rules)) => {
                        out.extend(rules.iter().filter_map(Value::as_str).map(str::to_owned));
                    }
                    _ => x_rules(value, out),
                }
            }
        }
        Value::Array(values) => values.iter().for_each(|value| x_rules(value, out)),
        _ => {}
    }
}

/// The replacement values: other types, out of range, broken ids, numbers and
/// timestamps, and valid ones. None of them is a listed difference.
fn palette() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1),
        json!(100),
        json!(101),
        json!(2_147_483_647),
        json!(2_147_483_648_i64),
        json!(-2_147_483_649_i64),
        json!(1.5),
        json!(-0.25),
        json!(""),
        json!(" \u{3000}"),
        json!("x"),
        json!("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"),
        json!("6F3E0D4C-1B2A-4C5D-9E8F-0A1B2C3D4E5F"),
        json!("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5"),
        json!("6f3e0d4c1b2a4c5d9e8f0a1b2c3d4e5f"),
        json!("+13175550100"),
        json!("+0123"),
        json!("tel:+1 (317) 555-0100"),
        json!("12"),
        json!("2024-05-01T12:00:00Z"),
        json!("2024-05-01T12:00:00.123456+02:00"),
        json!("2024-05-01t11:59:59z"),
        json!("1999-12-31T23:59:59.999999999-05:00"),
        json!("2024-13-01T00:00:00Z"),
        json!("2024-05-01T12:00:00"),
        json!("connected"),
        json!([]),
        json!(["+13175550100"]),
        json!([""]),
        json!([{}]),
        json!({}),
        json!({"queueId": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"}),
        json!({"startTime": "2024-05-01T12:00:00Z"}),
    ]
}

/// Keys to add: unknown ones, and members of groups and required fields.
const KEYS: &[&str] = &["unknownField", "queueId", "routingData", "startTime", "endTime", "id", "callbackNumbers"];

/// Every place in `document`: the pointer of each value, the root first.
fn places(document: &Value, at: &str, out: &mut Vec<String>) {
    out.push(at.to_owned());
    match document {
        Value::Object(members) => {
            for (key, value) in members {
                places(value, &format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(elements) => {
            for (index, value) in elements.iter().enumerate() {
                places(value, &format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// Breaks `document` once, as `seed` picks. For a struct of one's own
/// (`derived_deserialize`), an object is never replaced by an array: serde's derived
/// `Deserialize` reads a struct from an array of its fields, a listed difference (the
/// model's types refuse arrays, so for them it is a case like any other).
fn mutate(document: &mut Value, seed: u64, derived_deserialize: bool) {
    let mut all = Vec::new();
    places(document, "", &mut all);
    let pick = |n: usize, salt: u64| usize::try_from((seed >> salt) % (n as u64).max(1)).unwrap_or(0);
    let place = all[pick(all.len(), 0)].clone();
    let palette = palette();
    match seed % 7 {
        // Remove the member (or empty the root).
        0 => {
            if let Some((parent, key)) = place.rsplit_once('/') {
                let key = key.replace("~1", "/").replace("~0", "~");
                match document.pointer_mut(parent) {
                    Some(Value::Object(members)) => {
                        members.remove(&key);
                    }
                    Some(Value::Array(elements)) => {
                        if let Ok(index) = key.parse::<usize>() {
                            elements.remove(index);
                        }
                    }
                    _ => {}
                }
            }
        }
        // Add a member to an object on the way.
        1 | 2 => {
            let objects: Vec<&String> =
                all.iter().filter(|p| document.pointer(p).is_some_and(Value::is_object)).collect();
            let Some(object) = objects.get(pick(objects.len(), 8)).map(|object| (*object).clone()) else { return };
            let key = KEYS[pick(KEYS.len(), 16)];
            let value = palette[pick(palette.len(), 24)].clone();
            if let Some(Value::Object(members)) = document.pointer_mut(&object) {
                members.insert(key.to_owned(), value);
            }
        }
        // Replace the value.
        _ => {
            if let Some(value) = document.pointer_mut(&place) {
                let replacement = &palette[pick(palette.len(), 8)];
                if !(derived_deserialize && value.is_object() && replacement.is_array()) {
                    *value = replacement.clone();
                }
            }
        }
    }
}

/// Timestamps without a leap second (whose form JSON Schema reads only at the end of
/// a UTC day, a listed difference).
fn no_leap(at: DateTime<Utc>) -> DateTime<Utc> {
    at.with_nanosecond(at.nanosecond() % 1_000_000_000).unwrap_or(at)
}

fn time() -> BoxedStrategy<DateTime<Utc>> {
    strategies::timestamp().prop_map(no_leap).boxed()
}

/// The seeds of the breaks of one document: none for two in five, one to three else.
fn breaks() -> BoxedStrategy<Vec<u64>> {
    prop_oneof![2 => Just(Vec::new()), 3 => proptest::collection::vec(any::<u64>(), 1..=3)].boxed()
}

/// How many documents each type is checked on.
const CASES: u32 = 512;

/// Runs the agreement property on `CASES` documents made from `values`.
fn check_agreement<T>(values: BoxedStrategy<T>)
where
    T: JsonSchema + Serialize + DeserializeOwned + Validate + std::fmt::Debug + 'static,
{
    check_documents::<T>(values.prop_map(|value| serde_json::to_value(&value).unwrap_or_default()).boxed(), &[], false);
}

/// As [`check_agreement`], for a type with rules in `x-rules`, whose codes are
/// `unstated`.
fn check_agreement_but<T>(values: BoxedStrategy<T>, unstated: &[&str])
where
    T: JsonSchema + Serialize + DeserializeOwned + Validate + std::fmt::Debug + 'static,
{
    check_documents::<T>(
        values.prop_map(|value| serde_json::to_value(&value).unwrap_or_default()).boxed(),
        unstated,
        false,
    );
}

/// Runs the agreement property on `CASES` documents made from `documents`, broken.
fn check_documents<T: JsonSchema + DeserializeOwned + Validate>(
    documents: BoxedStrategy<Value>,
    unstated: &[&str],
    derived_deserialize: bool,
) {
    let judge = Judge::of::<T>();
    let mut listed = Vec::new();
    x_rules(&judge.schema, &mut listed);
    assert_eq!(listed.is_empty(), unstated.is_empty(), "{}: x-rules {listed:?}, codes {unstated:?}", T::schema_name());
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    let documents = (documents, breaks());
    let result = runner.run(&documents, |(mut document, seeds)| {
        for seed in seeds {
            mutate(&mut document, seed, derived_deserialize);
        }
        agree::<T>(&judge, &document, unstated).map_err(TestCaseError::fail)
    });
    if let Err(error) = result {
        panic!("{}: {error}", T::schema_name());
    }
}

#[test]
fn callback() {
    // `connectedTime`'s rule, and the `check` of `disconnectedTime`, are `not_before`s.
    check_agreement_but(strategies::callback_from(time()), &["not_before"]);
}

#[test]
fn segment() {
    check_agreement_but(strategies::segment_from(time()), &["not_before"]);
}

#[test]
fn the_parts_of_a_callback() {
    check_agreement(strategies::dialer_preview());
    check_agreement(strategies::phone_number_column());
    check_agreement(strategies::voicemail());
    check_agreement(strategies::wrapup_from(time()));
    check_agreement_but(strategies::after_call_work_from(time()), &["not_before"]);
    check_agreement(strategies::conversation_queue_media_settings());
}

#[test]
fn create_callback_command() {
    check_agreement(strategies::create_callback_command_from(time()));
}

#[test]
fn the_parts_of_the_requests_and_responses() {
    check_agreement(strategies::routing_data());
    check_agreement(strategies::scored_agent());
    check_agreement(strategies::domain_entity_ref());
    check_agreement(strategies::create_callback_response());
    check_agreement(strategies::callback_identifier());
    check_agreement(strategies::patch_callback_request_from(time()));
}

/// The README's `Ticket`, as written there, with `Schema` derived.
#[derive(Debug, Serialize, serde::Deserialize, Builder, Validate, Schema)]
#[serde(rename_all = "camelCase")]
struct Ticket {
    /// Who reported it.
    #[validate(non_blank, length(max = 80))]
    reporter_name: String,
    #[validate(range(min = 1, max = 5))]
    priority: u8,
    #[builder(each = "label")]
    #[validate(each(non_blank))]
    labels: Vec<String>,
    #[validate(e164)]
    callback_number: Option<String>,
}

fn ticket() -> BoxedStrategy<Ticket> {
    (
        prop_oneof![Just("Ada".to_owned()), strategies::text()],
        any::<u8>(),
        proptest::collection::vec(prop_oneof![Just("billing".to_owned()), Just(" ".to_owned())], 0..3),
        proptest::option::of(strategies::e164_text()),
    )
        .prop_map(|(reporter_name, priority, labels, callback_number)| Ticket {
            reporter_name,
            priority,
            labels,
            callback_number,
        })
        .boxed()
}

#[test]
fn the_readme_ticket() {
    let tickets = ticket().prop_map(|ticket| serde_json::to_value(&ticket).unwrap_or_default()).boxed();
    check_documents::<Ticket>(tickets, &[], true);
}

#[path = "../../examples/custom_model.rs"]
#[allow(dead_code)]
mod custom_model;

/// Appointments as JSON: a title, a start and maybe an end (within a day or not, not
/// always after the start), zero to five attendees, a reminder in range or not, a room
/// code or not (a `custom` rule).
fn appointment() -> BoxedStrategy<Value> {
    let attendee = (prop_oneof![Just("Ada Lovelace"), Just(" ")], proptest::option::of(strategies::e164_text()))
        .prop_map(|(name, mobile)| json!({"fullName": name, "mobile": mobile}));
    (
        prop_oneof![Just("Check-up".to_owned()), strategies::text()],
        time(),
        proptest::option::of(-2..30_i64),
        proptest::collection::vec(attendee, 0..6),
        proptest::option::of(0..2000_u32),
        proptest::option::of(prop_oneof![Just("R101"), Just("101")]),
    )
        .prop_map(|(title, starts_at, hours, attendees, reminder, room)| {
            let ends_at = hours.map(|hours| (starts_at + chrono::TimeDelta::hours(hours)).to_rfc3339());
            let mut document = json!({"title": title, "startsAt": starts_at.to_rfc3339(), "attendees": attendees});
            for (key, value) in
                [("endsAt", json!(ends_at)), ("reminderMinutes", json!(reminder)), ("room", json!(room))]
            {
                if !value.is_null() {
                    document[key] = value;
                }
            }
            document
        })
        .boxed()
}

#[test]
fn the_custom_model_appointment() {
    // `room_code` (custom), `within_a_day` (check) and `ends_at`'s `not_before`.
    check_documents::<custom_model::Appointment>(appointment(), &["room", "too_long", "not_before"], true);
}

// The listed differences, each where the two disagree and why.

fn parses<T: DeserializeOwned + Validate>(document: &Value) -> bool {
    json::from_str::<Valid<T>>(&document.to_string()).is_ok()
}

#[test]
fn a_rule_in_x_rules_is_the_parsers_alone() {
    let judge = Judge::of::<Segment>();
    let ends_first = json!({"startTime": "2024-05-01T12:00:00Z", "endTime": "2024-05-01T11:00:00Z"});
    assert!(judge.validator.is_valid(&ends_first));
    let error = json::from_str::<Valid<Segment>>(&ends_first.to_string()).unwrap_err();
    let codes: Vec<&str> = error.violations().unwrap().iter().map(callback_model::Violation::code).collect();
    assert_eq!(codes, ["not_before"]);
    assert_eq!(judge.schema["properties"]["endTime"]["x-rules"], json!(["not_before"]));
}

#[test]
fn a_space_between_date_and_time_parses_and_is_no_date_time() {
    let judge = Judge::of::<Segment>();
    let spaced = json!({"startTime": "2024-05-01 12:00:00Z"});
    assert!(parses::<Segment>(&spaced));
    assert!(!judge.validator.is_valid(&spaced));
}

#[test]
fn a_leap_second_parses_at_any_minute_and_is_a_date_time_only_at_the_end_of_a_utc_day() {
    let judge = Judge::of::<Segment>();
    let midday = json!({"startTime": "2024-05-01T12:00:60Z"});
    assert!(parses::<Segment>(&midday));
    assert!(!judge.validator.is_valid(&midday));
    let end_of_day = json!({"startTime": "2016-12-31T23:59:60Z"});
    assert!(parses::<Segment>(&end_of_day));
    assert!(judge.validator.is_valid(&end_of_day));
}

#[test]
fn an_integer_written_with_a_fraction_or_an_exponent_is_an_integer_to_json_schema_only() {
    let judge = Judge::of::<ScoredAgent>();
    for text in [r#"{"score": 5.0}"#, r#"{"score": 5e1}"#] {
        let document: Value = serde_json::from_str(text).unwrap();
        assert!(judge.validator.is_valid(&document), "{text}");
        assert!(json::from_str::<Valid<ScoredAgent>>(text).is_err(), "{text}");
    }
}

#[test]
fn a_repeated_key_is_refused_by_the_parser_and_unseen_by_a_validator() {
    let text = r#"{"startTime": "2024-05-01T12:00:00Z", "startTime": "2024-05-01T12:00:01Z"}"#;
    assert!(json::from_str::<Valid<Segment>>(text).is_err());
    // A validator reads a parsed document, in which one of the two is left.
    let document: Value = serde_json::from_str(text).unwrap();
    assert!(Judge::of::<Segment>().validator.is_valid(&document));
}

/// The documents the agreement runs on reach both outcomes, for each kind of type,
/// so that neither direction of the property is vacuous.
#[test]
fn the_documents_reach_both_outcomes() {
    fn outcomes<T: JsonSchema + Serialize + std::fmt::Debug + 'static>(values: BoxedStrategy<T>) -> (usize, usize) {
        let judge = Judge::of::<T>();
        let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha));
        let documents = (values, breaks());
        let mut accepted = 0;
        for _ in 0..256 {
            let (value, seeds) = documents.new_tree(&mut runner).unwrap().current();
            let mut document = serde_json::to_value(&value).unwrap();
            for seed in seeds {
                mutate(&mut document, seed, false);
            }
            accepted += usize::from(judge.validator.is_valid(&document));
        }
        (accepted, 256 - accepted)
    }
    for (name, (accepted, refused)) in [
        ("Callback", outcomes(strategies::callback_from(time()))),
        ("Segment", outcomes(strategies::segment_from(time()))),
        ("CreateCallbackCommand", outcomes(strategies::create_callback_command_from(time()))),
        ("RoutingData", outcomes(strategies::routing_data())),
        ("PatchCallbackRequest", outcomes(strategies::patch_callback_request_from(time()))),
    ] {
        eprintln!("{name}: {accepted} accepted, {refused} refused");
        // A command has twelve fields, each broken now and then by its strategy: few
        // whole commands hold every rule, but some do.
        assert!(accepted >= 5 && refused >= 5, "{name}: {accepted} accepted, {refused} refused");
    }
}

/// The differences a struct of one's own can show, each where the two disagree.
mod user_structs {
    use super::{Judge, parses};
    use callback_model::{Schema, Valid, Validate, json};
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::{BTreeMap, BTreeSet};

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Defaulted {
        #[serde(default)]
        #[validate(length(min = 1))]
        name: String,
    }

    #[test]
    fn a_missing_field_with_a_default_is_not_required_and_its_default_is_checked_by_the_parser_only() {
        assert!(Judge::of::<Defaulted>().validator.is_valid(&json!({})));
        assert!(!parses::<Defaulted>(&json!({})));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Pair {
        name: String,
        count: Option<i32>,
    }

    #[test]
    fn a_derived_deserialize_reads_an_array_of_the_fields_too_and_a_schema_of_an_object_does_not() {
        let array = json!(["x", 1]);
        assert!(parses::<Pair>(&array));
        assert!(!Judge::of::<Pair>().validator.is_valid(&array));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Tags {
        tags: BTreeSet<String>,
    }

    #[test]
    fn a_set_keeps_one_of_two_equal_elements_and_its_schema_says_unique_items() {
        let twice = json!({"tags": ["a", "a"]});
        assert!(parses::<Tags>(&twice));
        assert!(!Judge::of::<Tags>().validator.is_valid(&twice));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Borrowed<'a> {
        name: &'a str,
    }

    #[test]
    fn a_borrowed_string_cannot_hold_an_escape_and_its_schema_is_a_string() {
        let escaped = json!({"name": "a\nb"});
        assert!(json::from_str::<Valid<Borrowed<'_>>>(&escaped.to_string()).is_err());
        assert!(Judge::of::<Borrowed<'static>>().validator.is_valid(&escaped));
    }

    type Count = i32;

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Aliased {
        count: Count,
        pair: (i32, i32),
        by_number: BTreeMap<u32, i32>,
    }

    #[test]
    fn integer_bounds_come_from_the_type_as_written() {
        let judge = Judge::of::<Aliased>();
        let big = 2_147_483_648_i64;
        for document in [
            json!({"count": big, "pair": [1, 1], "by_number": {}}),
            json!({"count": 1, "pair": [big, 1], "by_number": {}}),
            json!({"count": 1, "pair": [1, 1], "by_number": {"1": big}}),
        ] {
            assert!(judge.validator.is_valid(&document), "{document}");
            assert!(!parses::<Aliased>(&document), "{document}");
        }
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Ratio {
        #[validate(range(min = 0.1))]
        ratio: f32,
    }

    #[test]
    fn an_f32_bound_is_compared_in_f32_by_the_parser_and_in_f64_by_a_validator() {
        let just_below = json!({"ratio": 0.099_999_999_99});
        assert!(parses::<Ratio>(&just_below));
        assert!(!Judge::of::<Ratio>().validator.is_valid(&just_below));
    }
}
