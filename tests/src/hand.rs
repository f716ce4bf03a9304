//! The model's rules written out by hand with the public predicates, building the
//! path and pointer strings only for a violation: the baseline of the validate bench,
//! and the property tests' account of which rules a Callback breaks. And an invalid
//! Callback with five violations.

use crate::at;
use callback_model::rules::{is_blank, is_e164, is_phone, is_uuid};
use callback_model::{Callback, Segment, Wrapup};
use chrono::{DateTime, Utc};

/// One violation as the hand-written rules report it: the same four strings.
#[derive(Debug)]
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

fn push(out: &mut Vec<HandViolation>, path: String, pointer: String, code: &'static str, message: String) {
    out.push(HandViolation { path, pointer, code, message });
}

fn uuid(out: &mut Vec<HandViolation>, value: Option<&str>, rust: &str, wire: &str) {
    if value.is_some_and(|v| !is_uuid(v)) {
        push(out, rust.to_owned(), format!("/{wire}"), "uuid", "must be a UUID".to_owned());
    }
}

fn not_before(
    out: &mut Vec<HandViolation>,
    value: Option<DateTime<Utc>>,
    other: Option<DateTime<Utc>>,
    place: impl FnOnce() -> (String, String),
    other_name: &str,
) {
    if let (Some(value), Some(other)) = (value, other) {
        if value < other {
            let (rust, pointer) = place();
            push(out, rust, pointer, "not_before", format!("must not be before {other_name}"));
        }
    }
}

/// The rules of SPEC section 4, written out by hand.
///
/// # Errors
///
/// Every violation, in the order the derived `validate` reports them.
pub fn hand_validate(callback: &Callback) -> Result<(), Vec<HandViolation>> {
    let mut out = Vec::new();
    uuid(&mut out, callback.id(), "id", "id");
    for (i, segment) in callback.segments().unwrap_or_default().iter().enumerate() {
        not_before(
            &mut out,
            segment.end_time(),
            Some(segment.start_time()),
            || (format!("segments[{i}].end_time"), format!("/segments/{i}/endTime")),
            "startTime",
        );
    }
    if let Some(preview) = callback.dialer_preview() {
        uuid(&mut out, preview.contact_list_id(), "dialer_preview.contact_list_id", "dialerPreview/contactListId");
        uuid(&mut out, preview.campaign_id(), "dialer_preview.campaign_id", "dialerPreview/campaignId");
    }
    for (i, number) in callback.callback_numbers().unwrap_or_default().iter().enumerate() {
        if is_blank(number) {
            push(
                &mut out,
                format!("callback_numbers[{i}]"),
                format!("/callbackNumbers/{i}"),
                "non_blank",
                "must not be blank".to_owned(),
            );
        }
        if !is_phone(number) {
            push(
                &mut out,
                format!("callback_numbers[{i}]"),
                format!("/callbackNumbers/{i}"),
                "phone",
                "must be dialable".to_owned(),
            );
        }
    }
    uuid(&mut out, callback.script_id(), "script_id", "scriptId");
    if let Some(timeout) = callback.timeout_seconds().filter(|t| *t < 0) {
        push(
            &mut out,
            "timeout_seconds".to_owned(),
            "/timeoutSeconds".to_owned(),
            "range",
            format!("must be at least 0 (is {timeout})"),
        );
    }
    let field = |rust: &'static str, wire: &'static str| move || (rust.to_owned(), format!("/{wire}"));
    not_before(
        &mut out,
        callback.connected_time(),
        callback.start_alerting_time(),
        field("connected_time", "connectedTime"),
        "startAlertingTime",
    );
    uuid(
        &mut out,
        callback.automated_callback_config_id(),
        "automated_callback_config_id",
        "automatedCallbackConfigId",
    );
    uuid(&mut out, callback.peer_id(), "peer_id", "peerId");
    if let Some(wrapup) = callback.wrapup() {
        for (i, tag) in wrapup.tags().unwrap_or_default().iter().enumerate() {
            if is_blank(tag) {
                push(
                    &mut out,
                    format!("wrapup.tags[{i}]"),
                    format!("/wrapup/tags/{i}"),
                    "non_blank",
                    "must not be blank".to_owned(),
                );
            }
        }
        if let Some(duration) = wrapup.duration_seconds().filter(|d| *d < 0) {
            push(
                &mut out,
                "wrapup.duration_seconds".to_owned(),
                "/wrapup/durationSeconds".to_owned(),
                "range",
                format!("must be at least 0 (is {duration})"),
            );
        }
    }
    since_86(callback, &mut out);
    let (earlier, name) = match (callback.connected_time(), callback.start_alerting_time()) {
        (Some(connected), _) => (Some(connected), "connectedTime"),
        (None, alerting) => (alerting, "startAlertingTime"),
    };
    not_before(&mut out, callback.disconnected_time(), earlier, field("disconnected_time", "disconnectedTime"), name);
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// The rules of the fields new since SDK 86.0.0: the after-call work does not end
/// before it starts, the caller id is E.164, the queue's durations are not negative.
fn since_86(callback: &Callback, out: &mut Vec<HandViolation>) {
    if let Some(work) = callback.after_call_work() {
        let place = || ("after_call_work.end_time".to_owned(), "/afterCallWork/endTime".to_owned());
        not_before(out, work.end_time(), work.start_time(), place, "startTime");
    }
    if callback.caller_id().is_some_and(|id| !is_e164(id)) {
        let message = "must be an E.164 number".to_owned();
        push(out, "caller_id".to_owned(), "/callerId".to_owned(), "e164", message);
    }
    if let Some(settings) = callback.queue_media_settings() {
        let durations = [
            ("alerting_timeout_seconds", "alertingTimeoutSeconds", settings.alerting_timeout_seconds().map(f64::from)),
            ("auto_answer_alert_tone_seconds", "autoAnswerAlertToneSeconds", settings.auto_answer_alert_tone_seconds()),
            (
                "manual_answer_alert_tone_seconds",
                "manualAnswerAlertToneSeconds",
                settings.manual_answer_alert_tone_seconds(),
            ),
        ];
        for (rust, wire, value) in durations {
            if let Some(value) = value.filter(|v| v.is_nan() || *v < 0.0) {
                let (path, pointer) = (format!("queue_media_settings.{rust}"), format!("/queueMediaSettings/{wire}"));
                push(out, path, pointer, "range", format!("must be at least 0 (is {value})"));
            }
        }
    }
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
