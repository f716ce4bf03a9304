//! Support for generated code. Not part of the public API: names here may change in
//! any release.

/// The state of a required field in a builder: not set yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unset;

/// The state of a required field in a builder: set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Set;

use crate::{Report, Violation};

/// `#[accessors(copy)]`: the value behind a reference, for a `Copy` type.
#[inline]
pub fn copied<T: Copy>(value: &T) -> T {
    *value
}

/// `#[validate(custom = path)]`: calls the rule, whose type the compiler then checks
/// against `fn(&T) -> Result<(), Violation>`.
///
/// # Errors
///
/// The rule's violation.
#[inline]
pub fn custom<T: ?Sized, F: Fn(&T) -> Result<(), Violation>>(rule: F, value: &T) -> Result<(), Violation> {
    rule(value)
}

/// `#[validate(check = path)]`: calls the check, whose type the compiler then checks
/// against `fn(&T, &mut Report<'_>)`.
#[inline]
pub fn check<T: ?Sized, F: Fn(&T, &mut Report<'_>)>(check: F, value: &T, report: &mut Report<'_>) {
    check(value, report);
}
