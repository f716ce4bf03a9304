//! The builder's plan: the entry points' names, each field's role and setters, and the
//! builder's type-level state: one leaf for each thing `.build()` waits for or a setter
//! must not repeat (a required field, a field `#[validate(required)]`, a list that must
//! not be empty, a group rule). Checked here: a field named like an entry point or the
//! storage's phantom field, `each` on what is not a growable collection, `default`
//! where it cannot apply, and two setters of the same name.
//!
//! The builder reads the `#[validate(..)]` rules a type can prove; a mistake in them is
//! not reported here but by `Validate`, which reads the same attributes.

use super::validate::group_plan;
use super::{Claim, Names, type_name};
use crate::ast::{Container, Field};
use crate::attr::builder::DefaultValue;
use crate::attr::validate::{GroupKind, Number, RuleKind};
use crate::ctxt::Errors;
use crate::names::{affixed, make_ident, snake_case, unraw, upper_camel};
use crate::ty::{Kind, has_no_drop_glue};
use proc_macro2::Span;
use syn::{Ident, Type};

/// The name of the storage's phantom field (every other field of the storage is one of
/// the struct's, so this name is reserved).
pub(crate) const PHANTOM_FIELD: &str = "__callback_marker";

/// The name of the hidden method `build` and `try_build` share when `try_build` asks
/// less (a setter of this name would clash with it, so it is reserved too).
pub(crate) const UNCHECKED_FINISH: &str = "__callback_finish";

/// A struct with more fields than this keeps its builder's storage on the heap: moving
/// the builder is then moving a pointer, so a chain of setters costs stack and compile
/// time in proportion to its length, where a storage moved whole from setter to setter
/// costs both in proportion to its square. A storage with drop glue (a `String`, ...)
/// costs more to move (each setter's unwinding path), so it goes to the heap sooner.
/// (Measured: 10 x 50 `i32` fields compile slower boxed than bare; 50 `String` fields
/// compile in half the time boxed, BENCHMARKS.md "Wide structs".)
pub(crate) const INLINE_FIELDS: usize = 64;

/// The most members of an `at_least_one_of` the builder tracks: the runtime's
/// `MayClear` knows positions 0 to 15 (`callback_model::builder::MAX_GROUP`).
const MAX_GROUP: usize = 16;
/// [`INLINE_FIELDS`] for a storage with drop glue.
pub(crate) const INLINE_FIELDS_WITH_DROP_GLUE: usize = 32;

/// How a builder holds its storage.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holding {
    /// As it is: no field has drop glue, or the struct has lifetimes.
    Bare,
    /// In the runtime's `BuilderStorage`, whose `Drop` keeps the builder's address
    /// from every call.
    Held,
    /// In the runtime's `BoxedStorage`: a wide struct.
    Boxed,
}

/// What the builder generator reads.
pub(crate) struct Plan<'c, 'a> {
    pub(crate) container: &'c Container<'a>,
    pub(crate) entry: EntryPoints,
    /// One per field of the struct, in order.
    pub(crate) members: Vec<Member<'c, 'a>>,
    /// The leaves of the type-level state, which is a balanced tree of them.
    pub(crate) leaves: Vec<Leaf>,
    /// The module that holds the field tags: `segment_builder`, generated, unless
    /// `#[builder(tags = path)]` names one.
    pub(crate) state_mod: Ident,
    /// `#[builder(tags = path)]`.
    pub(crate) tags: Option<&'c syn::Path>,
    /// A prefix no identifier of the input starts with, for generated lifetimes.
    pub(crate) fresh: String,
    /// The type parameter each leaf is bound to in the impls, named after what it
    /// tracks (`Nights`, `QueueIdOrRoutingData`), so that hover cards and messages read
    /// `impl<Guest, Nights> BookingBuilder<(Guest, Nights)>`.
    pub(crate) leaf_names: Vec<String>,
    /// The builder's state parameter: `State`.
    pub(crate) state_name: String,
    /// Every name the input uses, and the leaf names: what a generated name may not be.
    taken: std::collections::BTreeSet<String>,
}

/// The names of the entry points: `builder()`, `build()`, `try_build()` or their renames.
pub(crate) struct EntryPoints {
    pub(crate) start: Ident,
    pub(crate) finish: Ident,
    pub(crate) try_finish: Ident,
}

