//! `CustomerFirstCallbackDeliveryMode`: whether a customer-first callback reserves an agent.

use crate::string_enum::string_enum;

string_enum! {
    /// For a customer-first callback (the platform dials the customer first, then
    /// connects an agent), whether an agent is reserved before the customer is dialed.
    /// Pascal case on the wire (`UseQueueSetting`).
    pub enum CustomerFirstCallbackDeliveryMode {
        /// Do what the queue's configuration says.
        UseQueueSetting = "UseQueueSetting",
        /// Reserve an agent, whatever the queue says.
        UseAgentReservation = "UseAgentReservation",
        /// Reserve no agent, whatever the queue says.
        NoAgentReservation = "NoAgentReservation",
    }
}
