//! Structs shaped like [`Callback`](callback_model::Callback) and its parts, with
//! public fields, so that the builder can be compared with a struct literal making the
//! same value.

use callback_model::{Builder, CallbackState, DisconnectType};
use chrono::{DateTime, Utc};

/// Like `Segment`: one required field.
#[derive(Debug, Clone, PartialEq, Builder)]
pub struct ShapedSegment {
    /// When it began.
    pub start_time: DateTime<Utc>,
    /// When it ended.
    pub end_time: Option<DateTime<Utc>>,
    /// What happened.
    pub r#type: Option<String>,
    /// How it ended.
    pub how_ended: Option<String>,
}

/// Like `Wrapup`.
#[derive(Debug, Clone, PartialEq, Default, Builder)]
pub struct ShapedWrapup {
    /// The code.
    pub code: Option<String>,
    /// The tags.
    #[builder(each = "tag")]
    pub tags: Option<Vec<String>>,
    /// The duration.
    pub duration_seconds: Option<i32>,
}

/// Like `Callback`: every field optional, collections with pushers, nested values.
#[derive(Debug, Clone, PartialEq, Default, Builder)]
pub struct ShapedCallback {
    /// The state.
    pub state: Option<CallbackState>,
    /// The id.
    pub id: Option<String>,
    /// The timeline.
    #[builder(each = "segment")]
    pub segments: Option<Vec<ShapedSegment>>,
    /// Held or not.
    pub held: Option<bool>,
    /// Why it ended.
    pub disconnect_type: Option<DisconnectType>,
    /// The numbers to call.
    #[builder(each = "callback_number")]
    pub callback_numbers: Option<Vec<String>>,
    /// Who asked.
    pub callback_user_name: Option<String>,
    /// The script.
    pub script_id: Option<String>,
    /// The timeout.
    pub timeout_seconds: Option<i32>,
    /// When it alerted.
    pub start_alerting_time: Option<DateTime<Utc>>,
    /// When it connected.
    pub connected_time: Option<DateTime<Utc>>,
    /// When it disconnected.
    pub disconnected_time: Option<DateTime<Utc>>,
    /// The provider.
    pub provider: Option<String>,
    /// The peer.
    pub peer_id: Option<String>,
    /// The wrap-up.
    pub wrapup: Option<ShapedWrapup>,
}
