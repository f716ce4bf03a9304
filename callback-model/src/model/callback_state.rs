//! `CallbackState`: where a callback is in its life.

use crate::string_enum::string_enum;

string_enum! {
    /// Where the callback is in its life, as the platform sees it.
    ///
    /// Newer API versions send values this version does not know (`uploading`, ...):
    /// they parse as [`CallbackState::Unknown`] and are written back unchanged.
    pub enum CallbackState {
        /// Offered to an agent, who has not answered yet.
        Alerting = "alerting",
        /// The outbound call is being placed.
        Dialing = "dialing",
        /// The platform is trying to reach the customer.
        Contacting = "contacting",
        /// Offered to an agent in a preview, waiting for a decision.
        Offering = "offering",
        /// The agent and the customer are connected.
        Connected = "connected",
        /// The callback has ended.
        Disconnected = "disconnected",
        /// The callback was ended by the system.
        Terminated = "terminated",
        /// Waiting for its scheduled time.
        Scheduled = "scheduled",
        /// No state.
        None = "none",
    }
}