/// One field as the builder sees it.
pub(crate) struct Member<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) role: Role<'c>,
    /// The type the setter stores: the field's type, or the `T` of an `Option<T>`.
    pub(crate) value_ty: &'c Type,
    /// The element type, when the field is a collection a setter fills from an
    /// iterator (and an `each` pusher can grow).
    pub(crate) elements: Option<&'c Type>,
    /// `maybe_x`, the setter taking an `Option`, for an optional or defaulted field that
    /// no rule makes necessary.
    pub(crate) maybe: Option<Ident>,
    /// `each = "name"`: the setter that adds one element.
    pub(crate) pusher: Option<&'c Ident>,
    /// The setter takes the value itself (a number, `bool` or `char`), so that a
    /// literal infers its type; other setters take `impl Into<T>`.
    pub(crate) plain: bool,
    /// Whether the builder's messages name the field, so it has a tag in the state
    /// module.
    pub(crate) tagged: bool,
    /// Whether the messages name the `each` pusher (the call that adds an element to a
    /// list `.build()` waits for, or proves a group), so it has a tag too.
    pub(crate) push_tagged: bool,
    /// What its setter (and pusher) do to the state.
    pub(crate) moves: Vec<Move>,
}

/// How the builder holds a field and which setters it gets.
#[derive(Clone, Copy)]
pub(crate) enum Role<'c> {
    /// Not an `Option`, no `default`, no `each`: must be set, once.
    Required,
    /// `Option<T>`: may be left unset; `.x(v)` and `.maybe_x(o)`.
    Optional,
    /// `#[builder(default)]` or `default = expr`: as optional, filled in by `build`.
    Defaulted(&'c DefaultValue),
    /// A collection with `each` that is not an `Option`: starts empty.
    Collected,
}

/// One thing the type-level state tracks.
pub(crate) enum Leaf {
    /// A field `.build()` waits for: `member` indexes [`Plan::members`].
    Field { member: usize, wait: Wait },
    /// A group rule over the members at these indices.
    Group { kind: GroupKind, members: Vec<usize> },
}

/// What a field's leaf waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    /// Its setter, called once: a required field, or an `Option` `#[validate(required)]`.
    Set,
    /// An element (a push, or the whole list): a collection with a pusher and
    /// `#[validate(length(min = 1..))]`.
    Item,
}

/// What a setter does to one leaf of the state.
#[derive(Clone, Copy)]
pub(crate) struct Move {
    pub(crate) leaf: usize,
    pub(crate) how: How,
}

/// How a field's setters move a leaf. A setter of a run-time value (`maybe_x`, the
/// setter of a whole collection, which may be given `None` or an empty one) proves
/// nothing, and may not replace what a proof rests on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// A required field: from `Unset` to `Set`, only once: a second call does not compile.
    Once,
    /// A field `#[validate(required)]` that a pusher can grow: any setter sets it
    /// (`Some`), any number of times.
    Fill,
    /// A list that needs an element: the pusher sets it; the setter of the whole list
    /// is run-time, and only callable before the first push.
    Item,
    /// A member of an `at_least_one_of`: a proving setter makes the leaf this member's
    /// tag (the member the group now rests on); a run-time one keeps the leaf, and may
    /// not be called while the group rests on this member.
    Prove,
    /// A member of an `exactly_one_of`: a proving setter makes the leaf this member's
    /// tag, a run-time one `Maybe<tag>` (chosen, not proven); both only from `Unset` or
    /// this member's own states, and a run-time one not once this member is proven.
    Choose,
    /// A member of an `at_most_one_of`: any setter makes the leaf this member's tag,
    /// from `Unset` or the tag itself.
    Pick,
}

/// A field's setters, as the state sees them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Setter {
    /// `.x(v)`.
    Value,
    /// `.maybe_x(o)`.
    Maybe,
    /// The `each` pusher.
    Push,
}

impl Member<'_, '_> {
    /// Whether `setter` proves the field present (a group's sense: `Some`, a collection
    /// with an element), or sets a run-time value that may be `None` or empty.
    pub(crate) fn proves(&self, setter: Setter) -> bool {
        match setter {
            Setter::Push => true,
            Setter::Maybe => false,
            Setter::Value => !matches!(Kind::of(self.value_ty), Kind::Seq(_) | Kind::Map),
        }
    }
}

impl<'c, 'a> Plan<'c, 'a> {
    /// A generated lifetime's name: the fresh prefix and `name`.
    pub(crate) fn param(&self, name: &str) -> Ident {
        Ident::new(&format!("{}{name}", self.fresh), Span::call_site())
    }

    /// The type parameter of leaf `index`.
    pub(crate) fn leaf_param(&self, index: usize) -> Ident {
        Ident::new(&self.leaf_names[index], Span::call_site())
    }

