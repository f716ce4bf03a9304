//! The Genesys Cloud Platform API **Callback** for Rust, exact on the wire, and the
//! derives that make it: typestate builders (a missing required field is a compile
//! error that names it), validation that reports every violation with a Rust path and a
//! JSON pointer, and field accessors. The derives work on your own structs too.
//!
//! ```toml
//! [dependencies]
//! callback-model = "0.1"
//! ```
//!
//! # The model
//!
//! The model follows the API as platform-client-sdk-dotnet **270.0.0** describes it:
//!
//! - [`Callback`] and its nested types [`Segment`], [`DialerPreview`],
//!   [`PhoneNumberColumn`], [`Voicemail`], [`Wrapup`], [`AfterCallWork`] and
//!   [`ConversationQueueMediaSettings`], with the enums [`CallbackState`],
//!   [`Direction`], [`DisconnectType`], [`UploadStatus`] and [`AfterCallWorkState`];
//! - the requests a service builds: [`CreateCallbackCommand`] (the body of
//!   `POST /api/v2/conversations/callbacks`, with [`RoutingData`], [`ScoredAgent`]
//!   and [`DomainEntityRef`]) and [`PatchCallbackRequest`] (the body of `PATCH`), with
//!   the enum [`CustomerFirstCallbackDeliveryMode`];
//! - the response to a creation: [`CreateCallbackResponse`], with
//!   [`CallbackIdentifier`] and the enum [`CallbackIdentifierType`].
//!
//! New since SDK 86.0.0 (the shape this crate started from): `Callback`'s
//! `initialState`, `afterCallWork`, `afterCallWorkRequired`, `callerId`,
//! `callerIdName` and `queueMediaSettings`; `DialerPreview`'s `callbackAutoAnswer`;
//! `PhoneNumberColumn`'s `callableTimeColumnName`; the types `AfterCallWork`,
//! `AfterCallWorkState` and `ConversationQueueMediaSettings`; and all the requests and
//! responses. Their fields are private: a value is made by its builder or by parsing,
//! and read through its getters.
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
//! The wire format is the API's JSON: camelCase names, absent fields left out,
//! timestamps written `2024-05-01T12:00:00.000Z` and read from any RFC 3339 form (see
//! [`timestamp`]), enum values this version does not know kept in `Unknown(String)`.
//! Every enum has that catch-all; a wire value whose variant would be named like it,
//! the API's own `unknown` of [`AfterCallWorkState`], is the variant `UnknownValue`
//! (a known state: `is_unknown()` is false), so that `Unknown` always means "newer than
//! this version".
//! [`json::from_str`] and [`json::from_slice`] report where a document is wrong: the
//! path in wire names, the line and the column ([`json::ParseError`]).
//!
//! # The derives on your own structs
//!
//! `use callback_model::{Accessors, Builder, Validate};` and derive them on any struct
//! with named fields. The [`attributes`] page is the reference of every key; what
//! follows is one example each.
//!
//! ## `Builder`
//!
//! `T::builder()`, a setter per field, and `.build()`, which compiles only once every
//! required field is set. A field is required when it is not an `Option` and has
//! neither `#[builder(default)]` nor `#[builder(each = "..")]` (which adds a setter that
//! appends one element to a collection). Setters take `impl Into<FieldType>`, or the
//! value itself for numbers, `bool` and `char`, so that `.attempts(3)` infers. With
//! `Validate`, the builder also proves what its rules can (`required` on an `Option`,
//! a list that needs an element, the group rules), and `.try_build()` builds and
//! validates.
//!
//! ```
//! use callback_model::{Builder, Valid, Validate};
//!
//! #[derive(Debug, Builder, Validate)]
//! struct Contact {
//!     #[validate(non_blank)]
//!     name: String,
//!     phone: Option<String>,
//!     #[builder(default = 3)]
//!     attempts: u8,
//!     #[builder(each = "tag")]
//!     tags: Vec<String>,
//! }
//!
//! let contact = Contact::builder().name("Ada").tag("vip").tag("emea").build();
//! assert_eq!((contact.phone, contact.attempts, contact.tags.len()), (None, 3, 2));
//!
//! let valid: Valid<Contact> = Contact::builder().name("Ada").phone("+13175551234").try_build().unwrap();
//! assert_eq!(valid.name, "Ada");
//! assert!(Contact::builder().name(" ").try_build().is_err());
//! ```
//!
//! Without `name`, `Contact::builder().phone("+1").build()` does not compile:
//! "`Contact` cannot be built without `name`: call `.name(..)` first". What compiles
//! into `.build()` keeps every rule the builder proves: a value known only at run time
//! (`maybe_x(option)`, a whole list) does not count, and cannot undo a proof (see
//! [`builder`]).
//!
//! ## `Validate`
//!
//! Rules on the fields, `check` functions on the struct, and every violation reported
//! with its Rust path, its JSON pointer in serde's wire names, a stable code and a
//! message. [`Valid<T>`](Valid) is the proof that a value passed.
//!
//! ```
//! use callback_model::Validate;
//! use serde::Serialize;
//!
//! #[derive(Serialize, Validate)]
//! #[serde(rename_all = "camelCase")]
//! struct Lead {
//!     #[validate(uuid)]
//!     lead_id: String,
//!     #[validate(required, each(e164))]
//!     phone_numbers: Option<Vec<String>>,
//!     #[validate(range(min = 1, max = 5))]
//!     priority: u8,
//! }
//!
//! let lead = Lead { lead_id: "42".into(), phone_numbers: Some(vec!["+1317".into(), "555".into()]), priority: 0 };
//! let errors = lead.validate().unwrap_err();
//! let found: Vec<(&str, &str, &str)> = errors.iter().map(|v| (v.path(), v.json_pointer(), v.code())).collect();
//! assert_eq!(found, [
//!     ("lead_id", "/leadId", "uuid"),
//!     ("phone_numbers[1]", "/phoneNumbers/1", "e164"),
//!     ("priority", "/priority", "range"),
//! ]);
//! ```
//!
//! ## `Accessors`
//!
//! A getter per field, returning the borrowed form (`&str` for a `String`, `&[T]` for a
//! `Vec<T>`, `Option<&str>`, numbers by value), and on request `set_x`, `x_mut` and
//! `with_x`.
//!
//! ```
//! use callback_model::Accessors;
//!
//! #[derive(Default, Accessors)]
//! #[accessors(set)]
//! struct Agent {
//!     name: String,
//!     skills: Vec<String>,
//!     extension: Option<String>,
//!     #[accessors(with)]
//!     available: bool,
//! }
//!
//! let mut agent = Agent::default().with_available(true);
//! agent.set_name("Grace").set_skills(vec!["billing".to_owned()]);
//! let (name, skills, extension, available): (&str, &[String], Option<&str>, bool) =
//!     (agent.name(), agent.skills(), agent.extension(), agent.available());
//! assert_eq!((name, skills.len(), extension, available), ("Grace", 1, None, true));
//! ```
//!
//! # Where things are
//!
//! - [`attributes`]: every key of `#[builder(..)]`, `#[validate(..)]`,
//!   `#[accessors(..)]`, `#[schema(..)]`, and the `#[serde(..)]` keys the derives read.
//! - `schema` (with the `schema` feature): `#[derive(Schema)]`, the fourth derive, which
//!   implements `schemars::JsonSchema` from the same attributes (every rule a keyword,
//!   what JSON Schema cannot say in `x-rules`); `schema::json_schema::<T>()`; the model
//!   types all derive it. `callback-model = { version = "0.1", features = ["schema"] }`.
//! - [`Validate`], [`Report`], [`Violation`], [`ValidationErrors`], [`Valid`]: the
//!   validation runtime; [`rules`]: the rule functions, usable by hand.
//! - [`json`]: parsing and writing, with errors that say where.
//! - [`timestamp`]: the wire form of timestamps, usable as serde's `with` module.
//! - The examples in the repository: `quickstart`, `create_callback` (the request a
//!   web form makes, and the API's answer), `check_payload` (a command-line checker)
//!   and `custom_model` (the derives on a domain of your own); with the `schema`
//!   feature, `schema` (prints a model type's JSON Schema).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Set in the source, so that `cargo clippy -- -W clippy::pedantic` keeps them off: a
// getter is not worth a `#[must_use]` each, and module-prefixed names read best here.
#![allow(clippy::must_use_candidate, clippy::module_name_repetitions)]

extern crate self as callback_model;

pub mod attributes;
pub mod builder;
pub mod fields;
pub mod json;
mod model;
#[cfg(feature = "schema")]
pub mod schema;
mod strict;
mod string_enum;
pub mod timestamp;
mod validate;

#[doc(hidden)]
pub mod __private {
    pub use crate::private::{
        Absent, BoxedStorage, BuilderStorage, DebugBuilder, Empty, ExtendPush, Pusher, check, copied, custom,
        has_items, unset_required_field,
    };
}
mod private;

#[cfg(feature = "schema")]
pub use callback_derive::Schema;
pub use callback_derive::{Accessors, Builder, Validate};
pub use model::*;
/// schemars, whose `JsonSchema` `#[derive(Schema)]` implements (with the `schema`
/// feature).
#[cfg(feature = "schema")]
pub use schemars;
pub use validate::{Report, Valid, Validate, ValidationErrors, Violation, rules};
