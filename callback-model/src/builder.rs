//! The names a builder's type and its compile errors use.
//!
//! `#[derive(Builder)]` tracks, in one type parameter of the builder, what `.build()`
//! waits for and what a setter may no longer do: each required field, each list that
//! needs an element, each group rule. Each of those is one of the types below: a field
//! [`Unset`] or [`Set`]; an `at_least_one_of` a flag per member, `(Set, Unset)`, set by
//! the member's own setter; an exclusive group's member set by its own setter
//! ([`Proven`], with the member's name from the builder's state module and its position
//! in the group), or set from a run-time value ([`Maybe`]). An editor's inlay hint of a
//! half-built builder shows them: `ContactBuilder<(Set, Proven<email, 0>)>`.
//!
//! The traits are what `.build()` and the setters ask of that state. Each has a message
//! that names the field and the call to make, so a missing field reads
//! "`Booking` cannot be built without `nights`: call `.nights(..)` first". You never
//! implement them: the derive does, where a rule allows it.
//!
//! What a run-time value sets is not proof: `maybe_x(option)` may be `None`, and the
//! setter of a whole list may be given an empty one. So they do not satisfy a group or
//! a list that needs an element, a member set through them still excludes the other
//! members of an `exactly_one_of` / `at_most_one_of`, and they cannot be called once
//! `.build()` counts on what they would replace. `.try_build()` needs only the required
//! fields and checks the rest when it runs.

use core::marker::PhantomData;

/// A field, list or group of a builder's state that nothing has set yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unset;

/// A field or list of a builder's state that is set: a required field by its setter, a
/// list by adding an element.
#[derive(Debug, Clone, Copy, Default)]
pub struct Set;

/// The state of an exclusive group (or of an `at_least_one_of` of more than six
/// members) whose member `Field`, the `AT`-th of the group (from 0), was set by its own
/// setter, or had an element added: `.build()` counts it.
pub struct Proven<Field: ?Sized, const AT: usize>(PhantomData<fn() -> Field>);

/// The state of an exclusive group (`exactly_one_of`, `at_most_one_of`) whose member
/// `Field` was set from a run-time value (`maybe_x`, the setter of a whole list): the
/// other members are excluded, and `.build()` does not count it as set.
pub struct Maybe<Field: ?Sized>(PhantomData<fn() -> Field>);

/// Implemented by the derive for a group of more than six members: the member `Self` is
/// one of the group of `Struct` whose members are `Group` (a tuple of the state
/// module's names), which [`OneOfMany`] reads. (A smaller group needs no impl: its
/// members' positions say it.)
pub trait Member<Struct: ?Sized, Group: ?Sized> {}

/// Asked by `.build()` of a required field: set by its setter.
#[diagnostic::on_unimplemented(
    message = "`{Struct}` cannot be built without `{Field}`: call `.{Field}(..)` first",
    label = "`{Field}` is not set",
    note = "a field is required when it is not an `Option` and has no `#[builder(default)]`, or when `#[validate(required)]` says so"
)]
pub trait IsSet<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> IsSet<Struct, Field> for Set {}

/// Asked by the setter of a required field: not set yet, so a second call is an error
/// that names the field.
#[diagnostic::on_unimplemented(
    message = "`{Field}` is already set: a required field is set once",
    label = "`{Field}` was set before",
    note = "remove one of the calls"
)]
pub trait IsUnset<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> IsUnset<Struct, Field> for Unset {}

/// Asked by `.build()` of a list that a rule says must not be empty
/// (`#[validate(length(min = 1))]` with an `each` setter, `Push`): an element added.
#[diagnostic::on_unimplemented(
    message = "`{Struct}` cannot be built before `{Field}` has an element: call `.{Push}(..)` first",
    label = "nothing was added to `{Field}`",
    note = "the setter of the whole list does not count, since the list it is given may be empty; `try_build()` checks it when it runs"
)]
pub trait HasItem<Struct: ?Sized, Field: ?Sized, Push: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized, Push: ?Sized> HasItem<Struct, Field, Push> for Set {}

/// Asked by the setter of a whole list that `.build()` needs an element of: nothing
/// added yet, so that the list given does not replace what `.build()` counts on.
#[diagnostic::on_unimplemented(
    message = "`.{Field}(..)` would replace the elements already added to `{Field}`",
    label = "`{Field}` has elements that `.build()` counts on",
    note = "set the whole list first, then add elements; or add every element one at a time"
)]
pub trait NotPushed<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> NotPushed<Struct, Field> for Unset {}

