//! `DisconnectType`: why a communication ended.

use crate::string_enum::string_enum;

string_enum! {
    /// Why the communication ended. Absent until it does.
    ///
    /// Newer API versions add values (`endpoint.dnd`, `transfer.dnd`, ...): they parse
    /// as [`DisconnectType::Unknown`] and are written back unchanged.
    pub enum DisconnectType {
        /// The remote end hung up.
        Endpoint = "endpoint",
        /// The agent's client hung up.
        Client = "client",
        /// The platform ended it.
        System = "system",
        /// Nobody answered in time.
        Timeout = "timeout",
        /// It was transferred away.
        Transfer = "transfer",
        /// It was transferred into a conference.
        TransferConference = "transfer.conference",
        /// It was transferred after a consult.
        TransferConsult = "transfer.consult",
        /// It was forwarded.
        TransferForward = "transfer.forward",
        /// A transfer was not answered.
        TransferNoAnswer = "transfer.noanswer",
        /// A transfer target was not available.
        TransferNotAvailable = "transfer.notavailable",
        /// The network or transport failed.
        TransportFailure = "transport.failure",
        /// An error ended it.
        Error = "error",
        /// The peer leg ended it.
        Peer = "peer",
        /// Another reason.
        Other = "other",
        /// It was flagged as spam.
        Spam = "spam",
        /// The number cannot be called.
        Uncallable = "uncallable",
    }
}
