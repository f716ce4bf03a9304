//! Support for generated code. Not part of the public API: names here may change in
//! any release.

/// The storage of a builder with nothing set: every field `None`.
pub trait Empty: Sized {
    /// The storage with nothing set.
    const EMPTY: Self;
}

/// A builder's storage (a struct the derive writes, one `Option` per field), behind a
/// `Drop` of its own that moves the storage out by value before dropping it.
///
/// Why: drop glue takes the address of what it drops. A builder is dropped on every
/// unwinding path (an argument between two setters may panic), so with drop glue of
/// its own its address reached a call at each setter, the builder had to live in
/// memory, and each setter copied all of it to the next builder. This `Drop` is inlined
/// and only reads the storage, so the optimiser keeps a builder in registers and a
/// chain of setters costs what a struct literal costs.
///
/// It is generic over the storage only, not over the builder's type-level state: one
/// `Drop` per struct, not one per state.
pub struct BuilderStorage<T: Empty>(ManuallyDrop<T>);

impl<T: Empty> BuilderStorage<T> {
    /// Nothing set.
    #[allow(clippy::inline_always, clippy::new_without_default)]
    #[inline(always)]
    pub const fn new() -> Self {
        BuilderStorage(ManuallyDrop::new(T::EMPTY))
    }

    /// The storage, for a setter. `extern "C"`, so that it cannot unwind: a call to it
    /// needs no cleanup path, which a debug build would otherwise compile in every
    /// setter.
    #[inline]
    pub extern "C" fn get(&mut self) -> &mut T {
        &mut self.0
    }

    /// The storage, for `build`.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn into_inner(self) -> T {
        take(&mut ManuallyDrop::new(self).0)
    }

    /// The storage, to read (the builder's `Debug`).
    pub fn get_ref(&self) -> &T {
        &self.0
    }
}

impl<T: Empty + Clone> Clone for BuilderStorage<T> {
    fn clone(&self) -> Self {
        BuilderStorage(ManuallyDrop::new(T::clone(&self.0)))
    }
}

impl<T: Empty> Drop for BuilderStorage<T> {
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn drop(&mut self) {
        discard(take(&mut self.0));
    }
}

/// A wide builder's storage, on the heap: moving the builder moves a pointer, so a
/// chain of setters on a struct of many fields costs stack and compile time in
/// proportion to its length. Like [`BuilderStorage`], its `Drop` hands the storage to an
/// out-of-line function, so that each unwinding path of a chain is one call.
pub struct BoxedStorage<T: Empty>(Option<Box<T>>);

impl<T: Empty> BoxedStorage<T> {
    /// Nothing set.
    #[allow(clippy::inline_always, clippy::new_without_default)]
    #[inline(always)]
    pub fn new() -> Self {
        BoxedStorage(Some(Box::new(T::EMPTY)))
    }

    /// The storage, for a setter. `extern "C"`, so that it cannot unwind.
    #[inline]
    pub extern "C" fn get(&mut self) -> &mut T {
        match &mut self.0 {
            Some(storage) => storage,
            None => unset_required_field(),
        }
    }

    /// The storage, for `build`.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn into_inner(mut self) -> T {
        match self.0.take() {
            Some(storage) => *storage,
            None => unset_required_field(),
        }
    }

    /// The storage, to read (the builder's `Debug`).
    pub fn get_ref(&self) -> &T {
        match &self.0 {
            Some(storage) => storage,
            None => unset_required_field(),
        }
    }
}

impl<T: Empty + Clone> Clone for BoxedStorage<T> {
    fn clone(&self) -> Self {
        BoxedStorage(Some(Box::new(T::clone(self.get_ref()))))
    }
}

/// A builder's `Debug`: its name, then each field as `set` or `unset`, whatever its
/// type (a field's value may not be `Debug`). The derive calls it by path, one field a
/// call, which costs the compiler less than `DebugStruct`'s methods on `&dyn Debug`.
pub struct DebugBuilder<'a, 'b> {
    out: core::fmt::DebugStruct<'a, 'b>,
}

impl<'a, 'b> DebugBuilder<'a, 'b> {
    /// Starts the builder named `name`.
    pub fn new(f: &'a mut core::fmt::Formatter<'b>, name: &str) -> Self {
        DebugBuilder { out: f.debug_struct(name) }
    }

    /// Shows field `name`.
    pub fn field(&mut self, name: &str, set: bool) {
        self.out.field(name, &SetOrUnset(set));
    }

    /// Ends it.
    ///
    /// # Errors
    ///
    /// The formatter's.
    pub fn finish(mut self) -> core::fmt::Result {
        self.out.finish()
    }
}

/// `set` or `unset`.
struct SetOrUnset(bool);

impl core::fmt::Debug for SetOrUnset {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.0 { "set" } else { "unset" })
    }
}

// `inline(always)` on these helpers: one left out of line would receive the builder's
// address, which is what they exist to avoid.
#[allow(clippy::inline_always)]
#[inline(always)]
fn take<T: Empty>(storage: &mut ManuallyDrop<T>) -> T {
    ManuallyDrop::into_inner(mem::replace(storage, ManuallyDrop::new(T::EMPTY)))
}

/// Drops what an unfinished builder held, out of line (a builder is dropped unfinished
/// on an unwinding path or by mistake).
#[cold]
#[inline(never)]
fn discard<T>(value: T) {
    drop(value);
}

/// A builder's pusher: `Pusher(&mut slot).push(value)`. On a `Vec` the inherent
/// `push` below is chosen (method resolution prefers it to the trait's); any other
/// collection, including a type that is only named `Vec`, goes through [`ExtendPush`].
///
/// Either way the collection is extended as a local, moved out of the builder and back,
/// so that the address `reserve` receives is the local's, not the builder's.
pub struct Pusher<'a, C>(pub &'a mut Option<C>);

impl<T> Pusher<'_, Vec<T>> {
    /// The first element allocates the capacity `Vec`'s own growth would, without going
    /// through its out-of-line growth path.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn push(self, value: T) {
        let mut items = match self.0.take() {
            Some(items) => items,
            None => Vec::with_capacity(first_capacity::<T>()),
        };
        items.push(value);
        *self.0 = Some(items);
    }
}

/// [`Pusher`] on any collection that can be extended.
pub trait ExtendPush<T> {
    /// Adds `value` to the collection, making it first if there is none.
    fn push(self, value: T);
}

impl<C: Default + Extend<T>, T> ExtendPush<T> for Pusher<'_, C> {
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn push(self, value: T) {
        let mut items = self.0.take().unwrap_or_default();
        items.extend(core::iter::once(value));
        *self.0 = Some(items);
    }
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

/// `required` on a type the derive cannot see into (an alias, say of `Option`): the
/// compiler checks that it is an `Option`.
#[diagnostic::on_unimplemented(
    message = "`required` applies to Option values, and `{Self}` is not one",
    label = "not an `Option`",
    note = "the derive reads the field's type as written; an alias of `Option` works, another type is always present"
)]
pub trait Absent {
    /// True for `None`.
    fn is_absent(&self) -> bool;
}

impl<T> Absent for Option<T> {
    #[inline]
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

/// A group rule's member that is a collection is present when it has an item.
#[inline]
pub fn has_items<C: ?Sized>(collection: &C) -> bool
where
    for<'a> &'a C: IntoIterator,
{
    collection.into_iter().next().is_some()
}

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
