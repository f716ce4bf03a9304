//! The Genesys Cloud **Callback** model for Rust, and the derives that make it:
//! typestate builders, validation that reports every violation with a Rust path and a
//! JSON pointer, and field accessors.
//!
//! ```
//! use callback_model::{Callback, Segment, Validate, json};
//! use chrono::{TimeZone, Utc};
//!
//! let start = Utc.with_ymd_and_hms(2024, 5, 1, 12, 0, 0).unwrap();
//! let callback = Callback::builder()
//!     .id("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f")
//!     .callback_number("+13175551234")
//!     .segment(Segment::builder().start_time(start).r#type("Alert").build())
//!     .build();
//! assert!(callback.validate().is_ok());
//!
//! let json = json::to_string(&callback).unwrap();
//! assert_eq!(
//!     json,
//!     r#"{"id":"6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f","segments":[{"startTime":"2024-05-01T12:00:00.000Z","type":"Alert"}],"callbackNumbers":["+13175551234"]}"#
//! );
//! let back: Callback = json::from_str(&json).unwrap();
//! assert_eq!(back.callback_numbers(), Some(&["+13175551234".to_owned()][..]));
//! ```
//!
//! The model types are [`Callback`], [`Segment`], [`DialerPreview`],
//! [`PhoneNumberColumn`], [`Voicemail`] and [`Wrapup`], with the enums
//! [`CallbackState`], [`Direction`], [`DisconnectType`] and [`UploadStatus`]. Their
//! fields are private: a value is made by its builder or by parsing, and read through
//! its getters.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Set in the source, so that `cargo clippy -- -W clippy::pedantic` keeps them off: a
// getter is not worth a `#[must_use]` each, and module-prefixed names read best here.
#![allow(clippy::must_use_candidate, clippy::module_name_repetitions)]

extern crate self as callback_model;

pub mod json;
mod model;
mod strict;
mod string_enum;
pub mod timestamp;
mod validate;

#[doc(hidden)]
pub mod __private {
    pub use crate::private::{IsSet, IsUnset, Set, Unset, check, copied, custom};
}
mod private;

pub use callback_derive::{Accessors, Builder, Validate};
pub use model::*;
pub use validate::{Report, Valid, Validate, ValidationErrors, Violation, rules};
