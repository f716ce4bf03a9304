//! `ScoredAgent`: an agent, and how well they suit a conversation.

use super::DomainEntityRef;
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// An agent and their score for a conversation, which routing uses to choose who
/// gets it: the higher, the better. An agent-owned callback names one agent with a
/// score of 100.
///
/// Every field is optional. Rule (`validate`): the score is 0 to 100.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct ScoredAgent {
    /// The agent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    agent: Option<DomainEntityRef>,

    /// How well the agent suits the conversation, from 0 to 100 (best).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0, max = 100))]
    score: Option<i32>,
}

crate::strict::strict_struct!(ScoredAgent);
