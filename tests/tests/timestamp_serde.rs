//! `callback_model::timestamp` as serde's `with` module under a deserializer other than
//! `serde_json`'s: serde's own value deserializers (what `IntoDeserializer` gives, and
//! what formats that are not self-describing hand a visitor) call the visitor's method
//! for the value they hold, so a value of the wrong type is refused with the visitor's
//! `expecting` text.

use callback_model::timestamp;
use serde::de::IntoDeserializer;
use serde::de::value::{BoolDeserializer, Error, StrDeserializer, U32Deserializer, UnitDeserializer};

const EXPECTED: &str = "an RFC 3339 timestamp such as 2024-05-01T12:00:00.000Z";

#[test]
fn an_optional_timestamp_of_the_wrong_type_expects_null_or_a_timestamp() {
    let number: U32Deserializer<Error> = 5u32.into_deserializer();
    let error = timestamp::option::deserialize(number).expect_err("a number is not a timestamp");
    assert_eq!(error.to_string(), format!("invalid type: integer `5`, expected null or {EXPECTED}"));
    let flag: BoolDeserializer<Error> = true.into_deserializer();
    let error = timestamp::option::deserialize(flag).expect_err("a bool is not a timestamp");
    assert_eq!(error.to_string(), format!("invalid type: boolean `true`, expected null or {EXPECTED}"));
}

#[test]
fn a_timestamp_of_the_wrong_type_expects_a_timestamp() {
    let number: U32Deserializer<Error> = 5u32.into_deserializer();
    let error = timestamp::deserialize(number).expect_err("a number is not a timestamp");
    assert_eq!(error.to_string(), format!("invalid type: integer `5`, expected {EXPECTED}"));
}

#[test]
fn an_optional_timestamp_reads_unit_as_none_and_a_string_as_some() {
    let unit: UnitDeserializer<Error> = ().into_deserializer();
    assert_eq!(timestamp::option::deserialize(unit), Ok(None));
    let text: StrDeserializer<'_, Error> = "2024-05-01T14:00:00+02:00".into_deserializer();
    let read = timestamp::deserialize(text).expect("a timestamp");
    assert_eq!(timestamp::format(&read).as_deref(), Ok("2024-05-01T12:00:00.000Z"));
}
