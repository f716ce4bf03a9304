//! `Direction`: who started the communication.

use crate::string_enum::string_enum;

string_enum! {
    /// Who started the communication: the customer (`inbound`) or the contact center
    /// (`outbound`).
    pub enum Direction {
        /// The customer reached the contact center.
        Inbound = "inbound",
        /// The contact center reached the customer.
        Outbound = "outbound",
    }
}
