//! The attribute reference: every key of `#[builder(..)]`, `#[validate(..)]`,
//! `#[accessors(..)]` and `#[schema(..)]`, and the `#[serde(..)]` keys that `Validate`
//! and `Schema` read.
//!
//! This module holds documentation only. Every example on this page is compiled and run
//! as a test. The derives are used through this crate:
//!
//! ```
//! use callback_model::{Accessors, Builder, Validate};
//! ```
//!
//! A key's value may be written bare or quoted where it names something:
//! `start_fn = new` and `start_fn = "new"`, `check = my_check` and
//! `check = "my_check"` are the same. The `accessors` families and `skip` / `copy` are flags, written `key`,
//! `key = true` or `key = false`. A misspelled or misplaced key, a rule on a type it
//! cannot apply to, or a field name that does not exist is a compile error at the
//! offending token, suggesting the closest known name; all mistakes are reported
//! together.
//!
//! - [`#[builder(..)]`](#builder): [`crate`](#buildercrate--path),
//!   [`start_fn`](#start_fn--name), [`finish_fn`](#finish_fn--name),
//!   [`tags`](#tags--path) on the struct;
//!   [`default`](#default), [`default = expr`](#default--expr),
//!   [`each`](#each--name) on a field.
//! - [`#[validate(..)]`](#validate): [`check`](#check--path),
//!   [`crate`](#validatecrate--path) on the struct; [`required`](#required),
//!   [`length`](#lengthmin--a-max--b), [`range`](#rangemin--a-max--b),
//!   [`uuid`](#uuid-e164-phone-non_blank), [`e164`](#uuid-e164-phone-non_blank),
//!   [`phone`](#uuid-e164-phone-non_blank), [`non_blank`](#uuid-e164-phone-non_blank),
//!   [`each`](#eachrules), [`nested`](#nested), [`not_before`](#not_before--field),
//!   [`custom`](#custom--path), and [`message`, `code`](#message--text-code--text)
//!   on a field.
//! - [`#[serde(..)]`](#serde-keys-that-validate-reads): `rename`, `rename_all`,
//!   `flatten`.
//! - [`#[accessors(..)]`](#accessors): [`get`, `set`, `mut`, `with`](#get-set-mut-with)
//!   on the struct or a field; [`skip`](#skip), [`copy`](#copy) on a field;
//!   [`crate`](#accessorscrate--path) on the struct.
//! - [`#[schema(..)]`](#schema) (with the `schema` feature):
//!   [`crate`](#schemacrate--path) on the struct; [`with`](#with--type) on a field.
//!
//! The derives work on structs with named fields, generic or not (lifetimes, type and
//! const parameters, `where` clauses), with raw identifiers (`r#type`) and `#[cfg]`'d
//! fields. Tuple structs, enums and unions are a compile error.
//!
//! # Builder
//!
//! `#[derive(Builder)]` gives the struct `T` a function `T::builder()` that starts a
//! `TBuilder`, a setter for each field, and `.build()`, which compiles only once every
//! required field is set. A field is **required** when it is not an `Option` and has
//! neither `#[builder(default)]` nor `#[builder(each = ..)]`, or when a
//! `#[validate(required)]` rule makes an `Option` necessary (see [the rules the builder
//! proves](#rules-the-builder-proves)).
//!
//! ```
//! use callback_model::Builder;
//!
//! #[derive(Debug, PartialEq, Builder)]
//! pub struct Contact {
//!     /// The name to greet.
//!     name: String,
//!     phone: Option<String>,
//!     #[builder(default)]
//!     attempts: u8,
//!     #[builder(each = "tag")]
//!     tags: Vec<String>,
//! }
//!
//! let contact = Contact::builder().name("Ada").tag("vip").tag("emea").attempts(2).build();
//! assert_eq!(
//!     contact,
//!     Contact { name: "Ada".into(), phone: None, attempts: 2, tags: vec!["vip".into(), "emea".into()] }
//! );
//!
//! // The setters of optional fields return the builder's own type:
//! let _: fn(ContactBuilder, Option<String>) -> ContactBuilder = ContactBuilder::maybe_phone;
//! ```
//!
//! What `Contact` gets (simplified; `value` stands for the parameter):
//!
//! ```text
//! impl Contact {
//!     pub fn builder() -> ContactBuilder;
//! }
//!
//! /// One type parameter for the whole state: `Unset` until `name` is set.
//! #[must_use]
//! pub struct ContactBuilder<S = Unset> { .. }
//!
//! /// The names the builder's compile errors use: an empty type per field they name.
//! pub mod contact_builder { pub enum name {} }
//!
//! impl<S> ContactBuilder<S> {                                 // any state
//!     pub fn phone(self, value: impl Into<String>) -> Self;
//!     pub fn maybe_phone(self, value: Option<String>) -> Self;
//!     pub fn attempts(self, value: u8) -> Self;                // a number: the value itself
//!     pub fn maybe_attempts(self, value: Option<u8>) -> Self;
//!     pub fn tags(self, value: impl IntoIterator<Item = impl Into<String>>) -> Self;
//!     pub fn tag(self, value: impl Into<String>) -> Self;
//! }
//! impl<L> ContactBuilder<L> {
//!     /// The name to greet.                                  (the field's docs travel)
//!     pub fn name(self, value: impl Into<String>) -> ContactBuilder<Set>;  // while `L` is `Unset`
//!     pub fn build(self) -> Contact;                                       // once `L` is `Set`
//!     pub fn try_build(self) -> Result<Valid<Contact>, ValidationErrors>; // and `Contact: Validate`
//! }
//! impl<S> Debug for ContactBuilder<S>;                         // which fields are set
//! impl<S> Clone for ContactBuilder<S>;                         // when every field is `Clone`
//! ```
//!
//! The setters by the field's shape (`T` a type that is not a number, `bool` or
//! `char`; `P` one that is):
//!
//! | field | setters | when not set |
//! | --- | --- | --- |
//! | `x: T`, required | `x(impl Into<T>)`, callable once | `.build()` does not compile |
//! | `x: P`, required | `x(P)`, callable once | `.build()` does not compile |
//! | `x: Option<T>` | `x(impl Into<T>)`, `maybe_x(Option<T>)` | `None` |
//! | `x: Option<P>` | `x(P)`, `maybe_x(Option<P>)` | `None` |
//! | `#[builder(default)] x: T` | `x(impl Into<T>)` (or `x(P)`), `maybe_x(Option<T>)` | `T::default()` |
//! | `#[builder(default = e)] x: T` | `x(impl Into<T>)` (or `x(P)`), `maybe_x(Option<T>)` | `e` |
//! | `x: Vec<E>`, required | `x(impl IntoIterator<Item = impl Into<E>>)`, callable once | `.build()` does not compile |
//! | `x: Option<Vec<E>>` | `x(impl IntoIterator<Item = impl Into<E>>)`, `maybe_x(Option<Vec<E>>)` | `None` |
//! | `#[builder(each = "item")] x: Vec<E>` | `x(..)` as above, and `item(impl Into<E>)` | empty |
//! | `#[builder(each = "item")] x: Option<Vec<E>>` | `x(..)`, `maybe_x(..)`, `item(impl Into<E>)` | `None` |
//!
//! The collection rows hold for `Vec`, `VecDeque`, `LinkedList`, `HashSet`, `BTreeSet`
//! and `BinaryHeap` (a `default` collection gets the iterator setter and `maybe_x`); a
//! collection of numbers, `bool` or `char` takes `IntoIterator<Item = P>` and its
//! pusher `item(P)`. Other types, maps included, get `x(impl Into<T>)`: a map is set
//! whole.
//!
//! Optional setters may be called again: the last call wins. Type-level state is
//! spent only where it buys a guarantee (a required field, a rule the builder proves),
//! and it is one type parameter, however many of those a struct has.
//!
//! The builder has the struct's visibility and generics. A builder with nothing set
//! is written `ContactBuilder` (the state parameter defaults to "nothing set"), and so
//! is the builder of a struct with nothing to wait for, which has no state parameter.
//! The state types themselves are not public API.
//!
//! ## Setter arguments
//!
//! A setter of a number type, `bool` or `char` (or an `Option` of one) takes the value
//! itself, so that a literal infers the field's type: `.retries(3)` on a `u32`,
//! `.ratio(0.5)` on an `f32`, `.rush(true)`. Any other setter takes `impl Into<T>`, so
//! that `"text"` sets a `String` and a `DateTime<Utc>` sets itself. (With `impl Into`
//! an unsuffixed `3` would be an `i32`, which converts into no unsigned field.) Passing
//! `Some(..)` or `None` to a setter of the value itself is a compile error that points
//! to the `maybe_` setter, which takes an `Option`.
//!
//! ```
//! use callback_model::Builder;
//!
//! #[derive(Builder)]
//! struct Limits {
//!     retries: u32,
//!     ratio: Option<f32>,
//!     rush: bool,
//!     offset: i64,
//! }
//!
//! let limits = Limits::builder().retries(3).ratio(0.5).rush(true).offset(-5).build();
//! assert_eq!((limits.retries, limits.ratio, limits.rush, limits.offset), (3, Some(0.5), true, -5));
//! let limits = Limits::builder().retries(3).maybe_ratio(None).rush(false).offset(0).build();
//! assert_eq!(limits.ratio, None);
//! ```
//!
//! ```compile_fail,E0277
//! # use callback_model::Builder;
//! # #[derive(Builder)]
//! # struct Limits { retries: u32, ratio: Option<f32> }
//! // error[E0277]: this setter takes the value itself, not an `Option`
//! // note: an optional field is set from an `Option` by its `maybe_` setter
//! let limits = Limits::builder().retries(3).ratio(Some(0.5)).build();
//! ```
//!
//! ## Compile-time guarantees
//!
//! `.build()` without a required field does not compile, and the message names the
//! field:
//!
//! ```compile_fail,E0277
//! use callback_model::Builder;
//!
//! #[derive(Builder)]
//! struct Contact {
//!     name: String,
//!     phone: Option<String>,
//! }
//!
//! // error[E0277]: the required field `name` is not set
//! let contact = Contact::builder().phone("+13175551234").build();
//! ```
//!
//! Setting a required field twice is an error that names it too ("the required field
//! `name` is already set"). A field whose name is a generated method (`builder`,
//! `build`, `try_build`) is an error that says which rename fixes it.
//!
//! ### Rules the builder proves
//!
//! When the struct also derives [`Validate`](#validate), the builder reads its
//! `#[validate(..)]` rules and enforces at compile time those a type can prove:
//!
//! | rule | what the builder does |
//! | --- | --- |
//! | `required` on an `Option<T>` field | its setter is necessary, and callable once; it has no `maybe_` setter |
//! | `length(min = 1)` on a collection with an `each` pusher | `.build()` waits for a push |
//! | `at_least_one_of(a, b, ..)` on the struct | `.build()` waits for a member's setter or pusher |
//! | `exactly_one_of(a, b, ..)` on the struct | `.build()` waits for a member's setter or pusher; a second member's setter does not compile |
//! | `at_most_one_of(a, b, ..)` on the struct | a second member's setter does not compile |
//!
//! The builder is **sound**: no sequence of calls compiles into a `.build()` whose value
//! breaks one of these rules. What is known only at run time proves nothing: a `maybe_`
//! setter (its value may be `None`) and the setter of a whole collection (the list may
//! be empty) do not satisfy a group or a list that needs an element. A member set
//! through them still excludes the other members of an `exactly_one_of` /
//! `at_most_one_of`, and a setter that would undo a proof does not compile
//! (`maybe_x(None)` after `x(v)` where `.build()` counts on `x`; the whole list after a
//! push). A longer minimum (`length(min = 2)`) is not the builder's to prove: one push
//! would not, and `validate()` checks it.
//!
//! `.try_build()` compiles once the required fields (not `Option`, no `default`) are
//! set, and checks every rule when it runs: values that come from a form or a file go
//! through the `maybe_` setters and `.try_build()`.
//!
//! The state types and the traits the messages come from are in
//! [`callback_model::builder`](crate::builder).
//!
//! ```
//! use callback_model::{Builder, Validate};
//!
//! #[derive(Debug, Builder, Validate)]
//! #[validate(at_least_one_of(email_address, phone_number))]
//! #[validate(exactly_one_of(by_email, by_phone))]
//! struct Contact {
//!     #[validate(required, non_blank)]
//!     name: Option<String>,
//!     email_address: Option<String>,
//!     phone_number: Option<String>,
//!     by_email: Option<bool>,
//!     by_phone: Option<bool>,
//!     #[builder(each = "tag")]
//!     #[validate(length(min = 1))]
//!     tags: Vec<String>,
//! }
//!
//! let contact = Contact::builder().name("Ada").phone_number("+13175550142").by_phone(true).tag("vip").build();
//! assert_eq!(contact.name.as_deref(), Some("Ada"));
//! ```
//!
//! Each of these does not compile, with the message in the comment:
//!
//! ```compile_fail,E0277
//! # use callback_model::{Builder, Validate};
//! # #[derive(Builder, Validate)]
//! # #[validate(at_least_one_of(email_address, phone_number))]
//! # struct Contact { email_address: Option<String>, phone_number: Option<String> }
//! // error[E0277]: `Contact` cannot be built before one of `email_address`, `phone_number` is set: call `.email_address(..)` or `.phone_number(..)` first
//! let contact = Contact::builder().build();
//! ```
//!
//! ```compile_fail,E0277
//! # use callback_model::{Builder, Validate};
//! # #[derive(Builder, Validate)]
//! # #[validate(at_least_one_of(email_address, phone_number))]
//! # struct Contact { email_address: Option<String>, phone_number: Option<String> }
//! // error[E0277]: `email_address` cannot be set from a run-time value here: `Contact`'s group rule counts on the `email_address` already set
//! let contact = Contact::builder().email_address("ada@example.com").maybe_email_address(None).build();
//! ```
//!
//! ```
//! # use callback_model::{Builder, Validate};
//! # #[derive(Debug, Builder, Validate)]
//! # #[validate(at_least_one_of(email_address, phone_number))]
//! # struct Contact { email_address: Option<String>, phone_number: Option<String> }
//! // A value from a form: `try_build()` checks the group when it runs.
//! let from_form: Option<String> = None;
//! let errors = Contact::builder().maybe_email_address(from_form).try_build().unwrap_err();
//! assert_eq!(errors.to_string(), "(root): needs one of email_address, phone_number (at_least_one_of)");
//! ```
//!
//! ```compile_fail,E0277
//! # use callback_model::{Builder, Validate};
//! # #[derive(Builder, Validate)]
//! # #[validate(exactly_one_of(email_address, phone_number))]
//! # struct Contact { email_address: Option<String>, phone_number: Option<String> }
//! // error[E0277]: `phone_number` cannot be set: another member of its group is set, and a group rule on `Contact` allows one of them at most
//! let contact = Contact::builder().email_address("ada@example.com").phone_number("+13175550142").build();
//! ```
//!
//! ```compile_fail,E0277
//! # use callback_model::{Builder, Validate};
//! # #[derive(Builder, Validate)]
//! # struct Ticket { #[validate(required)] reporter: Option<String> }
//! // error[E0277]: `Ticket` cannot be built without `reporter`: call `.reporter(..)` first
//! let ticket = Ticket::builder().build();
//! ```
//!
//! ```compile_fail,E0277
//! # use callback_model::{Builder, Validate};
//! # #[derive(Builder, Validate)]
//! # struct Campaign { #[builder(each = "number")] #[validate(length(min = 1))] numbers: Vec<String> }
//! // error[E0277]: `Campaign` cannot be built before `numbers` has an element: call `.number(..)` first
//! let campaign = Campaign::builder().build();
//! ```
//!
//! ### The names in the messages
//!
//! A message names a field by a type of the field's name in the builder's **state
//! module**, `contact_builder` for `Contact` (public, with the builder's visibility).
//! rustc prints a type by its bare name when no other type of your crate, nor any
//! public one of your dependencies, has that name; otherwise with its path
//! (`contact_builder::id`). Structs that share field names can share one module of tags
//! with [`tags = path`](#tags--path), as the model types share
//! [`fields`](crate::fields). A library that re-exports a builder from a private module
//! should re-export its state module too, so that its users' messages name the fields
//! without a path.
//!
//! ### Wide structs
//!
//! A builder moves its storage from setter to setter. A struct of more than 32 fields
//! of which one has drop glue (a `String`, a `Vec`, ...), or of more than 64 fields,
//! keeps the storage on the heap (one allocation per builder), so that a chain of
//! setters costs stack and compile time in proportion to its length; a narrower one
//! keeps it inline, where a chain of setters compiles to what a struct literal does.
//!
//! ## Struct attributes
//!
//! ### `builder(crate = path)`
//!
//! The path to this crate in the generated code, `::callback_model` by default. Use it
//! when the dependency is renamed or re-exported. The same key exists on `validate`
//! and `accessors`.
//!
//! ```rust,standalone_crate
//! // As if Cargo.toml said `cb = { package = "callback-model", .. }`.
//! mod cb {
//!     pub use callback_model::*;
//! }
//!
//! #[derive(cb::Builder)]
//! #[builder(crate = crate::cb)]
//! struct Ping {
//!     seq: u32,
//! }
//!
//! fn main() {
//!     assert_eq!(Ping::builder().seq(7).build().seq, 7);
//! }
//! ```
//!
//! ### `start_fn = name`
//!
//! Renames `T::builder()`.
//!
//! ### `finish_fn = name`
//!
//! Renames `.build()`; `.try_build()` follows as `.try_<name>()`.
//!
//! ```
//! use callback_model::{Builder, Validate};
//!
//! #[derive(Debug, Builder, Validate)]
//! #[builder(start_fn = new, finish_fn = done)]
//! struct Note {
//!     #[validate(non_blank)]
//!     text: String,
//! }
//!
//! let note = Note::new().text("call back after 5").done();
//! assert_eq!(note.text, "call back after 5");
//! assert!(Note::new().text("  ").try_done().is_err());
//! ```
//!
//! A field named `builder` or `build` collides with the default names: the compile
//! error says to rename the entry point with `start_fn` / `finish_fn`.
//!
//! ### `tags = path`
//!
//! Names the fields in the builder's messages with the types of the module at `path`
//! instead of generating a state module for the struct: one `pub enum name {}` per
//! field a message names (a required field, a field a rule makes necessary, a group
//! member). Structs that share field names share their tags this way, and the
//! messages print the bare names. A tag the module lacks is an error at the field.
//!
//! ```
//! mod tags {
//!     #![allow(non_camel_case_types)]
//!     /// The queue, of both requests.
//!     pub enum queue_id {}
//! }
//!
//! #[derive(callback_model::Builder)]
//! #[builder(tags = tags)]
//! struct Transfer {
//!     queue_id: String,
//! }
//!
//! #[derive(callback_model::Builder)]
//! #[builder(tags = tags)]
//! struct Park {
//!     queue_id: String,
//! }
//!
//! assert_eq!(Transfer::builder().queue_id("q").build().queue_id, Park::builder().queue_id("q").build().queue_id);
//! ```
//!
//! ## Field attributes
//!
//! ### `default`
//!
//! Makes a non-`Option` field optional: when it is not set, `build()` fills in
//! `Default::default()`. The field gets `x(impl Into<T>)` (or `x(T)`, see [setter
//! arguments](#setter-arguments)) and `maybe_x(Option<T>)`.
//! On an `Option` field it is an error (an `Option` is optional already).
//!
//! ### `default = expr`
//!
//! The same, with `expr` as the value; it is evaluated by `build()`, only when the
//! field was not set, and must have the field's type (a wrong type is reported at
//! `expr`). It cannot be combined with `each`.
//!
//! ```
//! use callback_model::Builder;
//!
//! #[derive(Builder)]
//! struct Retry {
//!     #[builder(default)]
//!     attempts: u8,
//!     #[builder(default = String::from("UTC"))]
//!     time_zone: String,
//! }
//!
//! let retry = Retry::builder().build();
//! assert_eq!((retry.attempts, retry.time_zone.as_str()), (0, "UTC"));
//!
//! let retry = Retry::builder().attempts(3).maybe_time_zone(Some("CET".to_owned())).build();
//! assert_eq!((retry.attempts, retry.time_zone.as_str()), (3, "CET"));
//! ```
//!
//! ### `each = "name"`
//!
//! Adds a setter `name(impl Into<E>)` (`name(E)` for numbers, `bool`, `char`) that appends one element to a collection
//! field, and can be called any number of times. The field must be a `Vec`,
//! `VecDeque`, `LinkedList`, `HashSet`, `BTreeSet` or `BinaryHeap`, or an `Option` of
//! one, written as such (not through a type alias). A non-`Option` collection with
//! `each` starts empty and is not required; an `Option` one becomes `Some` at the
//! first element. The whole-collection setter still exists and replaces what was
//! added before it (except where `.build()` counts on an element added: see [Rules the
//! builder proves](#rules-the-builder-proves)).
//!
//! ```
//! use callback_model::Builder;
//! use std::collections::BTreeSet;
//!
//! #[derive(Builder)]
//! struct Campaign {
//!     #[builder(each = "number")]
//!     numbers: Vec<String>,
//!     #[builder(each = "region")]
//!     regions: Option<BTreeSet<String>>,
//! }
//!
//! let campaign = Campaign::builder().number("+13175551234").number("+13175550000").build();
//! assert_eq!(campaign.numbers, ["+13175551234", "+13175550000"]);
//! assert_eq!(campaign.regions, None);
//!
//! let campaign = Campaign::builder().numbers(["+13175551234"]).region("emea").build();
//! assert_eq!(campaign.numbers.len(), 1);
//! assert_eq!(campaign.regions.map(|r| r.len()), Some(1));
//! ```
//!
//! # Validate
//!
//! `#[derive(Validate)]` implements [`Validate`](crate::Validate): the rules of every
//! field, in the order of the fields and of the rules, then the struct's `check`
//! functions. [`validate()`](crate::Validate::validate) collects **every** violation
//! into [`ValidationErrors`](crate::ValidationErrors); each [`Violation`](crate::Violation)
//! has a `path()` in Rust names (`segments[1].end_time`), a `json_pointer()` in wire
//! names (`/segments/1/endTime`), a stable `code()` and a `message()`. Validating a
//! valid value does not allocate.
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Contact {
//!     #[validate(non_blank, length(max = 40))]
//!     name: String,
//!     #[validate(required, e164)]
//!     phone: Option<String>,
//! }
//!
//! let errors = Contact { name: " ".into(), phone: None }.validate().unwrap_err();
//! assert_eq!(errors.to_string(), "name: must not be blank (non_blank)\nphone: is required (required)");
//! ```
//!
//! What `Contact` gets:
//!
//! ```text
//! impl Validate for Contact {
//!     fn validate_into(&self, report: &mut Report<'_>);   // `validate()` is the trait's
//! }
//! ```
//!
//! For a generic struct, a `nested` field whose type mentions a type parameter adds
//! `FieldType: Validate` to the impl's `where` clause.
//!
//! On an `Option<T>` field, every rule but `required` applies to the `Some` value, and
//! `None` passes. A `Box<T>` is looked through the same way.
//!
//! ## Struct attributes
//!
//! ### `check = path`
//!
//! Calls `path(&self, &mut Report<'_>)` after the field rules, for a rule over several
//! fields. The function adds violations with
//! [`Report::push`](crate::Report::push) (at the struct itself: empty path and
//! pointer) or [`Report::push_at`](crate::Report::push_at) (at a field, named in Rust
//! and on the wire). `check` may be given several times; the functions run in order.
//!
//! ```
//! use callback_model::{Report, Validate, Violation};
//!
//! #[derive(Validate)]
//! #[validate(check = window_is_open)]
//! struct Window {
//!     opens_at: u32,
//!     closes_at: u32,
//! }
//!
//! fn window_is_open(window: &Window, report: &mut Report<'_>) {
//!     if window.closes_at <= window.opens_at {
//!         report.push_at("closes_at", "closesAt", Violation::new("window", "must be after opensAt"));
//!     }
//! }
//!
//! let errors = Window { opens_at: 9, closes_at: 8 }.validate().unwrap_err();
//! let violation = errors.iter().next().unwrap();
//! assert_eq!((violation.path(), violation.json_pointer()), ("closes_at", "/closesAt"));
//! ```
//!
//! ### `at_least_one_of(a, b, ..)`, `exactly_one_of(..)`, `at_most_one_of(..)`
//!
//! Group rules over two fields or more, each an `Option` or a collection. A member is
//! **present** when it is `Some` (and, for an `Option` of a collection, not empty), or
//! when a collection has an item.
//!
//! | rule | passes when | code | message |
//! | --- | --- | --- | --- |
//! | `at_least_one_of(a, b, ..)` | one member or more is present | `at_least_one_of` | `needs one of queueId, routingData` |
//! | `exactly_one_of(a, b, ..)` | exactly one member is present | `exactly_one_of` | `needs exactly one of a, b (2 are set: a, b)` |
//! | `at_most_one_of(a, b, ..)` | no two members are present | `at_most_one_of` | `accepts at most one of a, b (2 are set: a, b)` |
//!
//! The violation is placed at the struct itself (its path and pointer: empty at the
//! top), and the message names the members by their wire names. They run after the
//! field rules, before the `check` functions. A misspelled member (with the closest
//! field suggested), a member named twice, a group of one field, a member that is
//! always present or flattened are compile errors. The builder proves them too (see
//! [the rules the builder proves](#rules-the-builder-proves)).
//!
//! A member can be behind `#[cfg(..)]`, with the group under the same predicate: a
//! derive sees the struct after `cfg` is applied, so a field that a `cfg` leaves out is
//! not there to name. Put the group in a `cfg_attr` for each case:
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! #[cfg_attr(feature = "sms", validate(at_least_one_of(email, phone, sms)))]
//! #[cfg_attr(not(feature = "sms"), validate(at_least_one_of(email, phone)))]
//! struct Contact {
//!     email: Option<String>,
//!     phone: Option<String>,
//!     #[cfg(feature = "sms")]
//!     sms: Option<String>,
//! }
//!
//! let contact = Contact { email: None, phone: None, #[cfg(feature = "sms")] sms: None };
//! assert_eq!(contact.validate().unwrap_err().iter().next().unwrap().code(), "at_least_one_of");
//! ```
//!
//! ```
//! use callback_model::Validate;
//! use serde::Deserialize;
//!
//! #[derive(Deserialize, Validate)]
//! #[serde(rename_all = "camelCase")]
//! #[validate(at_least_one_of(queue_id, routing_data))]
//! struct Request {
//!     queue_id: Option<String>,
//!     routing_data: Option<String>,
//! }
//!
//! let request: Request = serde_json::from_str("{}").unwrap();
//! let errors = request.validate().unwrap_err();
//! let violation = errors.iter().next().unwrap();
//! assert_eq!((violation.json_pointer(), violation.code()), ("", "at_least_one_of"));
//! assert_eq!(violation.message(), "needs one of queueId, routingData");
//! ```
//!
//! ### `validate(crate = path)`
//!
//! The path to this crate in the generated code, as [for
//! `builder`](#buildercrate--path).
//!
//! ## Field rules
//!
//! | rule | applies to | passes when | code |
//! | --- | --- | --- | --- |
//! | `required` | `Option<_>` | `Some` | `required` |
//! | `length(min = a, max = b)` | strings (characters), collections and maps (items) | `a <= len <= b` | `length` |
//! | `range(min = a, max = b)` | numbers, and other `PartialOrd + Display` types (not strings, bools, chars or collections) | `a <= v <= b` | `range` |
//! | `uuid` | strings | canonical hyphenated UUID, any hex case | `uuid` |
//! | `e164` | strings | `+` then 2 to 15 digits, the first not 0 | `e164` |
//! | `phone` | strings | optional `tel:`, optional `+`, digits and ` -.()`, 3 to 15 digits | `phone` |
//! | `non_blank` | strings | a character that is not white space | `non_blank` |
//! | `each(rules)` | sequences and sets (not maps) | every element passes `rules` | the inner rules' |
//! | `nested` | types that implement `Validate` | the value validates | the inner value's |
//! | `not_before = field` | ordered values | `self >= field`, when both are present | `not_before` |
//! | `custom = path` | anything | `path(&value)` is `Ok` | the function's |
//!
//! "Strings" are `String`, `str`, `&str`, `Box<str>`, `Cow<str>`, `Rc<str>` and
//! `Arc<str>` (the [`rules::Text`](crate::rules::Text) trait); "collections" are the
//! standard sequences, sets and maps, slices and arrays
//! ([`rules::HasLength`](crate::rules::HasLength)). A rule on a type it cannot apply
//! to is a compile error. The rule functions are public in [`rules`](crate::rules), for
//! hand-written checks.
//!
//! ### `required`
//!
//! The field, an `Option`, must be `Some`. Message: `is required`. On a field that is
//! not an `Option` it is a compile error (it is always present). The derive reads the
//! field's type as written; on a type it cannot see into, such as an alias of `Option`
//! (`type MaybeName = Option<String>`), `required` is checked through a trait, so it
//! works on the alias and is a compile error ("`required` applies to Option values")
//! on anything else. The other rules do not look through an alias: write `Option<..>`
//! in the field for them.
//!
//! ### `length(min = a, max = b)`
//!
//! The number of characters (not bytes) of a string, or of items of a collection, is
//! between `a` and `b`, both included; either bound may be left out. The bounds are
//! `usize` expressions; literal bounds are checked at compile time (whole numbers,
//! `min <= max`). Message: `must have 2 to 4 characters (has 5)`.
//!
//! ### `range(min = a, max = b)`
//!
//! The value is between `a` and `b`, both included; either may be left out. The
//! bounds have the field's type (an integer literal on a float field is read as a
//! float; a float literal on an integer field is an error). `NaN` is outside every
//! range. Message: `must be between 1 and 5 (is 9)`.
//!
//! Besides numbers, `range` takes any type that is `PartialOrd + Display` (a type of
//! your own, a timestamp, a type parameter), except those the derive can tell are
//! strings, `bool`, `char` or collections: on those it is a compile error. A string is
//! ordered, but bounding it by comparison (`"a" <= name <= "z"`) is almost always a
//! mistake for `length`, which the error suggests.
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Survey {
//!     #[validate(length(min = 1, max = 3))]
//!     answers: Vec<u8>,
//!     #[validate(length(max = 5))]
//!     comment: Option<String>,
//!     #[validate(range(min = 1, max = 5))]
//!     score: u8,
//!     #[validate(range(min = 0, max = 1))]
//!     weight: f64,
//! }
//!
//! let survey = Survey { answers: vec![], comment: Some("héllo!".into()), score: 9, weight: 1.5 };
//! let messages: Vec<String> = survey.validate().unwrap_err().iter().map(|v| v.to_string()).collect();
//! assert_eq!(messages, [
//!     "answers: must have 1 to 3 items (has 0) (length)",
//!     "comment: must have at most 5 characters (has 6) (length)",
//!     "score: must be between 1 and 5 (is 9) (range)",
//!     "weight: must be between 0 and 1 (is 1.5) (range)",
//! ]);
//! ```
//!
//! ### `uuid`, `e164`, `phone`, `non_blank`
//!
//! String formats:
//!
//! - `uuid`: 32 hex digits grouped 8-4-4-4-12 by hyphens, any case
//!   (`123e4567-e89b-12d3-a456-426614174000`).
//! - `e164`: `+`, then 2 to 15 digits, the first not 0 (`+13175551234`).
//! - `phone`: a dialable number: an optional `tel:` (any case), an optional `+`, then
//!   digits and the separators space, `-`, `.`, `(` and `)`, with 3 to 15 digits in all
//!   (`tel:+1 (317) 555-1234`, `911`).
//! - `non_blank`: contains a character that is not (Unicode) white space.
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Lead {
//!     #[validate(uuid)]
//!     id: String,
//!     #[validate(e164)]
//!     mobile: Option<String>,
//!     #[validate(phone)]
//!     office: Option<String>,
//!     #[validate(non_blank)]
//!     name: String,
//! }
//!
//! let lead = Lead {
//!     id: "123E4567-E89B-12D3-A456-426614174000".into(),
//!     mobile: Some("+13175551234".into()),
//!     office: Some("tel:+1 (317) 555-0000".into()),
//!     name: "Ada".into(),
//! };
//! assert!(lead.validate().is_ok());
//!
//! let lead = Lead { id: "42".into(), mobile: Some("0317".into()), office: Some("ext. 12".into()), name: "\t".into() };
//! let codes: Vec<String> = lead.validate().unwrap_err().iter().map(|v| v.code().to_owned()).collect();
//! assert_eq!(codes, ["uuid", "e164", "phone", "non_blank"]);
//! ```
//!
//! ### `each(rules)`
//!
//! Applies `rules` to every element of a collection; the path gains the index
//! (`tags[2]`, `/tags/2`). `each` nests for collections of collections. `not_before`
//! cannot be used inside it.
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Wrapup {
//!     #[validate(each(non_blank, length(max = 10)))]
//!     tags: Option<Vec<String>>,
//!     #[validate(each(each(range(min = 1))))]
//!     grid: Vec<Vec<u8>>,
//! }
//!
//! let wrapup = Wrapup { tags: Some(vec!["vip".into(), " ".into()]), grid: vec![vec![1, 0]] };
//! let pointers: Vec<String> = wrapup.validate().unwrap_err().iter().map(|v| v.json_pointer().to_owned()).collect();
//! assert_eq!(pointers, ["/tags/1", "/grid/0/1"]);
//! ```
//!
//! ### `nested`
//!
//! Validates the field's value with its own `Validate` impl; its violations get the
//! field's path in front. It reaches through `Option`, `Box`, `Rc`, `Arc`, `Vec`,
//! `VecDeque`, slices and arrays (each element at its index). The type must implement
//! `Validate` (derived or by hand).
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Leg {
//!     #[validate(non_blank)]
//!     name: String,
//! }
//!
//! #[derive(Validate)]
//! struct Trip {
//!     #[validate(nested)]
//!     first: Leg,
//!     #[validate(nested)]
//!     others: Option<Vec<Leg>>,
//! }
//!
//! let trip = Trip { first: Leg { name: "out".into() }, others: Some(vec![Leg { name: "".into() }]) };
//! let errors = trip.validate().unwrap_err();
//! let violation = errors.iter().next().unwrap();
//! assert_eq!((violation.path(), violation.json_pointer()), ("others[0].name", "/others/0/name"));
//! ```
//!
//! ### `not_before = field`
//!
//! The value is not before (`>=`) the value of the other `field` of the struct, when
//! both are present (either may be an `Option`; `None` passes). The two must have the
//! same type once `Option` is removed. The message names the other field by its wire
//! name: `must not be before startTime`. A misspelled field name is a compile error
//! that suggests the closest field.
//!
//! ```
//! use callback_model::Validate;
//! use chrono::{DateTime, TimeZone, Utc};
//!
//! #[derive(Validate, serde::Serialize)]
//! #[serde(rename_all = "camelCase")]
//! struct Segment {
//!     start_time: DateTime<Utc>,
//!     #[validate(not_before = start_time)]
//!     end_time: Option<DateTime<Utc>>,
//! }
//!
//! let at = |hour| Utc.with_ymd_and_hms(2024, 5, 1, hour, 0, 0).unwrap();
//! assert!(Segment { start_time: at(9), end_time: None }.validate().is_ok());
//! let errors = Segment { start_time: at(9), end_time: Some(at(8)) }.validate().unwrap_err();
//! assert_eq!(errors.to_string(), "end_time: must not be before startTime (not_before)");
//! ```
//!
//! ### `custom = path`
//!
//! Calls `path(&value) -> Result<(), Violation>`, where `value` is the field's value
//! without its `Option` (inside `each`, the element). The function's
//! [`Violation::new(code, message)`](crate::Violation::new) gives the code and the
//! message; the derive places it. For a `String` field the function receives
//! `&String`; to keep clippy's `ptr_arg` lint quiet, write it generic over
//! `S: AsRef<str> + ?Sized`, as below.
//!
//! ```
//! use callback_model::{Validate, Violation};
//!
//! fn wrapup_code<S: AsRef<str> + ?Sized>(code: &S) -> Result<(), Violation> {
//!     if code.as_ref().starts_with("system.") || callback_model::rules::is_uuid(code.as_ref()) {
//!         Ok(())
//!     } else {
//!         Err(Violation::new("wrapup_code", "must be a UUID or a system code"))
//!     }
//! }
//!
//! #[derive(Validate)]
//! struct Wrapup {
//!     #[validate(custom = wrapup_code)]
//!     code: Option<String>,
//! }
//!
//! assert!(Wrapup { code: Some("system.completed".into()) }.validate().is_ok());
//! let errors = Wrapup { code: Some("done".into()) }.validate().unwrap_err();
//! assert_eq!(errors.to_string(), "code: must be a UUID or a system code (wrapup_code)");
//! ```
//!
//! ### `message = "text"`, `code = "text"`
//!
//! Replace what a rule reports. Inside a rule's parentheses they apply to that rule
//! (`uuid(code = "bad_id")`, `length(max = 5, message = "..")`); in the rule list they
//! apply to every rule of the list that has none of its own, down into the rules of an
//! `each(..)` in that list. `nested` takes neither: it reports the nested value's own
//! violations unchanged, and `nested(code = "..")` is a compile error; set them on the
//! nested type's rules. A `message` or `code` that no rule takes (a list without
//! rules, or with `nested` only) is a compile error too, as is an empty
//! `#[validate()]`: what was written must do something.
//!
//! ```
//! use callback_model::Validate;
//!
//! #[derive(Validate)]
//! struct Contact {
//!     #[validate(uuid(code = "bad_id", message = "is not a contact id"))]
//!     id: String,
//!     #[validate(non_blank, phone, code = "bad_number")]
//!     number: String,
//!     #[validate(each(non_blank, message = "no blank tags"))]
//!     tags: Vec<String>,
//! }
//!
//! let contact = Contact { id: "x".into(), number: "call me".into(), tags: vec!["".into()] };
//! let seen: Vec<String> = contact.validate().unwrap_err().iter().map(|v| v.to_string()).collect();
//! assert_eq!(seen, [
//!     "id: is not a contact id (bad_id)",
//!     "number: must be a dialable phone number: 3 to 15 digits, optionally after `tel:` and `+`, separated only by spaces, `-`, `.`, `(` or `)` (bad_number)",
//!     "tags[0]: no blank tags (non_blank)",
//! ]);
//! ```
//!
//! ## Serde keys that `Validate` reads
//!
//! The JSON pointer of a violation uses the field's wire name, which `Validate` reads
//! from the struct's `#[serde(..)]` attributes (and only `Validate`: `Builder` and
//! `Accessors` use Rust names). Every other serde key is left to serde.
//!
//! | key | where | effect on the pointer |
//! | --- | --- | --- |
//! | `rename = "name"` | field | the field is `/name` |
//! | `rename(serialize = "a", deserialize = "b")` | field | `/b`: reports point into what was received (`/a` when only `serialize` is given: the only rename there is) |
//! | `rename_all = "rule"` | struct | each field renamed by serde's rule, unless it has its own `rename` |
//! | `flatten` | field | the field adds no step: its fields sit in the parent object |
//! | `skip`, `skip_deserializing` | field | a rule on it is a compile error: no document can set it, and its pointer is not on the wire |
//!
//! The `rename_all` rules are serde's: `lowercase`, `UPPERCASE`, `PascalCase`,
//! `camelCase`, `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`,
//! `SCREAMING-KEBAB-CASE`. A raw identifier is named without `r#` (`r#type` is
//! `/type`). The Rust path (`path()`) always uses the Rust field names, flattened
//! fields included. `~` and `/` in a wire name are escaped as RFC 6901 says (`~0`,
//! `~1`).
//!
//! ```
//! use callback_model::Validate;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize, Deserialize, Validate)]
//! #[serde(rename_all = "camelCase")]
//! struct Audit {
//!     #[validate(non_blank)]
//!     changed_by: String,
//! }
//!
//! #[derive(Serialize, Deserialize, Validate)]
//! #[serde(rename_all = "camelCase")]
//! struct Column {
//!     #[validate(non_blank)]
//!     column_name: String,
//!     #[serde(rename = "kind")]
//!     #[validate(non_blank)]
//!     r#type: String,
//!     #[serde(flatten)]
//!     #[validate(nested)]
//!     audit: Audit,
//! }
//!
//! let column = Column { column_name: " ".into(), r#type: "".into(), audit: Audit { changed_by: "".into() } };
//! let places: Vec<(String, String)> = column
//!     .validate()
//!     .unwrap_err()
//!     .iter()
//!     .map(|v| (v.path().to_owned(), v.json_pointer().to_owned()))
//!     .collect();
//! assert_eq!(places, [
//!     ("column_name".to_owned(), "/columnName".to_owned()),
//!     ("type".to_owned(), "/kind".to_owned()),
//!     ("audit.changed_by".to_owned(), "/changedBy".to_owned()),
//! ]);
//! ```
//!
//! # Accessors
//!
//! `#[derive(Accessors)]` gives every field a getter named after it, and on request a
//! setter `set_x`, a mutable getter `x_mut` and a by-value setter `with_x`. They have
//! the struct's visibility, sit in one inherent `impl`, and carry the field's doc
//! comment. A raw identifier keeps its getter raw (`r#type()`) and gets plain prefixed
//! names (`set_type`, `type_mut`, `with_type`). Two generated methods with the same
//! name are a compile error that says how to turn one off.
//!
//! A getter named like a method of a trait a struct commonly derives or implements
//! (`clone`, `fmt`, `eq`, `cmp`, `hash`, `default`, `serialize`, `validate`, `into`,
//! ...) is a compile error: an inherent method wins over a trait's, so
//! `value.clone()` would return the field. Rename the field, or leave its getter out
//! with `#[accessors(get = false)]` or `#[accessors(skip)]`.
//!
//! `set_x` and `with_x` take `impl Into<F>` for a field of type `F`, except that a
//! number, `bool` or `char` (or an `Option` of one) is taken as it is, so that a
//! literal infers its type: `set_retries(3)` on a `u32`, `set_ratio(Some(0.5))` on an
//! `Option<f32>`.
//!
//! The getter's return type follows the field's type:
//!
//! | field | getter returns |
//! | --- | --- |
//! | `String` (and `str`, `Box<str>`, `Cow<str>`, `Rc<str>`, `Arc<str>`) | `&str` |
//! | `Vec<T>` | `&[T]` |
//! | integers, floats, `bool`, `char`, and shared references `&T` | the value |
//! | `Option<String>` (and the other strings) | `Option<&str>` |
//! | `Option<Vec<T>>` | `Option<&[T]>` |
//! | `Option` of a primitive or of a shared reference | the value (`Option<u32>`) |
//! | any type with `#[accessors(copy)]` | the value |
//! | `Option<T>`, any other `T` | `Option<&T>` |
//! | any other `T` | `&T` |
//!
//! ```
//! use callback_model::Accessors;
//! use std::collections::BTreeMap;
//!
//! #[derive(Accessors)]
//! struct Contact {
//!     /// The name to greet.
//!     name: String,
//!     numbers: Vec<String>,
//!     email: Option<String>,
//!     attempts: u8,
//!     timeout_seconds: Option<i32>,
//!     labels: BTreeMap<String, String>,
//!     #[accessors(copy)]
//!     window: (u8, u8),
//! }
//!
//! let contact = Contact {
//!     name: "Ada".into(),
//!     numbers: vec!["+13175551234".into()],
//!     email: None,
//!     attempts: 2,
//!     timeout_seconds: Some(30),
//!     labels: BTreeMap::new(),
//!     window: (9, 17),
//! };
//! let name: &str = contact.name();
//! let numbers: &[String] = contact.numbers();
//! let email: Option<&str> = contact.email();
//! let attempts: u8 = contact.attempts();
//! let timeout: Option<i32> = contact.timeout_seconds();
//! let labels: &BTreeMap<String, String> = contact.labels();
//! let window: (u8, u8) = contact.window();
//! assert_eq!((name, numbers.len(), email, attempts, timeout, labels.len(), window), ("Ada", 1, None, 2, Some(30), 0, (9, 17)));
//!
//! // The signatures, as function pointers:
//! let _: fn(&Contact) -> &str = Contact::name;
//! let _: fn(&Contact) -> Option<&str> = Contact::email;
//! ```
//!
//! What the families generate, for a field `x: F`:
//!
//! ```text
//! pub fn x(&self) -> /* see the table */;                     // getter, on by default
//! pub fn set_x(&mut self, value: impl Into<F>) -> &mut Self;  // #[accessors(set)]
//! pub fn x_mut(&mut self) -> &mut F;                          // #[accessors(mut)]
//! pub fn with_x(self, value: impl Into<F>) -> Self;           // #[accessors(with)]
//! ```
//!
//! `F` is the whole field type: for `x: Option<String>`, `set_x` takes
//! `impl Into<Option<String>>`, so `set_x(None)`, `set_x(Some(s))` and
//! `set_x(String::from(".."))` work, and `set_x("..")` does not.
//!
//! ## `get`, `set`, `mut`, `with`
//!
//! On the struct, choose the families of every field; on a field, override the
//! struct's choice for that field. Each is a flag: `set`, `set = true`, `set = false`.
//! By default `get` is on and the others are off.
//!
//! ```
//! use callback_model::Accessors;
//!
//! #[derive(Default, Accessors)]
//! #[accessors(set, mut, with)]
//! struct Draft {
//!     subject: String,
//!     #[accessors(set = false, mut = false)]
//!     revision: u32,
//!     #[accessors(get = false, with = false)]
//!     secret: Option<String>,
//! }
//!
//! let mut draft = Draft::default().with_subject("Callback").with_revision(2_u32);
//! draft.set_subject("Callback request").set_secret(Some("s3cret".to_owned()));
//! draft.subject_mut().push_str(" (urgent)");
//! *draft.secret_mut() = None;
//! assert_eq!((draft.subject(), draft.revision()), ("Callback request (urgent)", 2));
//!
//! let _: fn(&mut Draft) -> &mut String = Draft::subject_mut;
//! ```
//!
//! ## `skip`
//!
//! On a field: no accessor at all, whatever the struct says. Write your own.
//!
//! ## `copy`
//!
//! On a field: the getter returns the value instead of a reference. The type must be
//! `Copy` (checked by the compiler; a `String`, `Vec` or map is refused by the derive).
//!
//! ```
//! use callback_model::Accessors;
//! use chrono::{DateTime, Utc};
//!
//! #[derive(Accessors)]
//! struct Hold {
//!     #[accessors(copy)]
//!     started: DateTime<Utc>,
//!     #[accessors(copy)]
//!     ended: Option<DateTime<Utc>>,
//!     #[accessors(skip)]
//!     reason: String,
//! }
//!
//! impl Hold {
//!     fn reason(&self) -> &str {
//!         self.reason.trim()
//!     }
//! }
//!
//! let hold = Hold { started: DateTime::UNIX_EPOCH, ended: None, reason: " music ".into() };
//! let (started, ended): (DateTime<Utc>, Option<DateTime<Utc>>) = (hold.started(), hold.ended());
//! assert_eq!((started, ended, hold.reason()), (DateTime::UNIX_EPOCH, None, "music"));
//! ```
//!
//! ## `accessors(crate = path)`
//!
//! On the struct: the path to this crate in the generated code (used by `copy`), as
//! [for `builder`](#buildercrate--path).

//!
//! # Schema
//!
//! With the `schema` feature of this crate, `#[derive(Schema)]` implements
//! [`schemars::JsonSchema`](https://docs.rs/schemars/1/schemars/trait.JsonSchema.html)
//! (re-exported as `callback_model::schemars`), so `schema_for!`, schemars-based
//! API-description tools and schemars types that hold the struct all work;
//! [`schema::json_schema`](https://docs.rs/callback-model/latest/callback_model/schema/fn.json_schema.html) gives the draft 2020-12
//! document. It reads the same attributes as the other derives and no new ones unless a
//! field needs it:
//!
//! - the wire view from `#[serde(..)]`: property names (`rename`, `rename_all`),
//!   `flatten`, `skip` / `skip_deserializing` (not a property), `default` (not
//!   required), `deny_unknown_fields` (`unevaluatedProperties: false`); an `Option` is
//!   not required and accepts `null`;
//! - the doc comments of the struct and the fields, as `description`s;
//! - every `#[validate(..)]` rule, as the keyword that says it (the table is in
//!   [`schema`](https://docs.rs/callback-model/latest/callback_model/schema/index.html#what-the-schema-says)): `required` in `required`,
//!   `length` as `minLength` / `minItems`, `range` and the bounds of an integer type as
//!   `minimum` / `maximum`, the string rules as `pattern`s that accept exactly what the
//!   rules accept, `each` in `items`, the groups as `anyOf` / `oneOf` / `not`;
//! - what JSON Schema cannot say (`not_before`, `custom`, `check`) in an `x-rules`
//!   list of codes and a sentence of the `description`: never dropped.
//!
//! ```
//! # #[cfg(feature = "schema")] {
//! use callback_model::{Schema, Validate, schema::json_schema};
//! use serde::Deserialize;
//! use serde_json::json;
//!
//! /// A request to be called back.
//! #[derive(Deserialize, Validate, Schema)]
//! #[serde(rename_all = "camelCase")]
//! #[validate(at_least_one_of(phone_number, email_address))]
//! struct CallMe {
//!     #[validate(non_blank, length(max = 80))]
//!     name: String,
//!     #[validate(e164)]
//!     phone_number: Option<String>,
//!     email_address: Option<String>,
//!     #[validate(range(min = 1, max = 5))]
//!     attempts: u8,
//! }
//!
//! let schema = json_schema::<CallMe>();
//! assert_eq!(schema["description"], "A request to be called back.");
//! assert_eq!(schema["required"], json!(["name", "attempts"]));
//! assert_eq!(schema["properties"]["name"]["maxLength"], 80);
//! assert_eq!(schema["properties"]["phoneNumber"]["type"], json!(["string", "null"]));
//! assert_eq!(schema["properties"]["phoneNumber"]["pattern"], callback_model::schema::E164_PATTERN);
//! assert_eq!((schema["properties"]["attempts"]["minimum"].clone(), schema["properties"]["attempts"]["maximum"].clone()), (json!(1), json!(5)));
//! let present = |wire: &str| json!({"required": [wire], "properties": {wire: {"not": {"type": "null"}}}});
//! assert_eq!(schema["allOf"], json!([{"anyOf": [present("phoneNumber"), present("emailAddress")]}]));
//! # }
//! ```
//!
//! A struct that serde does not read (no `Deserialize`) is a compile error, and so is a
//! field whose type has no `JsonSchema`; the struct's type parameters must implement
//! `JsonSchema` too. Where the schema and `Valid<T>` may still differ (timestamps in
//! forms beyond RFC 3339, integers written `5.0`) is listed in
//! [`schema`](https://docs.rs/callback-model/latest/callback_model/schema/index.html#where-a-validator-and-validt-disagree).
//!
//! ## `schema(crate = path)`
//!
//! On the struct: the path to this crate in the generated code, as
//! [for `builder`](#buildercrate--path).
//!
//! ## `with = Type`
//!
//! On a field that serde reads with a function of its own (`#[serde(with = "..")]` or
//! `deserialize_with`): the derive cannot see what that function reads, so it asks.
//! `Type` is a type whose schema is that wire form; the field's rules still apply.
//! Without it the field is a compile error.
//!
//! ```
//! # #[cfg(feature = "schema")] {
//! use callback_model::{Schema, schema::json_schema};
//! use chrono::{DateTime, Utc};
//! use serde::Deserialize;
//!
//! #[derive(Deserialize, Schema)]
//! struct Hold {
//!     #[serde(with = "callback_model::timestamp")]
//!     #[schema(with = DateTime<Utc>)]
//!     started: DateTime<Utc>,
//! }
//!
//! assert_eq!(json_schema::<Hold>()["properties"]["started"]["format"], "date-time");
//! # }
//! ```
//!
//! Where `Schema` is derived only with a feature, the key goes with it:
//! `#[cfg_attr(feature = "schema", schema(with = DateTime<Utc>))]`.
//!
//! What the derive refuses, because the schema would be wrong: `#[serde(transparent)]`,
//! `tag`, `from` and `try_from` on the struct (the wire form is not the fields;
//! implement `JsonSchema` by hand), a unit struct (serde reads `null`), `alias` on a
//! field (a second wire name), a flattened `Option` or map, and a rule other than
//! `nested` on a flattened field (it has no property to carry the keyword).

/// The README's examples, compiled and run with the other doctests (`cargo test
/// --doc`). Exists only while doctests are collected.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct Readme;
