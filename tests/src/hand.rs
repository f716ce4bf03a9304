//! The model's rules written out by hand, the plain way: small predicates of its own
//! (sharing no code with `callback_model::rules`), the same violations as the derived
//! `validate` (path, pointer, code and message), the strings built only for a
//! violation. It is the validate bench's baseline (the floor: what a careful user
//! writes without a validation crate) and the property tests' independent account of
//! which rules a Callback breaks. And an invalid Callback with five violations.
//!
//! Adding a field's rule is one line in [`hand_validate`]: `uuid(..)`, `e164(..)`,
//! `min_zero(..)`, `not_before(..)`, or a loop over `each_string(..)`.

use crate::at;
use callback_model::{Callback, Segment, Wrapup};
use chrono::{DateTime, Utc};
use std::cmp::Ordering;
use std::fmt::Display;

/// One violation as the hand-written rules report it: the same four strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandViolation {
    path: String,
    pointer: String,
    code: &'static str,
    message: String,
}

impl HandViolation {
    /// The Rust path: `segments[1].end_time`.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The JSON pointer, in wire names: `/segments/1/endTime`.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The rule's code: `not_before`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The message.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

// ---------------------------------------------------------------------------------
// The predicates, written the plain way (public for the peers' bench,
// tests/validate-peers, whose garde and validator rules call them too).

fn hex(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_hexdigit)
}

/// 8-4-4-4-12 hex digits joined by hyphens.
#[inline]
#[must_use]
pub fn uuid_ok(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 36
        && b[8] == b'-'
        && b[13] == b'-'
        && b[18] == b'-'
        && b[23] == b'-'
        && hex(&b[..8])
        && hex(&b[9..13])
        && hex(&b[14..18])
        && hex(&b[19..23])
        && hex(&b[24..])
}

/// `+`, then 2 to 15 digits, the first not 0.
#[inline]
#[must_use]
pub fn e164_ok(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 3 && b.len() <= 16 && b[0] == b'+' && b[1] != b'0' && b[1..].iter().all(u8::is_ascii_digit)
}

/// An optional `tel:` (any case) and `+`, then digits and the separators ` -.()`, with
/// 3 to 15 digits.
#[inline]
#[must_use]
pub fn phone_ok(text: &str) -> bool {
    let mut b = text.as_bytes();
    if b.len() >= 4 && b[..4].eq_ignore_ascii_case(b"tel:") {
        b = &b[4..];
    }
    if let [b'+', rest @ ..] = b {
        b = rest;
    }
    let mut digits = 0;
    for &c in b {
        if c.is_ascii_digit() {
            digits += 1;
        } else if !matches!(c, b' ' | b'-' | b'.' | b'(' | b')') {
            return false;
        }
    }
    (3..=15).contains(&digits)
}

/// Something other than white space.
#[inline]
#[must_use]
pub fn non_blank_ok(text: &str) -> bool {
    !text.trim_start().is_empty()
}

// ---------------------------------------------------------------------------------
// The rules: each checks one value and, when it is broken, adds one violation.

const UUID: &str = "must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens";
const E164: &str = "must be an E.164 number: `+`, then 2 to 15 digits, the first not 0";
const PHONE: &str = "must be a dialable phone number: 3 to 15 digits, optionally after `tel:` and `+`, separated only by spaces, `-`, `.`, `(` or `)`";
const BLANK: &str = "must not be blank";

/// Where a field is: its Rust path and its JSON pointer, made only for a violation.
type Place<'a> = &'a dyn Fn() -> (String, String);

/// `rust` (`dialer_preview.campaign_id`) and `pointer` (`/dialerPreview/campaignId`).
fn field(rust: &'static str, pointer: &'static str) -> impl Fn() -> (String, String) {
    move || (rust.to_owned(), pointer.to_owned())
}

#[cold]
fn push(out: &mut Vec<HandViolation>, place: Place<'_>, code: &'static str, message: String) {
    let (path, pointer) = place();
    out.push(HandViolation { path, pointer, code, message });
}

fn uuid(out: &mut Vec<HandViolation>, value: Option<&str>, rust: &'static str, pointer: &'static str) {
    if value.is_some_and(|v| !uuid_ok(v)) {
        push(out, &field(rust, pointer), "uuid", UUID.to_owned());
    }
}

