//! `CallbackIdentifierType`: which participant of a new callback an identifier is for.

use crate::string_enum::string_enum;

string_enum! {
    /// Which participant of a newly created callback an identifier belongs to. Upper
    /// case on the wire (`ACD`).
    pub enum CallbackIdentifierType {
        /// The queue (ACD) side of the callback.
        Acd = "ACD",
        /// The external party: the customer to be called back.
        External = "EXTERNAL",
        /// The outbound dialer's side, for a callback from a campaign.
        Dialer = "DIALER",
    }
}
