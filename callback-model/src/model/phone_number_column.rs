//! `PhoneNumberColumn`: a contact-list column that holds a phone number.

use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// A column of a contact list that holds a phone number, and what kind of number it is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[serde(rename_all = "camelCase", remote = "Self")]
pub struct PhoneNumberColumn {
    /// The column's name in the contact list.
    #[serde(skip_serializing_if = "Option::is_none")]
    column_name: Option<String>,

    /// The kind of number in the column: `cell`, `home`, `work`, ... (free text).
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<String>,
}

crate::strict::strict_struct!(PhoneNumberColumn);