    /// The type parameter of the subtree over leaves `lo..hi`, which a setter leaves as
    /// it is: the leaf's own name, or `GuestToRoom` for several.
    pub(crate) fn range_param(&self, lo: usize, hi: usize) -> Ident {
        if hi - lo == 1 {
            return self.leaf_param(lo);
        }
        let name = fresh_name(format!("{}To{}", self.leaf_names[lo], self.leaf_names[hi - 1]), &self.taken);
        Ident::new(&name, Span::call_site())
    }

    /// The type parameter of member `k`'s flag in the state of leaf `leaf`, an
    /// `at_least_one_of` whose state is a flag per member: `QueueIdOrRoutingData0`.
    pub(crate) fn flag_param(&self, leaf: usize, k: usize) -> Ident {
        let name = fresh_name(format!("{}{k}", self.leaf_names[leaf]), &self.taken);
        Ident::new(&name, Span::call_site())
    }

    /// The builder's state parameter.
    pub(crate) fn state_param(&self) -> Ident {
        Ident::new(&self.state_name, Span::call_site())
    }

    /// The members whose leaf `.build()` waits for, with the leaf's index.
    pub(crate) fn waited_fields(&self) -> impl Iterator<Item = (usize, &Member<'c, 'a>, Wait)> {
        self.leaves.iter().enumerate().filter_map(|(index, leaf)| match leaf {
            Leaf::Field { member, wait } => Some((index, &self.members[*member], *wait)),
            Leaf::Group { .. } => None,
        })
    }

    /// How the builder holds its storage (see [`INLINE_FIELDS`]).
    pub(crate) fn holding(&self) -> Holding {
        let fields = self.members.len();
        // A struct with lifetimes keeps it bare unless it is wide: `BuilderStorage`'s
        // `Drop` would make every borrow the builder holds outlive the builder (drop
        // check), which code that keeps a builder longer than a borrowed value relies
        // on not to. (A `Box` drops its contents with the same leniency.)
        let bare = self.container.generics.lifetimes().next().is_some()
            || self.container.fields.iter().all(|field| has_no_drop_glue(field.ty));
        match (bare, fields) {
            (true, n) if n > INLINE_FIELDS => Holding::Boxed,
            (true, _) => Holding::Bare,
            (false, n) if n > INLINE_FIELDS_WITH_DROP_GLUE => Holding::Boxed,
            (false, _) => Holding::Held,
        }
    }
}

/// The plan of `container`'s builder, or `None` when a check failed (each failure is
/// in `errors`).
pub(crate) fn check<'c, 'a>(container: &'c Container<'a>, errors: &mut Errors) -> Option<Plan<'c, 'a>> {
    let before = errors.len();
    let entry = entry_points(container);
    for field in &container.fields {
        check_field(container, field, &entry, errors);
    }
    let mut members: Vec<Member<'c, 'a>> = container.fields.iter().map(member).collect();
    let leaves = leaves(container, &mut members, errors);
    check_setter_names(&entry, &members, errors);
    let state_mod = Ident::new(&format!("{}_builder", snake_case(&unraw(container.ident))), container.ident.span());
    let fresh = fresh_prefix(container);
    let tags = container.builder.tags.as_ref();
    let mut taken = container.idents.clone();
    let leaf_names: Vec<String> = leaves
        .iter()
        .map(|leaf| {
            let name = match leaf {
                Leaf::Field { member, .. } => upper_camel(&members[*member].field.name),
                Leaf::Group { members: group, .. } => {
                    group.iter().map(|&m| upper_camel(&members[m].field.name)).collect::<Vec<_>>().join("Or")
                }
            };
            let name = fresh_name(name, &taken);
            taken.insert(name.clone());
            name
        })
        .collect();
    let state_name = fresh_name("State".to_owned(), &taken);
    taken.insert(state_name.clone());
    (errors.len() == before).then_some(Plan {
        container,
        entry,
        members,
        leaves,
        state_mod,
        tags,
        fresh,
        leaf_names,
        state_name,
        taken,
    })
}

/// `name`, or with `_` appended until no name in `taken` is the same.
fn fresh_name(mut name: String, taken: &std::collections::BTreeSet<String>) -> String {
    while taken.contains(&name) {
        name.push('_');
    }
    name
}

fn entry_points(container: &Container<'_>) -> EntryPoints {
    let call_site = Span::call_site();
    let start = container.builder.start_fn.clone().unwrap_or_else(|| Ident::new("builder", call_site));
    let finish = container.builder.finish_fn.clone().unwrap_or_else(|| Ident::new("build", call_site));
    let try_finish = make_ident(&format!("try_{}", unraw(&finish)), finish.span());
    EntryPoints { start, finish, try_finish }
}

