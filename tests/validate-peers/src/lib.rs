//! The model types of a Callback as a garde or validator user would write them: the same fields
//! and wire names as `callback_model`'s, plain std / chrono types (the string enums are
//! `Option<String>`), and the same rules, as each crate can say them. garde and
//! validator have no uuid, phone, non-blank or not-before rule: those are custom
//! functions calling the floor's own predicates (`callback_tests::hand`), so the two
//! differ from the floor only in their glue.
//!
//! Both derives sit on one set of structs; each reads only its own attribute
//! (`#[garde(..)]`, `#[validate(..)]`). The values are read from the JSON of the model's
//! value, so all four validate the same data; a field the copy lacks is an error
//! (`deny_unknown_fields`), so the copy cannot fall behind the model unseen.

#![allow(clippy::ptr_arg, clippy::trivially_copy_pass_by_ref, clippy::missing_errors_doc)] // the crates' custom-rule signatures

use callback_tests::hand::{e164_ok, non_blank_ok, phone_ok, uuid_ok};
use chrono::{DateTime, Utc};
use serde::Deserialize;
// validator's `nested` calls `.validate()` on the field: its trait must be in scope.
use validator::{Validate as _, ValidationError};

type Time = Option<DateTime<Utc>>;

/// `Callback`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
#[garde(custom(garde_rules::disconnected_not_before_start))]
#[validate(schema(function = "validator_rules::callback_times"))]
pub struct Callback {
    pub state: Option<String>,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub id: Option<String>,
    #[garde(dive)]
    #[validate(nested)]
    pub segments: Option<Vec<Segment>>,
    pub direction: Option<String>,
    pub held: Option<bool>,
    pub disconnect_type: Option<String>,
    pub start_hold_time: Time,
    #[garde(dive)]
    #[validate(nested)]
    pub dialer_preview: Option<DialerPreview>,
    #[garde(dive)]
    #[validate(nested)]
    pub voicemail: Option<Voicemail>,
    #[garde(inner(inner(custom(garde_rules::non_blank), custom(garde_rules::phone))))]
    #[validate(custom(function = "validator_rules::callback_numbers"))]
    pub callback_numbers: Option<Vec<String>>,
    pub callback_user_name: Option<String>,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub script_id: Option<String>,
    pub external_campaign: Option<bool>,
    pub skip_enabled: Option<bool>,
    #[garde(range(min = 0))]
    #[validate(range(min = 0))]
    pub timeout_seconds: Option<i32>,
    pub start_alerting_time: Time,
    #[garde(custom(garde_rules::not_before(self.start_alerting_time.as_ref())))]
    pub connected_time: Time,
    pub disconnected_time: Time,
    pub callback_scheduled_time: Time,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub automated_callback_config_id: Option<String>,
    pub provider: Option<String>,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub peer_id: Option<String>,
    #[garde(dive)]
    #[validate(nested)]
    pub wrapup: Option<Wrapup>,
    pub initial_state: Option<String>,
    #[garde(dive)]
    #[validate(nested)]
    pub after_call_work: Option<AfterCallWork>,
    pub after_call_work_required: Option<bool>,
    #[garde(inner(custom(garde_rules::e164)))]
    #[validate(custom(function = "validator_rules::e164"))]
    pub caller_id: Option<String>,
    pub caller_id_name: Option<String>,
    #[garde(dive)]
    #[validate(nested)]
    pub queue_media_settings: Option<ConversationQueueMediaSettings>,
}

/// `AfterCallWork`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
#[validate(schema(function = "validator_rules::after_call_work_times"))]
pub struct AfterCallWork {
    pub start_time: Time,
    #[garde(custom(garde_rules::not_before(self.start_time.as_ref())))]
    pub end_time: Time,
    pub state: Option<String>,
}

/// `ConversationQueueMediaSettings`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
pub struct ConversationQueueMediaSettings {
    #[garde(range(min = 0))]
    #[validate(range(min = 0))]
    pub alerting_timeout_seconds: Option<i32>,
    #[garde(range(min = 0.0))]
    #[validate(range(min = 0.0))]
    pub auto_answer_alert_tone_seconds: Option<f64>,
    #[garde(range(min = 0.0))]
    #[validate(range(min = 0.0))]
    pub manual_answer_alert_tone_seconds: Option<f64>,
    pub enable_auto_answer: Option<bool>,
}

/// `Segment`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
#[validate(schema(function = "validator_rules::segment_times"))]
pub struct Segment {
    pub start_time: DateTime<Utc>,
    #[garde(custom(garde_rules::not_before(Some(&self.start_time))))]
    pub end_time: Time,
    pub r#type: Option<String>,
    pub how_ended: Option<String>,
    pub disconnect_type: Option<String>,
}

/// `DialerPreview`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
pub struct DialerPreview {
    pub id: Option<String>,
    pub contact_id: Option<String>,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub contact_list_id: Option<String>,
    #[garde(inner(custom(garde_rules::uuid)))]
    #[validate(custom(function = "validator_rules::uuid"))]
    pub campaign_id: Option<String>,
    #[garde(dive)]
    #[validate(nested)]
    pub phone_number_columns: Option<Vec<PhoneNumberColumn>>,
    pub callback_auto_answer: Option<bool>,
}

