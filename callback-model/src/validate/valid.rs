//! `Valid<T>`: a value that is known to pass its rules.

use super::{Validate, ValidationErrors};
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
    /// Parses a `T`, then validates it; a value that breaks a rule is an error that
    /// lists every violation.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = T::deserialize(deserializer)?;
        Valid::new(value).map_err(|errors| {
            let mut lines = String::new();
            for (i, violation) in errors.iter().enumerate() {
                if i > 0 {
                    lines.push_str("; ");
                }
                // Writing to a `String` cannot fail.
                let _ = violation.write_at(violation.json_pointer(), &mut lines);
            }
            serde::de::Error::custom(format_args!(
                "the value breaks {} rule{}: {lines}",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
            ))
        })
    }
}
