//! `Valid<T>`: a value that is known to pass its rules.

use super::{Validate, ValidationErrors, Violation};
use std::fmt::{self, Write as _};
use std::ops::Deref;

/// A `T` that has passed [`Validate`]: proof, in the type, that its rules hold.
///
/// It can be obtained only by validating: [`Valid::new`], a builder's `try_build()`,
/// or deserializing a `Valid<T>` (which parses, then validates). It gives `&T`
/// ([`Deref`]) but never `&mut T`, so it cannot be changed into an invalid value;
/// [`into_inner`](Valid::into_inner) gives the `T` back. It serializes exactly as `T`.
///
/// ```
/// use callback_model::{Valid, Wrapup};
///
/// let wrapup = Wrapup::builder().duration_seconds(-5).build();
/// let errors = Valid::new(wrapup).unwrap_err();
/// assert_eq!(errors.iter().next().unwrap().json_pointer(), "/durationSeconds");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Valid<T>(T);

impl<T: Validate> Valid<T> {
    /// Validates `value`.
    ///
    /// # Errors
    ///
    /// Every violation, when `value` breaks at least one rule.
    pub fn new(value: T) -> Result<Self, ValidationErrors> {
        value.validate()?;
        Ok(Valid(value))
    }
}

impl<T> Valid<T> {
    /// The value, no longer marked valid.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Valid<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Valid<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T: serde::Serialize> serde::Serialize for Valid<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: serde::Deserialize<'de> + Validate> serde::Deserialize<'de> for Valid<T> {
    /// Parses a `T`, then validates it. A value that breaks a rule is an error whose
    /// message is `the value breaks N rules: ` and every violation as a JSON array
    /// (`[{"path": .., "pointer": .., "code": .., "message": ..}]`, as
    /// [`ValidationErrors`] serializes): [`json::ParseError`](crate::json::ParseError)
    /// reads the violations back from it ([`violations`](crate::json::ParseError::violations))
    /// and shows only the first few.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = T::deserialize(deserializer)?;
        Valid::new(value).map_err(|errors| serde::de::Error::custom(RuleFailure(&errors)))
    }
}

/// How a rule failure starts its deserializer error's message.
pub(crate) const RULE_FAILURE: &str = "the value breaks ";

/// How many violations a parse error's message lists before it counts the rest.
const LISTED: usize = 3;

/// The deserializer error's message of a `Valid<T>` that breaks its rules: the count,
/// then every violation as a JSON array, so that the violations survive the trip
/// through any `Deserializer`'s error type (which keeps only a message).
struct RuleFailure<'a>(&'a ValidationErrors);

impl fmt::Display for RuleFailure<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{RULE_FAILURE}{}: [", Rules(self.0.len()))?;
        // One buffer for every violation, each four strings: writing one as JSON to a
        // `Vec` cannot fail, and gives UTF-8.
        let mut buf = Vec::new();
        for (i, violation) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            buf.clear();
            serde_json::to_writer(&mut buf, violation).map_err(|_| fmt::Error)?;
            f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)?;
        }
        f.write_str("]")
    }
}

/// `1 rule`, `2 rules`.
struct Rules(usize);

impl fmt::Display for Rules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rule{}", self.0, if self.0 == 1 { "" } else { "s" })
    }
}

/// One violation as [`RuleFailure`] writes it.
#[derive(serde::Deserialize)]
struct Written {
    path: String,
    pointer: String,
    code: String,
    message: String,
}

/// The violations of a deserializer error's message written by [`RuleFailure`]
/// (without the position `serde_json` appends); `None` for any other message.
pub(crate) fn rule_failure(message: &str) -> Option<ValidationErrors> {
    let rest = message.strip_prefix(RULE_FAILURE)?;
    let (count, rest) = rest.split_once(' ')?;
    let count: usize = count.parse().ok()?;
    let list = rest.strip_prefix(if count == 1 { "rule: " } else { "rules: " })?;
    let written: Vec<Written> = serde_json::from_str(list).ok()?;
    if count == 0 || written.len() != count {
        return None;
    }
    let mut errors = ValidationErrors::new();
    for Written { path, pointer, code, message } in written {
        let mut violation = Violation::new(code, message);
        violation.place(path, pointer);
        errors.push(violation);
    }
    Some(errors)
}

/// A parse error's message for a value that breaks its rules:
/// `the value breaks 5 rules: /id: must be a UUID .. (uuid); ..; and 2 more`, each
/// violation at its JSON pointer, at most [`LISTED`] of them.
pub(crate) fn rule_failure_summary(errors: &ValidationErrors) -> String {
    let mut out = format!("{RULE_FAILURE}{}: ", Rules(errors.len()));
    for (i, violation) in errors.iter().take(LISTED).enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        // Writing to a `String` cannot fail.
        let _ = violation.write_at(violation.json_pointer(), &mut out);
    }
    if errors.len() > LISTED {
        let _ = write!(out, "; and {} more", errors.len() - LISTED);
    }
    out
}
