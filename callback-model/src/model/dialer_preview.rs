//! `DialerPreview`: what the agent sees before a preview call is placed.

use super::PhoneNumberColumn;
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// What the agent sees before the call of a preview callback is placed: which contact,
/// from which list and campaign, and which of its numbers can be dialed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct DialerPreview {
    /// The id of the preview.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,

    /// The id of the contact in its contact list. Dialer contact ids are often 32 hex
    /// digits rather than UUIDs, so no format is checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    contact_id: Option<String>,

    /// The id of the contact list the contact belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    contact_list_id: Option<String>,

    /// The id of the campaign dialing the contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    campaign_id: Option<String>,

    /// The columns of the contact list that hold numbers the agent may dial.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "phone_number_column")]
    #[validate(nested)]
    phone_number_columns: Option<Vec<PhoneNumberColumn>>,

    /// True when the callback is answered automatically once the call is placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    callback_auto_answer: Option<bool>,
}

crate::strict::strict_struct!(DialerPreview);
