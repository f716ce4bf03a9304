//! `CreateCallbackResponse`: what the API answers to the creation of a callback.

use super::{CallbackIdentifier, DomainEntityRef};
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// The API's answer to `POST /api/v2/conversations/callbacks`: the conversation the
/// new callback belongs to, and the ids of the callback communications of its
/// participants.
///
/// Both fields are required on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct CreateCallbackResponse {
    /// The conversation of the new callback.
    #[validate(nested)]
    conversation: DomainEntityRef,

    /// The ids of the callback communications, one per participant.
    #[builder(each = "callback_identifier")]
    #[validate(nested)]
    callback_identifiers: Vec<CallbackIdentifier>,
}

crate::strict::strict_struct!(CreateCallbackResponse);
