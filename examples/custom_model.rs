//! Custom model: the three derives on structs of your own domain, here a clinic's
//! appointments.
//!
//! Run it with `cargo run --example custom_model`.
//!
//! `Appointment` and `Attendee` derive `Builder` (a typestate builder: `title` and
//! `starts_at` are required, and `.build()` does not compile without them), `Validate`
//! (rules on the fields, a struct-level check, and JSON pointers in the serde wire
//! names) and `Accessors` (getters, and `with_` setters on request). The attribute
//! reference is the `callback_model::attributes` module.

use callback_model::{Accessors, Builder, Report, Valid, Validate, Violation, json};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::error::Error;
use std::io::Write;

/// A visit booked with the clinic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(callback_model::Schema))]
#[serde(rename_all = "camelCase")]
#[validate(check = within_a_day)]
#[accessors(with)]
pub(crate) struct Appointment {
    /// What the visit is for, as the patient reads it.
    #[validate(non_blank, length(max = 60))]
    title: String,

    /// When the visit starts.
    #[serde(with = "callback_model::timestamp")]
    #[cfg_attr(feature = "schema", schema(with = DateTime<Utc>))]
    #[accessors(copy)]
    starts_at: DateTime<Utc>,

    /// When the visit ends; absent while it is open-ended.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "callback_model::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[validate(not_before = starts_at)]
    #[accessors(copy)]
    ends_at: Option<DateTime<Utc>>,

    /// Who comes: one to four people.
    #[builder(each = "attendee")]
    #[validate(length(min = 1, max = 4), nested)]
    attendees: Vec<Attendee>,

    /// How many minutes before the start the reminder goes out; 30 unless set, in the
    /// builder and in JSON alike.
    #[serde(default = "half_an_hour")]
    #[builder(default = half_an_hour())]
    #[validate(range(min = 5, max = 1440))]
    reminder_minutes: u32,

    /// The room: `R` and three digits.
    #[serde(rename = "room", default, skip_serializing_if = "Option::is_none")]
    #[validate(custom = room_code)]
    room_code: Option<String>,
}

/// Someone who comes to an appointment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(callback_model::Schema))]
#[serde(rename_all = "camelCase")]
pub(crate) struct Attendee {
    /// The name to call out in the waiting room.
    #[validate(non_blank)]
    full_name: String,

    /// A number for text reminders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(e164(code = "mobile", message = "must be a mobile number in E.164 form, like +13175551234"))]
    mobile: Option<String>,
}

/// The default of `reminder_minutes`.
fn half_an_hour() -> u32 {
    30
}

/// `custom` rule: `R` and three digits. A `custom` function receives the field's type
/// without its `Option` (here `&String`); a generic `S: AsRef<str>` accepts it and keeps
/// clippy's `ptr_arg` lint quiet.
fn room_code<S: AsRef<str> + ?Sized>(room: &S) -> Result<(), Violation> {
    let room = room.as_ref();
    let digits = room.strip_prefix('R').unwrap_or_default();
    if digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Violation::new("room", format!("must be `R` and three digits, like R101 (is {room:?})")))
    }
}

/// `check` rule, over several fields: an appointment ends within a day of its start.
/// It names the field it reports at, in Rust and on the wire.
fn within_a_day(appointment: &Appointment, report: &mut Report<'_>) {
    if let Some(ends_at) = appointment.ends_at {
        if ends_at - appointment.starts_at > TimeDelta::days(1) {
            report.push_at("ends_at", "endsAt", Violation::new("too_long", "must be within a day of startsAt"));
        }
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    run(&mut std::io::stdout().lock())
}

fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, day, hour, minute, 0).single().unwrap_or_default()
}