/// Asked by the setters of a member `Field` of an exclusive group (`exactly_one_of`,
/// `at_most_one_of`) of the group's state: nothing set, or `Field` itself.
#[diagnostic::on_unimplemented(
    message = "`{Field}` cannot be set: another member of its group is set, and a group rule on `{Struct}` allows one of them at most",
    label = "`{Field}` is excluded by the member set before",
    note = "the state says which member is set: `{Self}`; remove one of the two calls"
)]
pub trait MaySet<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> MaySet<Struct, Field> for Unset {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> MaySet<Struct, Field> for Maybe<Field> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized, const AT: usize> MaySet<Struct, Field> for Proven<Field, AT> {}

/// Asked by the setter of a run-time value (`maybe_x`, the setter of a whole list) of a
/// member `Field` of an `exactly_one_of` group: nothing set, or `Field` set from a
/// run-time value. Not once `Field`'s own setter proved the group (the value could undo
/// it), nor once another member is set.
#[diagnostic::on_unimplemented(
    message = "`{Field}` cannot be set from a run-time value here: a member of its group is set already, and `{Struct}` allows exactly one",
    label = "this could unset `{Field}` or set a second member",
    note = "the state says which member is set: `{Self}`; set a run-time value first (`.try_build()` then checks the group), or set `{Field}` by its own setter"
)]
pub trait MayChoose<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> MayChoose<Struct, Field> for Unset {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> MayChoose<Struct, Field> for Maybe<Field> {}

/// Asked by the setter of a run-time value (`maybe_x`, the setter of a whole list) of a
/// member `Field` of an `at_least_one_of` group, of the member's own flag in the group's
/// state (`(Set, Unset)`: which members their own setters proved): not proven, so the
/// run-time value cannot undo what `.build()` counts on.
#[diagnostic::on_unimplemented(
    message = "`{Field}` cannot be set from a run-time value here: `{Struct}`'s group rule counts on the `{Field}` already set",
    label = "this could unset `{Field}`",
    note = "set it from the run-time value before its own setter"
)]
pub trait MayClear<Struct: ?Sized, Field: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized> MayClear<Struct, Field> for Unset {}

/// [`MayClear`] for an `at_least_one_of` of more than six members, whose state is the
/// member that proves it and its position (`Proven<x, 7>`): `Unset`, or a member at
/// another position.
#[diagnostic::on_unimplemented(
    message = "`{Field}` cannot be set from a run-time value here: `{Struct}`'s group rule counts on the `{Field}` already set",
    label = "this could unset `{Field}`",
    note = "set it from the run-time value before its own setter, or set another member of the group after it"
)]
pub trait MayClearAt<Struct: ?Sized, Field: ?Sized, const AT: usize> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Field: ?Sized, const AT: usize> MayClearAt<Struct, Field, AT> for Unset {}

macro_rules! may_clear {
    ($($at:literal: $($other:literal)*;)*) => {$($(
        #[diagnostic::do_not_recommend]
        impl<Struct: ?Sized, Field: ?Sized, Other: ?Sized> MayClearAt<Struct, Field, $at> for Proven<Other, $other> {}
    )*)*};
}

/// The largest `at_least_one_of` whose run-time setters the builder tracks: a member at
/// a position up to 15 (the derive refuses a larger one on a builder).
pub const MAX_GROUP: usize = 16;

may_clear! {
    0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15;
    1: 0 2 3 4 5 6 7 8 9 10 11 12 13 14 15;
    2: 0 1 3 4 5 6 7 8 9 10 11 12 13 14 15;
    3: 0 1 2 4 5 6 7 8 9 10 11 12 13 14 15;
    4: 0 1 2 3 5 6 7 8 9 10 11 12 13 14 15;
    5: 0 1 2 3 4 6 7 8 9 10 11 12 13 14 15;
    6: 0 1 2 3 4 5 7 8 9 10 11 12 13 14 15;
    7: 0 1 2 3 4 5 6 8 9 10 11 12 13 14 15;
    8: 0 1 2 3 4 5 6 7 9 10 11 12 13 14 15;
    9: 0 1 2 3 4 5 6 7 8 10 11 12 13 14 15;
    10: 0 1 2 3 4 5 6 7 8 9 11 12 13 14 15;
    11: 0 1 2 3 4 5 6 7 8 9 10 12 13 14 15;
    12: 0 1 2 3 4 5 6 7 8 9 10 11 13 14 15;
    13: 0 1 2 3 4 5 6 7 8 9 10 11 12 14 15;
    14: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 15;
    15: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14;
}

macro_rules! one_of {
    ($($name:ident($($member:ident $at:literal),+): $members:literal;)+) => {$(
        /// Asked by `.build()` of a group's state (`at_least_one_of`, `exactly_one_of`):
        /// a member set by its own setter or an element added to it, so that the
        /// message names the group's members.
        #[diagnostic::on_unimplemented(
            message = $members,
            label = "none of them is set by its own setter",
            note = "a `maybe_` setter or the setter of a whole list does not count, since its value may be `None` or empty; `try_build()` checks it when it runs"
        )]
        pub trait $name<Struct: ?Sized, $($member: ?Sized),+> {}

        one_of!(@impls $name [$($member)+] $($member $at)+);
    )+};
    (@impls $name:ident $all:tt $($member:ident $at:literal)+) => {$(
        one_of!(@impl $name $all $member $at);
    )+};
    (@impl $name:ident [$($all:ident)+] $member:ident $at:literal) => {
        #[diagnostic::do_not_recommend]
        impl<Struct: ?Sized, $($all: ?Sized),+> $name<Struct, $($all),+> for Proven<$member, $at> {}
    };
}

