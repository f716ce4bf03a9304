//! `CallbackIdentifier`: the id of one participant's callback.

use super::CallbackIdentifierType;
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// The id of the callback communication of one participant of a newly created
/// callback, and which participant that is.
///
/// Both fields are required on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct CallbackIdentifier {
    /// Which participant the callback belongs to.
    r#type: CallbackIdentifierType,

    /// The id of that participant's callback communication.
    id: String,
}

crate::strict::strict_struct!(CallbackIdentifier);
