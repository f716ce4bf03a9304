//! The derives on representative structs (`Schema` too, with the `schema` feature), for
//! the lint check: this crate denies
//! every warning, and CI runs `cargo clippy -p callback-lint-clean -- -D warnings -W
//! clippy::pedantic` on it. Generated code that warns fails the build here.
//!
//! The structs cover what the generators emit differently: required, optional,
//! defaulted and collected fields; every rule kind; every accessor family; generics,
//! lifetimes and const generics; private and crate-visible structs (whose generated
//! methods are unused, which must not warn either).

#![deny(warnings)]
#![warn(clippy::pedantic, missing_docs, missing_debug_implementations, unreachable_pub)]

use callback_model::{Accessors, Builder, Report, Validate, Violation};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

/// Every field role of the builder and every accessor family.
#[derive(Debug, Clone, PartialEq, Builder, Validate, Accessors, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(callback_model::Schema))]
#[serde(rename_all = "camelCase")]
#[accessors(set, mut, with)]
#[validate(check = window_is_ordered)]
pub struct Appointment {
    /// Required.
    #[validate(uuid)]
    pub id: String,
    /// Required timestamp, read by value.
    #[accessors(copy)]
    pub starts_at: DateTime<Utc>,
    /// Optional, ordered after `starts_at`.
    #[accessors(copy)]
    #[validate(not_before = starts_at)]
    pub ends_at: Option<DateTime<Utc>>,
    /// Optional text with two rules.
    #[validate(non_blank, length(max = 80))]
    pub title: Option<String>,
    /// A collection with a pusher and rules on its elements.
    #[builder(each = "attendee")]
    #[validate(length(max = 20), each(e164))]
    pub attendees: Vec<String>,
    /// An optional collection with a pusher.
    #[builder(each = "tag")]
    #[validate(each(non_blank))]
    pub tags: Option<Vec<String>>,
    /// Defaulted.
    #[builder(default)]
    #[validate(range(min = 1, max = 10))]
    pub priority: u8,
    /// Defaulted to an expression.
    #[builder(default = 0.5)]
    #[validate(range(min = 0, max = 1))]
    pub weight: f64,
    /// Nested through `Option`.
    #[validate(nested)]
    pub room: Option<Room>,
    /// Nested through `Vec`.
    #[validate(nested)]
    pub rooms: Vec<Room>,
    /// Custom rule.
    #[validate(custom = even)]
    pub seats: u32,
    /// Left to hand-written methods.
    #[accessors(skip)]
    pub notes: HashMap<String, String>,
    /// A phone number.
    #[validate(phone, message = "call me maybe", code = "dialable")]
    pub phone: Option<String>,
    /// A set.
    #[builder(each = "label")]
    pub labels: BTreeSet<u8>,
}

/// Nested in [`Appointment`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Builder, Validate, Accessors, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(callback_model::Schema))]
pub struct Room {
    /// The room's name.
    #[validate(required, length(min = 1))]
    pub name: Option<String>,
    /// Its floor.
    #[validate(range(min = -3, max = 100))]
    pub floor: i16,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // `custom` rules take `&FieldType`
fn even(value: &u32) -> Result<(), Violation> {
    if value % 2 == 0 { Ok(()) } else { Err(Violation::new("even", "must be even")) }
}

fn window_is_ordered(appointment: &Appointment, report: &mut Report<'_>) {
    if appointment.priority > 9 && appointment.ends_at.is_none() {
        report.push(Violation::new("open_ended", "an urgent appointment needs an end"));
    }
}

/// Generics, a lifetime, a const generic, a `where` clause, raw identifiers, `Box`,
/// nested `Option`, a `Cow` and a `#[cfg]`'d field.
#[derive(Debug, Builder, Validate, Accessors)]
pub struct Shapes<'a, T: Clone, const N: usize = 2, U = u8>
where
    U: Copy,
{
    /// Borrowed.
    #[validate(non_blank)]
    pub r#type: &'a str,
    /// Copy-on-write.
    #[validate(length(max = 10))]
    pub text: Cow<'a, str>,
    /// Generic.
    pub value: T,
    /// Generic with a default.
    pub small: Option<U>,
    /// An array.
    pub array: [u8; N],
    /// Boxed.
    #[validate(nested)]
    pub boxed: Box<Room>,
    /// Twice optional (the user's choice; the lint is about this line, not the derive).
    #[allow(clippy::option_option)]
    pub twice: Option<Option<u8>>,
    /// Gone.
    #[cfg(any())]
    pub gone: u8,
}

/// Crate-visible: its builder and accessors are too.
#[derive(Debug, Builder, Validate, Accessors)]
pub(crate) struct CrateOnly {
    #[validate(range(max = 3))]
    value: u8,
}

/// Private, with every generated method unused.
#[derive(Debug, Builder, Validate, Accessors)]
#[accessors(set, mut, with)]
struct Unused {
    #[validate(range(max = 3))]
    value: u8,
    maybe: Option<String>,
}

/// Uses the private structs so that they are constructed (their own fields' dead-code
/// warnings are the user's, not the derive's).
#[must_use]
pub fn construct_private() -> bool {
    let crate_only = CrateOnly::builder().value(1).build();
    let unused = Unused { value: 1, maybe: None };
    crate_only.validate().is_ok() && unused.value == 1 && unused.maybe.is_none()
}

/// Structs a `macro_rules!` makes: every span of the input is the macro caller's, so a
/// lint on generated code would be reported here as the user's.
macro_rules! record {
    ($(#[$meta:meta])* $name:ident { $($(#[$field_meta:meta])* $field:ident: $ty:ty,)* }) => {
        #[derive(Debug, Clone, PartialEq, Builder, Validate, Accessors)]
        #[accessors(set, with)]
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
        }
    };
}

record! {
    /// A contact, made by a macro.
    #[validate(at_least_one_of(email, phone))]
    Made {
        /// Its id.
        #[validate(uuid)]
        id: String,
        /// An email address.
        email: Option<String>,
        /// A phone number.
        #[validate(e164)]
        phone: Option<String>,
        /// Attempts so far.
        attempts: u32,
        /// Tags.
        #[builder(each = "tag")]
        #[validate(length(min = 1))]
        tags: Vec<String>,
    }
}

/// Builds a [`Made`] through its builder, so its setters are used.
///
/// # Errors
///
/// Every violation of its rules.
pub fn made() -> Result<callback_model::Valid<Made>, callback_model::ValidationErrors> {
    let builder = Made::builder().id("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f").attempts(1).tag("vip");
    let _copy = builder.clone();
    let _text = format!("{builder:?}");
    builder.phone("+13175550142").try_build()
}