fn e164(out: &mut Vec<HandViolation>, value: Option<&str>, rust: &'static str, pointer: &'static str) {
    if value.is_some_and(|v| !e164_ok(v)) {
        push(out, &field(rust, pointer), "e164", E164.to_owned());
    }
}

/// `range(min = 0)`, for integers and floats (`NaN` breaks it).
fn min_zero<N: PartialOrd + Default + Display>(
    out: &mut Vec<HandViolation>,
    value: Option<N>,
    rust: &'static str,
    pointer: &'static str,
) {
    if let Some(value) = value.filter(|v| v.partial_cmp(&N::default()).is_none_or(Ordering::is_lt)) {
        push(out, &field(rust, pointer), "range", format!("must be at least 0 (is {value})"));
    }
}

fn not_before(
    out: &mut Vec<HandViolation>,
    value: Option<DateTime<Utc>>,
    other: Option<DateTime<Utc>>,
    place: Place<'_>,
    other_name: &str,
) {
    if let (Some(value), Some(other)) = (value, other) {
        if value < other {
            push(out, place, "not_before", format!("must not be before {other_name}"));
        }
    }
}

/// Every string of a list, each `non_blank`, and also `phone` when `phone` is set,
/// at `rust[i]` and `pointer/i`.
fn each_string(out: &mut Vec<HandViolation>, list: Option<&[String]>, phone: bool, rust: &str, pointer: &str) {
    for (i, text) in list.unwrap_or_default().iter().enumerate() {
        let place = || (format!("{rust}[{i}]"), format!("{pointer}/{i}"));
        if !non_blank_ok(text) {
            push(out, &place, "non_blank", BLANK.to_owned());
        }
        if phone && !phone_ok(text) {
            push(out, &place, "phone", PHONE.to_owned());
        }
    }
}

/// The rules of SPEC section 4, written out by hand.
///
/// # Errors
///
/// Every violation, in the order the derived `validate` reports them.
pub fn hand_validate(callback: &Callback) -> Result<(), Vec<HandViolation>> {
    let out = &mut Vec::new();
    uuid(out, callback.id(), "id", "/id");
    for (i, segment) in callback.segments().unwrap_or_default().iter().enumerate() {
        let place = || (format!("segments[{i}].end_time"), format!("/segments/{i}/endTime"));
        not_before(out, segment.end_time(), Some(segment.start_time()), &place, "startTime");
    }
    if let Some(preview) = callback.dialer_preview() {
        uuid(out, preview.contact_list_id(), "dialer_preview.contact_list_id", "/dialerPreview/contactListId");
        uuid(out, preview.campaign_id(), "dialer_preview.campaign_id", "/dialerPreview/campaignId");
    }
    each_string(out, callback.callback_numbers(), true, "callback_numbers", "/callbackNumbers");
    uuid(out, callback.script_id(), "script_id", "/scriptId");
    min_zero(out, callback.timeout_seconds(), "timeout_seconds", "/timeoutSeconds");
    let connected = field("connected_time", "/connectedTime");
    not_before(out, callback.connected_time(), callback.start_alerting_time(), &connected, "startAlertingTime");
    uuid(out, callback.automated_callback_config_id(), "automated_callback_config_id", "/automatedCallbackConfigId");
    uuid(out, callback.peer_id(), "peer_id", "/peerId");
    if let Some(wrapup) = callback.wrapup() {
        each_string(out, wrapup.tags(), false, "wrapup.tags", "/wrapup/tags");
        min_zero(out, wrapup.duration_seconds(), "wrapup.duration_seconds", "/wrapup/durationSeconds");
    }
    if let Some(work) = callback.after_call_work() {
        let end = field("after_call_work.end_time", "/afterCallWork/endTime");
        not_before(out, work.end_time(), work.start_time(), &end, "startTime");
    }
    e164(out, callback.caller_id(), "caller_id", "/callerId");
    if let Some(queue) = callback.queue_media_settings() {
        let (alerting, auto, manual) = (
            queue.alerting_timeout_seconds(),
            queue.auto_answer_alert_tone_seconds(),
            queue.manual_answer_alert_tone_seconds(),
        );
        min_zero(
            out,
            alerting,
            "queue_media_settings.alerting_timeout_seconds",
            "/queueMediaSettings/alertingTimeoutSeconds",
        );
        min_zero(
            out,
            auto,
            "queue_media_settings.auto_answer_alert_tone_seconds",
            "/queueMediaSettings/autoAnswerAlertToneSeconds",
        );
        min_zero(
            out,
            manual,
            "queue_media_settings.manual_answer_alert_tone_seconds",
            "/queueMediaSettings/manualAnswerAlertToneSeconds",
        );
    }
    let (earlier, name) = match (callback.connected_time(), callback.start_alerting_time()) {
        (Some(connected), _) => (Some(connected), "connectedTime"),
        (None, alerting) => (alerting, "startAlertingTime"),
    };
    let disconnected = field("disconnected_time", "/disconnectedTime");
    not_before(out, callback.disconnected_time(), earlier, &disconnected, name);
    if out.is_empty() { Ok(()) } else { Err(std::mem::take(out)) }
}

