//! `Callback`: a request to call a customer back, and the call that follows.

use super::{
    AfterCallWork, CallbackState, ConversationQueueMediaSettings, DialerPreview, Direction, DisconnectType, Segment,
    Voicemail, Wrapup,
};
use crate::validate::{Report, rules};
use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A callback communication: a customer asked to be called back, and this is that
/// request and the call made to honour it, as one participant of a conversation sees
/// it.
///
/// Every field is optional. Read it through its getters; make one with
/// [`Callback::builder`] or by parsing JSON. The fields are those of SDK 270.0.0:
/// `initial_state`, `after_call_work`, `after_call_work_required`, `caller_id`,
/// `caller_id_name` and `queue_media_settings` are new since 86.0.0.
///
/// Rules (`validate`): the ids that are UUIDs are checked as UUIDs, callback numbers
/// must be dialable, `timeout_seconds` is not negative, a callback is not connected
/// before it alerted nor disconnected before it connected (or alerted), the caller id
/// is an E.164 number, and the nested segments, preview, voicemail, wrap-up, after-call
/// work and queue settings follow their own rules.
///
/// `PartialEq` but not `Eq`: the queue settings hold `f64` durations.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
#[validate(check = disconnected_not_before_start)]
#[allow(clippy::struct_field_names)] // the wire format's names: `callbackNumbers`, ...
pub struct Callback {
    /// Where the callback is in its life.
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<CallbackState>,

    /// The state the callback was in when it first appeared in the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    initial_state: Option<CallbackState>,

    /// The id of this communication, unique across the platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    id: Option<String>,

    /// The timeline of the callback, one segment per activity (alerting, talking,
    /// hold, wrap-up, ...), oldest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "segment")]
    #[validate(nested)]
    segments: Option<Vec<Segment>>,

    /// Whether the customer asked for the call or the contact center placed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<Direction>,

    /// True while this side is on hold and the customer hears silence.
    #[serde(skip_serializing_if = "Option::is_none")]
    held: Option<bool>,

    /// Why the communication ended; absent until it does. A leg still `connected` in
    /// after-call work may already carry one.
    #[serde(skip_serializing_if = "Option::is_none")]
    disconnect_type: Option<DisconnectType>,

    /// When this side was put on hold, by the platform's clock; present only while on
    /// hold.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    start_hold_time: Option<DateTime<Utc>>,

    /// What the agent sees before the call is placed, when the callback is a preview.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    dialer_preview: Option<DialerPreview>,

    /// The voicemail behind the callback, when it came from an ACD voicemail.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    voicemail: Option<Voicemail>,

    /// The numbers to try when placing the call, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "callback_number")]
    #[validate(each(non_blank, phone))]
    callback_numbers: Option<Vec<String>>,

    /// The name the customer gave when asking for the callback.
    #[serde(skip_serializing_if = "Option::is_none")]
    callback_user_name: Option<String>,

    /// The id of the script the agent follows on this call.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    script_id: Option<String>,

    /// True when the call is dialed outside the platform (an external campaign).
    #[serde(skip_serializing_if = "Option::is_none")]
    external_campaign: Option<bool>,

    /// True when the agent may skip this callback.
    #[serde(skip_serializing_if = "Option::is_none")]
    skip_enabled: Option<bool>,

    /// Seconds before the platform places the call by itself; 0 turns that off.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0))]
    timeout_seconds: Option<i32>,

    /// When the communication first started alerting.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    start_alerting_time: Option<DateTime<Utc>>,

    /// When the communication was connected, by the platform's clock.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[validate(not_before = start_alerting_time)]
    #[accessors(copy)]
    connected_time: Option<DateTime<Utc>>,

    /// When the communication left the conversation, by the provider's clock.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    disconnected_time: Option<DateTime<Utc>>,

    /// When the call is to be placed, by the provider's clock; absent means as soon as
    /// possible.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    callback_scheduled_time: Option<DateTime<Utc>>,

    /// The id of the configuration that places the call and records its outcome
    /// automatically; absent means an agent handles it as usual.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    automated_callback_config_id: Option<String>,

    /// Who the callback came from (the source provider).
    #[serde(skip_serializing_if = "Option::is_none")]
    provider: Option<String>,

    /// The id of the matching leg of this communication on the other side.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    peer_id: Option<String>,

    /// The wrap-up (disposition) the agent gave the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    wrapup: Option<Wrapup>,

    /// The agent's work on the callback once the customer is gone.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    after_call_work: Option<AfterCallWork>,

    /// True when the agent must do after-call work; used only when the queue leaves
    /// that to the agent's request.
    #[serde(skip_serializing_if = "Option::is_none")]
    after_call_work_required: Option<bool>,

    /// The number the customer sees calling, as an E.164 number (`+13175550100`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(e164)]
    caller_id: Option<String>,

    /// The name the customer sees calling.
    #[serde(skip_serializing_if = "Option::is_none")]
    caller_id_name: Option<String>,

    /// The queue's settings for callbacks, as they apply to this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    queue_media_settings: Option<ConversationQueueMediaSettings>,
}

/// `disconnected_time` is not before `connected_time`, or, when the callback never
/// connected, not before `start_alerting_time`.
fn disconnected_not_before_start(callback: &Callback, report: &mut Report<'_>) {
    let Some(disconnected) = &callback.disconnected_time else {
        return;
    };
    let (earlier, name) = match (&callback.connected_time, &callback.start_alerting_time) {
        (Some(connected), _) => (connected, "connectedTime"),
        (None, Some(alerting)) => (alerting, "startAlertingTime"),
        (None, None) => return,
    };
    if let Err(violation) = rules::not_before(disconnected, Some(earlier), name) {
        report.push_at("disconnected_time", "disconnectedTime", violation);
    }
}

crate::strict::strict_struct!(Callback);
