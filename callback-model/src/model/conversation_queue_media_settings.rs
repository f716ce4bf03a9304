//! `ConversationQueueMediaSettings`: how the queue offers this media type to agents.

use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize, Serializer};

/// The settings of the queue for this media type, as they apply to the communication:
/// how long an agent has to answer, whether it is answered automatically, and how long
/// the alert tone plays.
///
/// Every field is optional. Rules (`validate`): none of the durations is negative.
///
/// The tone durations are `f64`, so this type (and [`Callback`](crate::Callback),
/// which holds it) is `PartialEq` but not `Eq`. JSON has no `NaN` or infinity:
/// writing one is an error, never a silent `null`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct ConversationQueueMediaSettings {
    /// Seconds an agent has to answer before being marked as not responding.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0))]
    alerting_timeout_seconds: Option<i32>,

    /// Seconds the alert tone plays for a communication answered automatically.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "finite")]
    #[validate(range(min = 0))]
    auto_answer_alert_tone_seconds: Option<f64>,

    /// Seconds the alert tone plays for a communication the agent answers by hand.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "finite")]
    #[validate(range(min = 0))]
    manual_answer_alert_tone_seconds: Option<f64>,

    /// True when communications of this media type are answered automatically.
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_auto_answer: Option<bool>,
}

/// Writes a number JSON can say; `NaN` and the infinities, which `serde_json` would
/// write as `null` (read back as absent), are an error.
#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's `serialize_with` signature
fn finite<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(number) if !number.is_finite() => {
            Err(serde::ser::Error::custom(format_args!("{number} cannot be written as a JSON number")))
        }
        _ => value.serialize(serializer),
    }
}

crate::strict::strict_struct!(ConversationQueueMediaSettings);
