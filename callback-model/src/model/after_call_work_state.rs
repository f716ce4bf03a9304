//! `AfterCallWorkState`: how far the after-call work of a communication has come.

use crate::string_enum::string_enum;

string_enum! {
    /// How far the after-call work (the agent's work once the customer is gone: notes,
    /// wrap-up) of a communication has come.
    ///
    /// The API has a value `unknown` of its own: it is
    /// [`AfterCallWorkState::UnknownValue`], a state this version knows
    /// ([`is_unknown`](AfterCallWorkState::is_unknown) is false for it). The catch-all
    /// [`AfterCallWorkState::Unknown`] holds, as on every enum, a value this version
    /// does not know, from a newer API version. The variant takes the suffix `Value`
    /// because its name in upper camel case would be the catch-all's; every enum
    /// follows that rule, so `Unknown(String)` means the same on all of them.
    ///
    /// ```
    /// use callback_model::AfterCallWorkState;
    ///
    /// assert_eq!(AfterCallWorkState::from_wire("unknown"), AfterCallWorkState::UnknownValue);
    /// assert!(!AfterCallWorkState::UnknownValue.is_unknown());
    /// assert!(AfterCallWorkState::from_wire("expired").is_unknown());
    /// // Enums compare by wire value: a hand-made `Unknown("unknown")` is the same state.
    /// assert_eq!(AfterCallWorkState::Unknown("unknown".into()), AfterCallWorkState::UnknownValue);
    /// ```
    pub enum AfterCallWorkState {
        /// The platform does not know the state of the after-call work (the API's own
        /// `unknown`, not a value newer than this version).
        UnknownValue = "unknown",
        /// No after-call work applies to this communication.
        NotApplicable = "notApplicable",
        /// The agent skipped the after-call work.
        Skipped = "skipped",
        /// The after-call work is still to be done.
        Pending = "pending",
        /// The after-call work is done.
        Complete = "complete",
    }
}
