//! `PatchCallbackRequest`: the body of a request that changes a scheduled callback.

use super::CustomerFirstCallbackDeliveryMode;
use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The body of `PATCH /api/v2/conversations/callbacks`: changes a scheduled callback
/// (its time, queue, numbers, ...), on behalf of an agent.
///
/// `conversation_id` and `agent_id` are required. Rules (`validate`): the conversation,
/// agent and queue ids are UUIDs; each callback number is non-blank and dialable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct PatchCallbackRequest {
    /// The id of the conversation of the callback to change.
    #[validate(uuid)]
    conversation_id: String,

    /// The id of the queue to move the callback to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    queue_id: Option<String>,

    /// The id of the agent making the change.
    #[validate(uuid)]
    agent_id: String,

    /// The new time to place the call.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    callback_scheduled_time: Option<DateTime<Utc>>,

    /// The country the callback numbers belong to, for numbers written without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Option<String>,

    /// The new numbers to call, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "callback_number")]
    #[validate(each(non_blank, phone))]
    callback_numbers: Option<Vec<String>>,

    /// True to have the platform check that the callback numbers are well-formed
    /// phone numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    validate_callback_numbers: Option<bool>,

    /// For a customer-first callback, whether an agent is reserved before the customer
    /// is dialed.
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_first_callback_delivery_mode: Option<CustomerFirstCallbackDeliveryMode>,
}

crate::strict::strict_struct!(PatchCallbackRequest);
