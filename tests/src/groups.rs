//! A struct with group rules, public, so that the compile-fail tests see its builder's
//! messages from another crate, as a user of a library's types does.

use callback_model::{Builder, Validate};
use serde::Serialize;

/// How to reach someone: an email address or a phone number, and exactly one
/// preferred channel.
#[derive(Debug, Clone, PartialEq, Serialize, Builder, Validate)]
#[serde(rename_all = "camelCase")]
#[validate(at_least_one_of(email_address, phone_number))]
#[validate(exactly_one_of(by_email, by_phone))]
pub struct Reachable {
    /// The email address.
    pub email_address: Option<String>,
    /// The phone number.
    pub phone_number: Option<String>,
    /// Reach them by email.
    pub by_email: Option<bool>,
    /// Reach them by phone.
    pub by_phone: Option<bool>,
}