/// Five violations: a bad id, an undialable number, a negative timeout, a segment
/// ending before it starts, and a blank tag.
#[must_use]
pub fn invalid_callback() -> Callback {
    Callback::builder()
        .id("not-a-uuid")
        .callback_number("call me")
        .timeout_seconds(-5)
        .segment(Segment::builder().start_time(at(1, 0)).end_time(at(0, 0)).build())
        .wrapup(Wrapup::builder().tag(" ").build())
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use callback_model::Validate;

    /// Each violation as its four strings.
    fn derived(callback: &Callback) -> Vec<(String, String, String, String)> {
        let errors = callback.validate().err().unwrap_or_default();
        errors
            .iter()
            .map(|v| (v.path().to_owned(), v.json_pointer().to_owned(), v.code().to_owned(), v.message().to_owned()))
            .collect()
    }

    fn hand(callback: &Callback) -> Vec<(String, String, String, String)> {
        hand_validate(callback)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|v| (v.path, v.pointer, v.code.to_owned(), v.message))
            .collect()
    }

    #[test]
    fn the_invalid_callback_breaks_the_same_five_rules_with_the_same_words() {
        let callback = invalid_callback();
        assert_eq!(hand(&callback).len(), 5);
        assert_eq!(hand(&callback), derived(&callback));
    }

    #[test]
    fn the_rules_of_the_fields_new_since_86_have_the_same_words() {
        use callback_model::{AfterCallWork, ConversationQueueMediaSettings};
        let callback = Callback::builder()
            .after_call_work(AfterCallWork::builder().start_time(at(1, 0)).end_time(at(0, 0)).build())
            .caller_id("+0317")
            .queue_media_settings(
                ConversationQueueMediaSettings::builder()
                    .alerting_timeout_seconds(-1)
                    .auto_answer_alert_tone_seconds(-0.5)
                    .manual_answer_alert_tone_seconds(f64::NAN)
                    .build(),
            )
            .build();
        assert_eq!(hand(&callback).len(), 5);
        assert_eq!(hand(&callback), derived(&callback));
    }

    #[test]
    fn the_full_callback_is_valid_by_both() {
        let callback = crate::full_callback();
        assert_eq!(hand(&callback), Vec::new());
        assert_eq!(derived(&callback), Vec::new());
    }

    #[test]
    fn the_predicates_agree_with_the_rules_on_edge_cases() {
        use callback_model::rules::{is_blank, is_e164, is_phone, is_uuid};
        let texts = [
            "",
            " ",
            "\u{2003}",
            " \t\u{2003}x",
            "x",
            "123e4567-e89b-12d3-a456-426614174000",
            "123E4567-E89B-12D3-A456-42661417400G",
            "123e4567e89b-12d3-a456-4266141740000",
            "+12",
            "+02",
            "+1",
            "+123456789012345",
            "+1234567890123456",
            "+1 317",
            "tel:+1 (317) 555-0000",
            "TeL:911",
            "tel:",
            "++911",
            "91",
            "tél:3175551234",
            "1234567890123456",
        ];
        for text in texts {
            assert_eq!(uuid_ok(text), is_uuid(text), "uuid {text:?}");
            assert_eq!(e164_ok(text), is_e164(text), "e164 {text:?}");
            assert_eq!(phone_ok(text), is_phone(text), "phone {text:?}");
            assert_eq!(non_blank_ok(text), !is_blank(text), "non_blank {text:?}");
        }
    }
}
