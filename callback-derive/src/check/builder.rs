//! The builder's plan: the entry points' names, each field's role and setters, and the
//! type parameter of each required field. Checked here: a field named like an entry
//! point or the storage's phantom field, `each` on what is not a growable collection,
//! `default` where it cannot apply, and two setters of the same name.

use super::{Claim, Names, type_name};
use crate::ast::{Container, Field};
use crate::attr::builder::DefaultValue;
use crate::ctxt::Errors;
use crate::names::{affixed, make_ident, unraw, upper_camel};
use crate::ty::Kind;
use proc_macro2::Span;
use syn::{Ident, Type};

/// The name of the storage's phantom field (every other field of the storage is one of
/// the struct's, so this name is reserved).
pub(crate) const PHANTOM_FIELD: &str = "__callback_marker";

/// What the builder generator reads.
pub(crate) struct Plan<'c, 'a> {
    pub(crate) container: &'c Container<'a>,
    pub(crate) entry: EntryPoints,
    /// One per field of the struct, in order.
    pub(crate) members: Vec<Member<'c, 'a>>,
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
    /// `maybe_x`, the setter taking an `Option`, for an optional or defaulted field.
    pub(crate) maybe: Option<Ident>,
    /// `each = "name"`: the setter that adds one element.
    pub(crate) pusher: Option<&'c Ident>,
    /// For a required field, its type parameter in the builder: `__StartTime`.
    pub(crate) state: Option<Ident>,
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

impl<'c, 'a> Plan<'c, 'a> {
    /// The required members, in field order.
    pub(crate) fn required(&self) -> impl Iterator<Item = &Member<'c, 'a>> {
        self.members.iter().filter(|member| member.state.is_some())
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
    let mut states = StateNames::default();
    let members: Vec<Member<'c, 'a>> = container.fields.iter().map(|field| member(field, &mut states)).collect();
    check_setter_names(&entry, &members, errors);
    (errors.len() == before).then_some(Plan { container, entry, members })
}

fn entry_points(container: &Container<'_>) -> EntryPoints {
    let call_site = Span::call_site();
    let start = container.builder.start_fn.clone().unwrap_or_else(|| Ident::new("builder", call_site));
    let finish = container.builder.finish_fn.clone().unwrap_or_else(|| Ident::new("build", call_site));
    let try_finish = make_ident(&format!("try_{}", unraw(&finish)), finish.span());
    EntryPoints { start, finish, try_finish }
}

fn member<'c, 'a>(field: &'c Field<'a>, states: &mut StateNames) -> Member<'c, 'a> {
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
    Member {
        field,
        role,
        value_ty,
        elements,
        maybe: matches!(role, Role::Optional | Role::Defaulted(_)).then(|| affixed("maybe_", field.ident, "")),
        pusher: field.builder.each.as_ref().filter(|_| elements.is_some()),
        state: matches!(role, Role::Required).then(|| states.next(&field.name)),
    }
}

/// The type parameters of the required fields: `__` and the field's name in camel case.
#[derive(Default)]
struct StateNames {
    taken: Vec<String>,
}

impl StateNames {
    /// `a_b` and `a__b` are both `AB` in camel case: the later ones are numbered, until
    /// the name is free.
    fn next(&mut self, field: &str) -> Ident {
        let base = format!("__{}", upper_camel(field));
        let mut state = base.clone();
        for n in 2.. {
            if !self.taken.contains(&state) {
                break;
            }
            state = format!("{base}{n}");
        }
        let ident = Ident::new(&state, Span::call_site());
        self.taken.push(state);
        ident
    }
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
    if field.name == PHANTOM_FIELD {
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
                (kind, _) => kind.describe().to_owned(),
            };
            errors.spanned(
                each,
                format_args!(
                    "`each` adds one element to a collection (Vec, VecDeque, LinkedList, HashSet, BTreeSet, BinaryHeap), and field `{}` is {what}",
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
