//! `Wrapup`: how the agent closed the call.

use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How the agent closed the call: the wrap-up (disposition) code, notes and tags, and
/// how long wrapping up took.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct Wrapup {
    /// The wrap-up code. Usually a UUID, but the platform also has system codes that
    /// are not, so no format is checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,

    /// The wrap-up code's name, as agents see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,

    /// The agent's notes about the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,

    /// Tags the agent attached; none may be blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "tag")]
    #[validate(each(non_blank))]
    tags: Option<Vec<String>>,

    /// How many seconds wrapping up took; not negative.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0))]
    duration_seconds: Option<i32>,

    /// When wrapping up ended.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[accessors(copy)]
    end_time: Option<DateTime<Utc>>,

    /// True while the wrap-up is provisional and may still change.
    #[serde(skip_serializing_if = "Option::is_none")]
    provisional: Option<bool>,
}

crate::strict::strict_struct!(Wrapup);