fn member<'c, 'a>(field: &'c Field<'a>) -> Member<'c, 'a> {
    let role = match (field.kind, &field.builder.default) {
        (Kind::Option(_), _) => Role::Optional,
        (_, Some(default)) if field.builder.each.is_none() => Role::Defaulted(default),
        _ if field.builder.each.is_some() => Role::Collected,
        _ => Role::Required,
    };
    let value_ty = match field.kind {
        Kind::Option(inner) => inner,
        _ => field.ty,
    };
    let elements = field.kind.without_option().extendable_seq().map(|seq| seq.elem);
    let plain = match elements {
        Some(elem) => Kind::of(elem).is_primitive(),
        None => Kind::of(value_ty).is_primitive(),
    };
    Member {
        field,
        role,
        value_ty,
        elements,
        maybe: matches!(role, Role::Optional | Role::Defaulted(_)).then(|| affixed("maybe_", field.ident, "")),
        pusher: field.builder.each.as_ref().filter(|_| elements.is_some()),
        plain,
        tagged: false,
        push_tagged: false,
        moves: Vec::new(),
    }
}

/// The leaves of the state, and each member's moves on them: required fields first
/// (in field order), then the groups (in the order written).
fn leaves(container: &Container<'_>, members: &mut [Member<'_, '_>], errors: &mut Errors) -> Vec<Leaf> {
    let mut leaves = Vec::new();
    for (index, member) in members.iter_mut().enumerate() {
        let rules = &member.field.validate.rules;
        let required =
            matches!(member.role, Role::Optional) && rules.iter().any(|r| matches!(r.kind, RuleKind::Required));
        let non_empty = matches!(member.role, Role::Collected) && member.pusher.is_some() && needs_an_item(rules);
        let (wait, how) = match member.role {
            Role::Required => (Wait::Set, How::Once),
            // A list that a pusher can grow is set by any of its setters, any number of times.
            _ if required && member.pusher.is_some() => (Wait::Set, How::Fill),
            _ if required => (Wait::Set, How::Once),
            _ if non_empty => (Wait::Item, How::Item),
            _ => continue,
        };
        member.push_tagged |= non_empty;
        if required {
            // The rule makes it necessary: no setter takes an `Option` that may be `None`.
            member.maybe = None;
        }
        member.moves.push(Move { leaf: leaves.len(), how });
        member.tagged = true;
        leaves.push(Leaf::Field { member: index, wait });
    }
    for group in &container.validate.groups {
        // A group that names no field it can use is `Validate`'s to report.
        let Some(plan) = group_plan(container, group, &mut Errors::default()) else { continue };
        let indices: Vec<usize> = plan
            .members
            .iter()
            .filter_map(|field| members.iter().position(|member| std::ptr::eq(member.field, *field)))
            .collect();
        if group.kind == GroupKind::AtLeast && indices.len() > MAX_GROUP {
            errors.push(syn::Error::new(
                group.span,
                format_args!(
                    "the builder proves an `at_least_one_of` of {MAX_GROUP} members at most, and this one has {}; split it, or check it at run time only with `#[validate(check = ..)]`",
                    indices.len()
                ),
            ));
            continue;
        }
        let how = match group.kind {
            GroupKind::AtLeast => How::Prove,
            GroupKind::Exactly => How::Choose,
            GroupKind::AtMost => How::Pick,
        };
        for &index in &indices {
            let member = &mut members[index];
            member.moves.push(Move { leaf: leaves.len(), how });
            member.tagged = true;
            member.push_tagged |= member.pusher.is_some();
        }
        leaves.push(Leaf::Group { kind: group.kind, members: indices });
    }
    leaves
}

/// `length(min = 1)`: one push proves it. (A longer minimum is not the builder's to
/// prove: one push would not, and `validate()` / `try_build()` check it.)
fn needs_an_item(rules: &[crate::attr::validate::Rule]) -> bool {
    rules.iter().any(|rule| match &rule.kind {
        RuleKind::Length(bounds) => {
            matches!(bounds.min.as_ref().and_then(|min| min.literal), Some(Number::Int(1)))
        }
        _ => false,
    })
}

/// `__S`, or with more underscores until no identifier of the input starts with it:
/// generated parameters then clash with nothing the user wrote.
fn fresh_prefix(container: &Container<'_>) -> String {
    let mut prefix = String::from("__S");
    while container.idents.iter().any(|ident| ident.starts_with(&prefix)) {
        prefix.push('_');
    }
    prefix
}

