//! `RoutingData`: how a new callback is routed to an agent.

use super::ScoredAgent;
use crate::{Accessors, Builder, Validate};
use serde::{Deserialize, Serialize};

/// How the platform routes a new callback: the queue it waits in, and what narrows or
/// orders the agents who may take it (language, skills, preferred or scored agents,
/// priority, a label, flags).
///
/// `queue_id` is required. Rules (`validate`): the queue, language, skill and
/// preferred-agent ids are UUIDs, and the scored agents follow their own rules.
///
/// An agent-owned callback (one that only a given agent takes) has one scored agent
/// with a score of 100 and the flag [`RoutingData::AGENT_OWNED_CALLBACK`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Builder, Validate, Accessors)]
#[cfg_attr(feature = "schema", derive(crate::Schema))]
#[serde(rename_all = "camelCase", remote = "Self")]
#[builder(tags = crate::fields)]
pub struct RoutingData {
    /// The id of the queue the callback waits in.
    #[validate(uuid)]
    queue_id: String,

    /// The id of a language the agent should speak.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(uuid)]
    language_id: Option<String>,

    /// A label that sorts the conversation into a kind; agents' maximum utilization
    /// can be set per label.
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,

    /// The routing priority: the higher, the sooner.
    #[serde(skip_serializing_if = "Option::is_none")]
    priority: Option<i32>,

    /// The ids of the skills the agent should have.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "skill_id")]
    #[validate(each(uuid))]
    skill_ids: Option<Vec<String>>,

    /// An expression over skills that matches agents, used along with `skill_ids`.
    #[serde(skip_serializing_if = "Option::is_none")]
    skill_expression: Option<String>,

    /// The ids of agents to prefer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "preferred_agent_id")]
    #[validate(each(uuid))]
    preferred_agent_ids: Option<Vec<String>>,

    /// Agents with their scores for this conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "scored_agent")]
    #[validate(nested)]
    scored_agents: Option<Vec<ScoredAgent>>,

    /// Flags that change how the conversation is routed, such as
    /// [`RoutingData::AGENT_OWNED_CALLBACK`]; other values pass as they are.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[builder(each = "routing_flag")]
    routing_flags: Option<Vec<String>>,
}

impl RoutingData {
    /// The routing flag of an agent-owned callback: only the one scored agent takes it.
    pub const AGENT_OWNED_CALLBACK: &'static str = "AGENT_OWNED_CALLBACK";
}

crate::strict::strict_struct!(RoutingData);
