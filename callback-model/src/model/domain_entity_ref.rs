//! `DomainEntityRef`: a reference to another entity of the platform.

use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// A reference to another entity of the platform (a conversation, an agent, ...): its
/// id, and, in what the API sends, its name and the URI of its own resource.
///
/// Every field is optional and free text: the ids of some entities are not UUIDs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct DomainEntityRef {
    /// The id of the entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,

    /// The entity's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,

    /// The URI of the entity's resource in the API (`/api/v2/conversations/...`).
    #[serde(skip_serializing_if = "Option::is_none")]
    self_uri: Option<String>,
}

crate::strict::strict_struct!(DomainEntityRef);