one_of! {
    OneOf2(A 0, B 1): "`{Struct}` cannot be built before one of `{A}`, `{B}` is set: call `.{A}(..)` or `.{B}(..)` first";
    OneOf3(A 0, B 1, C 2): "`{Struct}` cannot be built before one of `{A}`, `{B}`, `{C}` is set: call one of their setters first";
    OneOf4(A 0, B 1, C 2, D 3): "`{Struct}` cannot be built before one of `{A}`, `{B}`, `{C}`, `{D}` is set: call one of their setters first";
    OneOf5(A 0, B 1, C 2, D 3, E 4): "`{Struct}` cannot be built before one of `{A}`, `{B}`, `{C}`, `{D}`, `{E}` is set: call one of their setters first";
    OneOf6(A 0, B 1, C 2, D 3, E 4, F 5): "`{Struct}` cannot be built before one of `{A}`, `{B}`, `{C}`, `{D}`, `{E}`, `{F}` is set: call one of their setters first";
}

/// An `at_least_one_of` of six members or fewer is proven when one member's flag is `Set`:
/// one impl a position, each with the flags before it `Unset`, so that none overlaps.
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, X1> OneOf2<Struct, A, B> for (Set, X1) {}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized> OneOf2<Struct, A, B> for (Unset, Set) {}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, X1, X2> OneOf3<Struct, A, B, C> for (Set, X1, X2) {}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, X2> OneOf3<Struct, A, B, C> for (Unset, Set, X2) {}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized> OneOf3<Struct, A, B, C> for (Unset, Unset, Set) {}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, X1, X2, X3> OneOf4<Struct, A, B, C, D>
    for (Set, X1, X2, X3)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, X2, X3> OneOf4<Struct, A, B, C, D>
    for (Unset, Set, X2, X3)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, X3> OneOf4<Struct, A, B, C, D>
    for (Unset, Unset, Set, X3)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized> OneOf4<Struct, A, B, C, D>
    for (Unset, Unset, Unset, Set)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, X1, X2, X3, X4>
    OneOf5<Struct, A, B, C, D, E> for (Set, X1, X2, X3, X4)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, X2, X3, X4> OneOf5<Struct, A, B, C, D, E>
    for (Unset, Set, X2, X3, X4)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, X3, X4> OneOf5<Struct, A, B, C, D, E>
    for (Unset, Unset, Set, X3, X4)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, X4> OneOf5<Struct, A, B, C, D, E>
    for (Unset, Unset, Unset, Set, X4)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized> OneOf5<Struct, A, B, C, D, E>
    for (Unset, Unset, Unset, Unset, Set)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized, X1, X2, X3, X4, X5>
    OneOf6<Struct, A, B, C, D, E, F> for (Set, X1, X2, X3, X4, X5)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized, X2, X3, X4, X5>
    OneOf6<Struct, A, B, C, D, E, F> for (Unset, Set, X2, X3, X4, X5)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized, X3, X4, X5>
    OneOf6<Struct, A, B, C, D, E, F> for (Unset, Unset, Set, X3, X4, X5)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized, X4, X5>
    OneOf6<Struct, A, B, C, D, E, F> for (Unset, Unset, Unset, Set, X4, X5)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized, X5>
    OneOf6<Struct, A, B, C, D, E, F> for (Unset, Unset, Unset, Unset, Set, X5)
{
}
#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, A: ?Sized, B: ?Sized, C: ?Sized, D: ?Sized, E: ?Sized, F: ?Sized> OneOf6<Struct, A, B, C, D, E, F>
    for (Unset, Unset, Unset, Unset, Unset, Set)
{
}

/// [`OneOf2`] for a group of more than six members, `Members` a tuple of their names.
#[diagnostic::on_unimplemented(
    message = "`{Struct}` cannot be built before one of `{Members}` is set: call one of their setters first",
    label = "none of them is set by its own setter",
    note = "a `maybe_` setter or the setter of a whole list does not count, since its value may be `None` or empty; `try_build()` checks it when it runs"
)]
pub trait OneOfMany<Struct: ?Sized, Members: ?Sized> {}

#[diagnostic::do_not_recommend]
impl<Struct: ?Sized, Members: ?Sized, Field: ?Sized + Member<Struct, Members>, const AT: usize>
    OneOfMany<Struct, Members> for Proven<Field, AT>
{
}

/// The argument of a setter of a number, `bool` or `char` field: the value itself, so
/// that a literal infers the field's type (`.nights(2)` on a `u16`). Implemented for
/// those types only; an `Option` given instead is refused with a message that names
/// the `maybe_` setter (`maybe_nights`), which is where an `Option` goes.
#[diagnostic::on_unimplemented(
    message = "this setter takes a `{T}`, and this is `{Self}`",
    label = "expected `{T}`",
    note = "an `Option` goes to the field's `maybe_` setter: `maybe_` and the field's name"
)]
pub trait Plain<T> {
    /// The value.
    fn into_plain(self) -> T;
}

macro_rules! plain {
    ($($ty:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl Plain<$ty> for $ty {
            #[allow(clippy::inline_always)]
            #[inline(always)]
            fn into_plain(self) -> $ty {
                self
            }
        }
    )*};
}

plain!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, bool, char);
