//! `Segment`: one stretch of a callback's timeline.

use crate::{Accessors, Builder, Validate};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One stretch of a callback's timeline during which one thing happened: it alerted,
/// the parties talked, it was on hold, the agent wrapped up.
///
/// `start_time` is required. `end_time` is absent on the open (current) segment,
/// although the 86.0.0 schema marks it required: the API does send open segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct Segment {
    /// When the segment began.
    #[serde(with = "crate::timestamp")]
    #[cfg_attr(feature = "schema", schema(with = DateTime<Utc>))]
    #[accessors(copy)]
    start_time: DateTime<Utc>,

    /// When the segment ended; absent while it is still going on.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::timestamp::option")]
    #[cfg_attr(feature = "schema", schema(with = Option<DateTime<Utc>>))]
    #[validate(not_before = start_time)]
    #[accessors(copy)]
    end_time: Option<DateTime<Utc>>,

    /// What happened in the segment, as the API names it: `Alert`, `Interact`,
    /// `Scheduled`, `Hold`, `Wrapup`, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<String>,

    /// How the segment ended: `Interact`, `Disconnect`, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    how_ended: Option<String>,

    /// Why the communication ended, when this segment ended it.
    #[serde(skip_serializing_if = "Option::is_none")]
    disconnect_type: Option<String>,
}

crate::strict::strict_struct!(Segment);
