//! `Voicemail`: the recording behind a callback that came from voicemail.

use super::UploadStatus;
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// The voicemail a customer left, when the callback came from an ACD voicemail.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct Voicemail {
    /// The id of the voicemail.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,

    /// How far the recording's upload has come.
    #[serde(skip_serializing_if = "Option::is_none")]
    upload_status: Option<UploadStatus>,
}

crate::strict::strict_struct!(Voicemail);