fn run(out: &mut impl Write) -> Result<(), Box<dyn Error>> {
    // 1. Build. `title` and `starts_at` are required: leave one out and `.build()`
    //    does not compile, with an error that names it. `reminder_minutes` has a
    //    default; `attendee` adds one element per call.
    let ada = Attendee::builder().full_name("Ada Lovelace").mobile("+13175551234").build();
    let appointment = Appointment::builder()
        .title("Annual check-up")
        .starts_at(at(6, 9, 0))
        .ends_at(at(6, 9, 30))
        .attendee(ada)
        .attendee(Attendee::builder().full_name("Charles Babbage").build())
        .room_code("R101")
        .build();

    // 2. Read it through the getters: `&str`, `&[T]`, `Option<&str>`, and by value
    //    for `Copy` types.
    writeln!(out, "{} at {}", appointment.title(), appointment.starts_at().to_rfc3339())?;
    writeln!(
        out,
        "  room {}, reminder {} minutes before",
        appointment.room_code().unwrap_or("-"),
        appointment.reminder_minutes()
    )?;
    for attendee in appointment.attendees() {
        writeln!(out, "  attendee {} ({})", attendee.full_name(), attendee.mobile().unwrap_or("no mobile"))?;
    }

    // 3. Validate it, and keep the proof: `Valid<Appointment>` derefs to the value.
    let valid: Valid<Appointment> = Valid::new(appointment)?;
    writeln!(out, "valid: {}", json::to_string(&*valid)?)?;

    // 4. `with_` setters (asked for with `#[accessors(with)]`) make a changed copy.
    let moved =
        valid.into_inner().with_starts_at(at(6, 14, 0)).with_ends_at(at(6, 14, 30)).with_reminder_minutes(60_u32);
    writeln!(out, "moved to {}, valid: {}", moved.starts_at().to_rfc3339(), moved.validate().is_ok())?;

    // 5. A bad one: every violation, with its Rust path and its JSON pointer in the
    //    wire names (`rename_all = "camelCase"`, `rename = "room"`).
    let bad = Appointment::builder()
        .title(" ")
        .starts_at(at(6, 9, 0))
        .ends_at(at(8, 9, 0))
        .attendee(Attendee::builder().full_name("Grace Hopper").mobile("555-0100").build())
        .reminder_minutes(1_u32)
        .room_code("kitchen")
        .try_build();
    if let Err(errors) = bad {
        writeln!(out, "bad appointment: {} violations", errors.len())?;
        for violation in &errors {
            writeln!(
                out,
                "  {:<22} {:<24} {} ({})",
                violation.path(),
                violation.json_pointer(),
                violation.message(),
                violation.code()
            )?;
        }
    }

    // 6. Parse straight into `Valid<Appointment>`: the JSON must parse and keep the rules.
    let sent = r#"{"title": "Follow-up", "startsAt": "2024-05-07T10:00:00+02:00", "attendees": []}"#;
    match json::from_str::<Valid<Appointment>>(sent) {
        Ok(valid) => writeln!(out, "parsed {}", valid.title())?,
        Err(error) => writeln!(out, "rejected: {error}")?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn custom_model_builds_reads_validates_and_rejects() {
        let mut out = Vec::new();
        run(&mut out).expect("the example runs");
        let text = String::from_utf8(out).expect("UTF-8 output");
        let expected_lines = [
            "Annual check-up at 2024-05-06T09:00:00+00:00",
            "  room R101, reminder 30 minutes before",
            "  attendee Ada Lovelace (+13175551234)",
            "  attendee Charles Babbage (no mobile)",
            r#"valid: {"title":"Annual check-up","startsAt":"2024-05-06T09:00:00.000Z","endsAt":"2024-05-06T09:30:00.000Z","attendees":[{"fullName":"Ada Lovelace","mobile":"+13175551234"},{"fullName":"Charles Babbage"}],"reminderMinutes":30,"room":"R101"}"#,
            "moved to 2024-05-06T14:00:00+00:00, valid: true",
            "bad appointment: 5 violations",
        ];
        for line in expected_lines {
            assert!(text.lines().any(|l| l == line), "missing line {line:?} in\n{text}");
        }
        for (path, pointer, code) in [
            ("title", "/title", "non_blank"),
            ("attendees[0].mobile", "/attendees/0/mobile", "mobile"),
            ("reminder_minutes", "/reminderMinutes", "range"),
            ("room_code", "/room", "room"),
            ("ends_at", "/endsAt", "too_long"),
        ] {
            assert!(
                text.lines().any(
                    |l| l.starts_with(&format!("  {path:<22} {pointer:<24} ")) && l.ends_with(&format!("({code})"))
                ),
                "missing violation {path} {pointer} {code} in\n{text}"
            );
        }
        let rejected = text.lines().find(|l| l.starts_with("rejected: ")).expect("the JSON is rejected");
        assert!(
            rejected.ends_with("the value breaks 1 rule: /attendees: must have 1 to 4 items (has 0) (length)"),
            "{text}"
        );
    }
}
