//! `AfterCallWork`: the agent's work on a communication once the customer is gone.

use super::AfterCallWorkState;
use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The after-call work of a communication: what the agent does once the customer is
/// gone (notes, the wrap-up), when it started and ended, and how far it has come.
///
/// Every field is optional. Rule (`validate`): it does not end before it starts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct AfterCallWork {
    /// When the after-call work began.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    start_time: Option<DateTime<Utc>>,

    /// When the after-call work ended; absent while it is still going on.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[validate(not_before = start_time)]
    #[accessors(copy)]
    end_time: Option<DateTime<Utc>>,

    /// How far the after-call work has come.
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<AfterCallWorkState>,
}

crate::strict::strict_struct!(AfterCallWork);