fn check_field(container: &Container<'_>, field: &Field<'_>, entry: &EntryPoints, errors: &mut Errors) {
    let (ident, struct_name) = (field.ident, container.ident);
    if field.name == unraw(&entry.start) {
        let renamed = if entry.start == "builder" { "new_builder" } else { "builder" };
        errors.spanned(
            ident,
            format_args!(
                "field `{}` has the name of the entry point `{struct_name}::{}()`; rename the entry point with `#[builder(start_fn = {renamed})]` on the struct",
                field.name, entry.start
            ),
        );
    }
    if field.name == PHANTOM_FIELD || field.name == UNCHECKED_FINISH {
        errors.spanned(ident, format_args!("the field name `{}` is reserved for the builder's own use", field.name));
    }
    if let Some(each) = &field.builder.each {
        let collection = field.kind.without_option();
        if collection.extendable_seq().is_none() {
            let what = match (field.kind, collection) {
                (_, Kind::Other) => format!(
                    "`{}`, a type the derive cannot see into; write the collection type itself (`Vec<..>`) in the field, not an alias",
                    type_name(field.ty)
                ),
                (Kind::Option(_), inner) => format!("an Option of {}", inner.describe()),
                (Kind::Map, _) => "a map, which is set whole, with its setter".to_owned(),
                (kind, _) => kind.describe().to_owned(),
            };
            errors.spanned(
                each,
                format_args!(
                    "`each` adds one element to a sequence or a set (Vec, VecDeque, LinkedList, HashSet, BTreeSet, BinaryHeap), and field `{}` is {what}",
                    field.name,
                ),
            );
        }
        if let Some(DefaultValue::Expr(expr)) = &field.builder.default {
            errors.spanned(expr, "`each` fields start empty; `default = ..` cannot be combined with `each`");
        }
    }
    if let (Some(default), Kind::Option(_)) = (&field.builder.default, field.kind) {
        errors.push(syn::Error::new(
            default.span(),
            format_args!("`{}` is an Option, which is optional already; remove `default`", field.name),
        ));
    }
    unsized_field(field, errors);
}

/// A field whose type has no size (`str`, `[T]`, `dyn Trait`): the builder holds each
/// value until `.build()`, which it cannot do with one of those. One error here, instead
/// of the compiler's, one for each place the builder holds the value.
fn unsized_field(field: &Field<'_>, errors: &mut Errors) {
    let is_unsized = match field.ty {
        Type::Slice(_) | Type::TraitObject(_) => true,
        Type::Path(path) => path.qself.is_none() && path.path.is_ident("str"),
        _ => false,
    };
    if is_unsized {
        errors.spanned(
            field.ty,
            format_args!(
                "field `{}` is `{}`, which has no size known at compile time, and a builder holds every field until `.build()`; use an owned type (`String`, `Box<str>`, `Vec<T>`, `Box<dyn ..>`), or derive `Builder` on a struct without this field",
                field.name,
                type_name(field.ty)
            ),
        );
    }
}

/// Setters may not clash with each other, nor with the builder's own methods.
fn check_setter_names(entry: &EntryPoints, members: &[Member<'_, '_>], errors: &mut Errors) {
    let mut names = Names::default();
    let renamed = if entry.finish == "build" { "finish" } else { "build" };
    for finish in [&entry.finish, &entry.try_finish] {
        names.reserve(
            finish,
            format!("the builder's own `{finish}()`"),
            format!("rename the finishing method with `#[builder(finish_fn = {renamed})]` on the struct"),
        );
    }
    for member in members {
        for claim in setter_claims(member) {
            names.claim(claim, errors);
        }
    }
}

/// The setters a field asks for, for the clash check. (A pusher is claimed even when
/// the field is not a collection, which is reported apart.)
fn setter_claims<'f>(member: &Member<'f, '_>) -> Vec<Claim<'f>> {
    let field = member.field;
    let name = &field.name;
    let mut claims = vec![Claim {
        name: field.ident.clone(),
        at: field.ident,
        who: format!("the setter of field `{name}`"),
        fix: format!("rename field `{name}`"),
    }];
    if let Some(maybe) = &member.maybe {
        claims.push(Claim {
            name: maybe.clone(),
            at: field.ident,
            who: format!("the `maybe_` setter of optional field `{name}`"),
            fix: format!("rename field `{name}`"),
        });
    }
    if let Some(each) = &field.builder.each {
        claims.push(Claim {
            name: each.clone(),
            at: each,
            who: format!("`each = \"{}\"` on field `{name}`", unraw(each)),
            fix: format!("choose another name for `each` on `{name}`"),
        });
    }
    claims
}
