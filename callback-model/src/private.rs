//! Support for generated code. Not part of the public API: names here may change in
//! any release.

/// The state of a required field in a builder: not set yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unset;

/// The state of a required field in a builder: set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Set;

/// Asked of a required field's state by the finishing method. `Field` is an empty type
/// named after the field, so that the message names it. (The traits are here, not
/// generated next to the struct, because `#[diagnostic]` attributes do not resolve
/// in a module under `#![no_implicit_prelude]`.)
#[diagnostic::on_unimplemented(
    message = "the required field `{Field}` is not set",
    label = "`{Struct}` cannot be built before `{Field}` is set",
    note = "a field is required when it is not an `Option` and has no `#[builder(default)]` or `#[builder(each = ..)]`; call its setter before this"
)]
pub trait IsSet<Struct: ?Sized, Field: ?Sized> {}

impl<Struct: ?Sized, Field: ?Sized> IsSet<Struct, Field> for Set {}

/// Asked of a required field's state by its setter, so that a second call is an error
/// that names the field.
#[diagnostic::on_unimplemented(
    message = "the required field `{Field}` is already set",
    label = "`{Field}` can be set only once"
)]
pub trait IsUnset<Struct: ?Sized, Field: ?Sized> {}

impl<Struct: ?Sized, Field: ?Sized> IsUnset<Struct, Field> for Unset {}

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