/// `PhoneNumberColumn`: no rules.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
pub struct PhoneNumberColumn {
    pub column_name: Option<String>,
    pub r#type: Option<String>,
    pub callable_time_column_name: Option<String>,
}

/// `Voicemail`: no rules.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
pub struct Voicemail {
    pub id: Option<String>,
    pub upload_status: Option<String>,
}

/// `Wrapup`.
#[derive(Debug, Deserialize, garde::Validate, validator::Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[garde(allow_unvalidated)]
pub struct Wrapup {
    pub code: Option<String>,
    pub name: Option<String>,
    pub notes: Option<String>,
    #[garde(inner(inner(custom(garde_rules::non_blank))))]
    #[validate(custom(function = "validator_rules::tags"))]
    pub tags: Option<Vec<String>>,
    #[garde(range(min = 0))]
    #[validate(range(min = 0))]
    pub duration_seconds: Option<i32>,
    pub end_time: Time,
    pub provisional: Option<bool>,
}

/// `disconnected_time` compared with `connected_time`, else `start_alerting_time`.
fn disconnected_too_early(callback: &Callback) -> bool {
    let earlier = callback.connected_time.or(callback.start_alerting_time);
    matches!((callback.disconnected_time, earlier), (Some(value), Some(earlier)) if value < earlier)
}

/// garde's custom rules: `fn(&T, &Context) -> garde::Result`.
pub mod garde_rules {
    use super::{Callback, DateTime, Utc, disconnected_too_early, e164_ok, non_blank_ok, phone_ok, uuid_ok};

    /// `uuid`.
    pub fn uuid(value: &String, _: &()) -> garde::Result {
        if uuid_ok(value) { Ok(()) } else { Err(garde::Error::new("must be a UUID")) }
    }

    /// `e164`.
    pub fn e164(value: &String, _: &()) -> garde::Result {
        if e164_ok(value) { Ok(()) } else { Err(garde::Error::new("must be an E.164 number")) }
    }

    /// `non_blank`.
    pub fn non_blank(value: &String, _: &()) -> garde::Result {
        if non_blank_ok(value) { Ok(()) } else { Err(garde::Error::new("must not be blank")) }
    }

    /// `phone`.
    pub fn phone(value: &String, _: &()) -> garde::Result {
        if phone_ok(value) { Ok(()) } else { Err(garde::Error::new("must be dialable")) }
    }

    /// `not_before = other`.
    pub fn not_before(other: Option<&DateTime<Utc>>) -> impl FnOnce(&Option<DateTime<Utc>>, &()) -> garde::Result + '_ {
        move |value, ()| match (value, other) {
            (Some(value), Some(other)) if value < other => Err(garde::Error::new("must not be before")),
            _ => Ok(()),
        }
    }

    /// The struct rule on `disconnected_time`.
    pub fn disconnected_not_before_start(callback: &Callback, _: &()) -> garde::Result {
        if disconnected_too_early(callback) { Err(garde::Error::new("disconnected too early")) } else { Ok(()) }
    }
}

/// validator's custom rules: `fn(&T) -> Result<(), ValidationError>`; validator has no
/// per-element rule, so the lists' functions check each element.
pub mod validator_rules {
    use super::{
        AfterCallWork, Callback, Segment, ValidationError, disconnected_too_early, e164_ok, non_blank_ok, phone_ok,
        uuid_ok,
    };

    /// `uuid`.
    pub fn uuid(value: &str) -> Result<(), ValidationError> {
        if uuid_ok(value) { Ok(()) } else { Err(ValidationError::new("uuid")) }
    }

    /// `e164`.
    pub fn e164(value: &str) -> Result<(), ValidationError> {
        if e164_ok(value) { Ok(()) } else { Err(ValidationError::new("e164")) }
    }

    /// `end_time` not before `start_time`.
    pub fn after_call_work_times(work: &AfterCallWork) -> Result<(), ValidationError> {
        match (work.end_time, work.start_time) {
            (Some(end), Some(start)) if end < start => Err(ValidationError::new("not_before")),
            _ => Ok(()),
        }
    }

    /// `each(non_blank, phone)`.
    pub fn callback_numbers(numbers: &Vec<String>) -> Result<(), ValidationError> {
        if numbers.iter().all(|n| non_blank_ok(n) && phone_ok(n)) { Ok(()) } else { Err(ValidationError::new("phone")) }
    }

    /// `each(non_blank)`.
    pub fn tags(tags: &Vec<String>) -> Result<(), ValidationError> {
        if tags.iter().all(|t| non_blank_ok(t)) { Ok(()) } else { Err(ValidationError::new("non_blank")) }
    }

    /// `end_time` not before `start_time`.
    pub fn segment_times(segment: &Segment) -> Result<(), ValidationError> {
        match segment.end_time {
            Some(end) if end < segment.start_time => Err(ValidationError::new("not_before")),
            _ => Ok(()),
        }
    }

    /// `connected_time` not before `start_alerting_time`, and the struct rule on
    /// `disconnected_time`.
    pub fn callback_times(callback: &Callback) -> Result<(), ValidationError> {
        let connected_early = matches!(
            (callback.connected_time, callback.start_alerting_time),
            (Some(connected), Some(alerting)) if connected < alerting
        );
        if connected_early || disconnected_too_early(callback) {
            Err(ValidationError::new("not_before"))
        } else {
            Ok(())
        }
    }
}
