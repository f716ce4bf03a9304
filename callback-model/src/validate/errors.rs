//! Every violation found in one value.

use super::Violation;
use std::fmt;

/// Every violation found while validating a value, in the order they were found
/// (the order of the fields, then of the struct's `check` functions).
///
/// Creating an empty `ValidationErrors` does not allocate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    /// No violations yet.
    pub const fn new() -> Self {
        ValidationErrors { violations: Vec::new() }
    }

    /// How many violations there are.
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// The violations, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// The violations as a slice.
    pub fn as_slice(&self) -> &[Violation] {
        &self.violations
    }

    /// `Ok(())` when there are no violations, else `Err(self)`.
    ///
    /// # Errors
    ///
    /// `self`, when it holds at least one violation.
    pub fn into_result(self) -> Result<(), Self> {
        if self.violations.is_empty() { Ok(()) } else { Err(self) }
    }

    /// Adds a violation that already knows its place.
    pub(crate) fn push(&mut self, violation: Violation) {
        self.violations.push(violation);
    }
}

impl fmt::Display for ValidationErrors {
    /// One violation a line: `segments[1].end_time: must not be before startTime (not_before)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl serde::Serialize for ValidationErrors {
    /// A JSON array of violations, each `{"path", "pointer", "code", "message"}`:
    /// ready to embed in an API error body.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.violations)
    }
}
