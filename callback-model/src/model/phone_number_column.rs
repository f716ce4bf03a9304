//! `PhoneNumberColumn`: a contact-list column that holds a phone number.

use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// A column of a contact list that holds a phone number, what kind of number it is,
/// and which column holds the times it may be called.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct PhoneNumberColumn {
    /// The column's name in the contact list.
    #[serde(skip_serializing_if = "Option::is_none")]
    column_name: Option<String>,

    /// The kind of number in the column: `cell`, `home`, `work`, ... (free text).
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<String>,

    /// The name of the contact-list column that says when the number in this column
    /// may be called.
    #[serde(skip_serializing_if = "Option::is_none")]
    callable_time_column_name: Option<String>,
}

crate::strict::strict_struct!(PhoneNumberColumn);
