//! `CreateCallbackCommand`: the body of a request that creates a callback.

use super::{CustomerFirstCallbackDeliveryMode, RoutingData};
use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The body of `POST /api/v2/conversations/callbacks`: a request to call a customer
/// back, at a number they gave, through a queue, now or at a scheduled time.
///
/// `callback_numbers` is required on the wire, and must hold at least one number.
/// The API also needs a queue: at least one of `queue_id` and `routing_data` (which
/// names a queue of its own, and more); both may be given.
///
/// Rules (`validate`): at least one callback number, each non-blank and dialable; the
/// script and queue ids are UUIDs; the caller id is an E.164 number; the routing data
/// follows its own rules.
///
/// ```
/// use callback_model::{CreateCallbackCommand, json};
///
/// let command = CreateCallbackCommand::builder()
///     .callback_number("+13175550142")
///     .queue_id("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
///     .callback_user_name("Ada Lovelace")
///     .try_build()
///     .expect("valid");
/// assert_eq!(
///     json::to_string(&command).unwrap(),
///     r#"{"queueId":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d","callbackUserName":"Ada Lovelace","callbackNumbers":["+13175550142"]}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
#[validate(at_least_one_of(queue_id, routing_data))]
pub struct CreateCallbackCommand {
    /// The id of the script the agent follows on the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    script_id: Option<String>,

    /// The id of the queue the callback waits in; either this or `routing_data` is
    /// needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    queue_id: Option<String>,

    /// How the callback is routed (its queue, skills, preferred agents, ...); either
    /// this or `queue_id` is needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    routing_data: Option<RoutingData>,

    /// For a customer-first callback, whether an agent is reserved before the customer
    /// is dialed; absent means as the queue says.
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_first_callback_delivery_mode: Option<CustomerFirstCallbackDeliveryMode>,

    /// The name of the person to call back.
    #[serde(skip_serializing_if = "Option::is_none")]
    callback_user_name: Option<String>,

    /// The numbers to call, in order; at least one.
    #[builder(each = "callback_number")]
    #[validate(length(min = 1), each(non_blank, phone))]
    callback_numbers: Vec<String>,

    /// When to place the call; absent means as soon as an agent is free.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    callback_scheduled_time: Option<DateTime<Utc>>,

    /// The country the callback numbers belong to, for numbers written without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Option<String>,

    /// True to have the platform check that the callback numbers are well-formed
    /// phone numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    validate_callback_numbers: Option<bool>,

    /// Key-value data to attach to the callback; it appears in the attributes of the
    /// conversation's participant (`{"notes": "ready to close the deal"}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<BTreeMap<String, String>>,

    /// The number the customer sees calling, as an E.164 number (`+13175550100`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(e164)]
    caller_id: Option<String>,

    /// The name the customer sees calling.
    #[serde(skip_serializing_if = "Option::is_none")]
    caller_id_name: Option<String>,
}

crate::strict::strict_struct!(CreateCallbackCommand);
