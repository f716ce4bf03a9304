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

/// Takes a builder's storage out of its `ManuallyDrop`, leaving `empty` in its place.
///
/// A builder keeps its storage in a `ManuallyDrop` and drops it through its own `Drop`
/// impl, which moves the storage out by value (here) instead of handing its address to
/// drop glue. A builder's address that reaches no call lets the optimiser keep it in
/// registers and turn each setter's move into nothing; with the address handed to drop
/// glue on every unwinding path, each setter copied the whole builder.
// `inline(always)`: a helper left out of line would receive the builder's address,
// which is what these exist to avoid.
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn take<T>(storage: &mut ManuallyDrop<T>, empty: T) -> T {
    ManuallyDrop::into_inner(mem::replace(storage, ManuallyDrop::new(empty)))
}

/// A builder's `Drop`: drops what was set, out of line (a builder is dropped unfinished
/// only on an unwinding path or by mistake).
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn drop_storage<T>(storage: &mut ManuallyDrop<T>, empty: T) {
    discard(take(storage, empty));
}

#[cold]
#[inline(never)]
fn discard<T>(value: T) {
    drop(value);
}

/// A builder's pusher on a `Vec`: the first element allocates the capacity `Vec`'s own
/// growth would (without going through it), and the `Vec` is extended as a local, so
/// that the address `push` may hand to the allocator is the local's, not the builder's.
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn push<T>(slot: &mut Option<Vec<T>>, value: T) {
    let mut items = match slot.take() {
        Some(items) => items,
        None => Vec::with_capacity(first_capacity::<T>()),
    };
    items.push(value);
    *slot = Some(items);
}

/// The capacity `Vec` gives itself on its first push (`RawVec`'s minimum non-zero
/// capacity).
const fn first_capacity<T>() -> usize {
    match size_of::<T>() {
        1 => 8,
        size if size <= 1024 => 4,
        _ => 1,
    }
}

/// What a builder's `build` does with a required field that is not set, which its type
/// rules out. It cannot unwind (a panic in an `extern "C"` function aborts), so the
/// finishing method has no unwinding path that would keep the builder in memory.
///
/// # Panics
///
/// Always, and the panic aborts the process; only a hand-written impl of `IsSet` for
/// `Unset` can get here.
#[cold]
#[inline(never)]
pub extern "C" fn unset_required_field() -> ! {
    panic!("a builder was finished with a required field unset, which its type rules out")
}

use crate::{Report, Violation};
use core::mem::{self, ManuallyDrop};

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
