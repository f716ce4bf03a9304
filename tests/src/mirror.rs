//! Plain mirrors of [`Callback`](callback_model::Callback) and the types it nests: the
//! same fields, in the same order, of the same types, public, and no code of their
//! own: the baseline a struct literal builds in the `construct_full` bench, against
//! the model's builders.
//!
//! Each mirror has the model type's name, so that the derived `Debug` of both reads
//! the same for the same value; that is how the bench checks, before it times
//! anything, that both make the same value. `Debug` is the only derive.

use callback_model::{AfterCallWorkState, CallbackState, Direction, DisconnectType, UploadStatus};
use chrono::{DateTime, Utc};

/// Mirrors `callback_model::Callback`.
#[derive(Debug)]
pub struct Callback {
    pub state: Option<CallbackState>,
    pub initial_state: Option<CallbackState>,
    pub id: Option<String>,
    pub segments: Option<Vec<Segment>>,
    pub direction: Option<Direction>,
    pub held: Option<bool>,
    pub disconnect_type: Option<DisconnectType>,
    pub start_hold_time: Option<DateTime<Utc>>,
    pub dialer_preview: Option<DialerPreview>,
    pub voicemail: Option<Voicemail>,
    pub callback_numbers: Option<Vec<String>>,
    pub callback_user_name: Option<String>,
    pub script_id: Option<String>,
    pub external_campaign: Option<bool>,
    pub skip_enabled: Option<bool>,
    pub timeout_seconds: Option<i32>,
    pub start_alerting_time: Option<DateTime<Utc>>,
    pub connected_time: Option<DateTime<Utc>>,
    pub disconnected_time: Option<DateTime<Utc>>,
    pub callback_scheduled_time: Option<DateTime<Utc>>,
    pub automated_callback_config_id: Option<String>,
    pub provider: Option<String>,
    pub peer_id: Option<String>,
    pub wrapup: Option<Wrapup>,
    pub after_call_work: Option<AfterCallWork>,
    pub after_call_work_required: Option<bool>,
    pub caller_id: Option<String>,
    pub caller_id_name: Option<String>,
    pub queue_media_settings: Option<ConversationQueueMediaSettings>,
}

/// Mirrors `callback_model::Segment`.
#[derive(Debug)]
pub struct Segment {
    pub start_time: DateTime<Utc>,
    pub end_time: Option<DateTime<Utc>>,
    pub r#type: Option<String>,
    pub how_ended: Option<String>,
    pub disconnect_type: Option<String>,
}

/// Mirrors `callback_model::DialerPreview`.
#[derive(Debug)]
pub struct DialerPreview {
    pub id: Option<String>,
    pub contact_id: Option<String>,
    pub contact_list_id: Option<String>,
    pub campaign_id: Option<String>,
    pub phone_number_columns: Option<Vec<PhoneNumberColumn>>,
    pub callback_auto_answer: Option<bool>,
}

/// Mirrors `callback_model::PhoneNumberColumn`.
#[derive(Debug)]
pub struct PhoneNumberColumn {
    pub column_name: Option<String>,
    pub r#type: Option<String>,
    pub callable_time_column_name: Option<String>,
}

/// Mirrors `callback_model::Voicemail`.
#[derive(Debug)]
pub struct Voicemail {
    pub id: Option<String>,
    pub upload_status: Option<UploadStatus>,
}

/// Mirrors `callback_model::Wrapup`.
#[derive(Debug)]
pub struct Wrapup {
    pub code: Option<String>,
    pub name: Option<String>,
    pub notes: Option<String>,
    pub tags: Option<Vec<String>>,
    pub duration_seconds: Option<i32>,
    pub end_time: Option<DateTime<Utc>>,
    pub provisional: Option<bool>,
}

/// Mirrors `callback_model::AfterCallWork`.
#[derive(Debug)]
pub struct AfterCallWork {
    pub start_time: Option<DateTime<Utc>>,
    pub end_time: Option<DateTime<Utc>>,
    pub state: Option<AfterCallWorkState>,
}

/// Mirrors `callback_model::ConversationQueueMediaSettings`.
#[derive(Debug)]
pub struct ConversationQueueMediaSettings {
    pub alerting_timeout_seconds: Option<i32>,
    pub auto_answer_alert_tone_seconds: Option<f64>,
    pub manual_answer_alert_tone_seconds: Option<f64>,
    pub enable_auto_answer: Option<bool>,
}
