//! The validation plan: every field's rules resolved against its type. Each rule knows
//! the value it reads (the `Option` and `Box` layers looked through to reach it, and its
//! kind), an `each(..)` holds the plan of the elements, and `not_before` the field it
//! names; a group rule holds its members' fields. Checked here: a rule on a type it
//! cannot apply to, bounds that cannot hold, `not_before` naming no field (or its own),
//! a group naming no field, a field twice, one field only, or a field that is always
//! present.

use crate::ast::{Container, Field};
use crate::attr::validate::{Bound, Bounds, Group, Number, Rule, RuleKind};
use crate::ctxt::Errors;
use crate::names::unraw;
use crate::suggest::did_you_mean;
use crate::ty::Kind;
use syn::{Ident, Path, Type};

/// What the `Validate` generator reads.
pub(crate) struct Plan<'c, 'a> {
    pub(crate) container: &'c Container<'a>,
    /// The fields with at least one rule, in order.
    pub(crate) members: Vec<Member<'c, 'a>>,
    /// The group rules on the struct, in the order written.
    pub(crate) groups: Vec<GroupPlan<'c, 'a>>,
}

/// A group rule and its members' fields, in the order written.
pub(crate) struct GroupPlan<'c, 'a> {
    pub(crate) group: &'c Group,
    pub(crate) members: Vec<&'c Field<'a>>,
}

/// A field and the plan of its rules.
pub(crate) struct Member<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) value: Value<'c, 'a>,
}

/// The rules on one value (a field, or the elements of `each(..)`).
pub(crate) struct Value<'c, 'a> {
    /// `required` rules: the value is an `Option` (or a type the derive cannot see
    /// into, asked through the runtime's `Absent`), and must be `Some`.
    pub(crate) required: Vec<&'c Rule>,
    /// The `Option` and `Box` layers the other rules look through, outermost first.
    pub(crate) layers: Vec<Layer>,
    /// What the other rules read, once the layers are looked through: its kind, and its
    /// type when the derive can name it (not for the elements of an unknown type).
    pub(crate) kind: Kind<'c>,
    pub(crate) ty: Option<&'c Type>,
    /// The other rules, in the order written.
    pub(crate) rules: Vec<Checked<'c, 'a>>,
}

/// A layer of a value's type that rules look through.
#[derive(Clone, Copy)]
pub(crate) enum Layer {
    /// `Option<T>`: the rules apply to the `Some` value.
    Option,
    /// `Box<T>`: the rules apply to the boxed value.
    Box,
}

/// A rule, and what it checks with everything resolved.
pub(crate) struct Checked<'c, 'a> {
    pub(crate) rule: &'c Rule,
    pub(crate) check: Check<'c, 'a>,
}

/// What a rule checks.
pub(crate) enum Check<'c, 'a> {
    Length(&'c Bounds),
    Range(&'c Bounds),
    Format(Format),
    /// `each(..)`: the plan of the elements' rules.
    Each(Value<'c, 'a>),
    Nested,
    /// `not_before = other`: the other field, and its name as written.
    NotBefore {
        other: &'c Field<'a>,
        written: &'c Ident,
    },
    Custom(&'c Path),
}

/// The string rules, each a predicate of the runtime's `rules` module.
#[derive(Clone, Copy)]
pub(crate) enum Format {
    Uuid,
    E164,
    Phone,
    NonBlank,
}

impl Format {
    /// The rule function in the runtime's `rules` module, named as the rule is.
    pub(crate) fn function(self) -> &'static str {
        match self {
            Format::Uuid => "uuid",
            Format::E164 => "e164",
            Format::Phone => "phone",
            Format::NonBlank => "non_blank",
        }
    }
}

/// The plan of `container`'s validation, or `None` when a check failed (each failure
/// is in `errors`).
pub(crate) fn check<'c, 'a>(container: &'c Container<'a>, errors: &mut Errors) -> Option<Plan<'c, 'a>> {
    let before = errors.len();
    let members = container
        .fields
        .iter()
        .filter(|field| !field.validate.rules.is_empty())
        .map(|field| {
            never_read(field, errors);
            let target = Target { container, field, elements: 0 };
            let rules: Vec<&Rule> = field.validate.rules.iter().collect();
            Member { field, value: value(&rules, field.kind, Some(field.ty), target, errors) }
        })
        .collect();
    let groups = container.validate.groups.iter().filter_map(|group| group_plan(container, group, errors)).collect();
    (errors.len() == before).then_some(Plan { container, members, groups })
}

/// A rule on a field serde never reads would be checked on a value no document can
/// give, and reported at a pointer that is not on the wire.
fn never_read(field: &Field<'_>, errors: &mut Errors) {
    if field.wire.skip_deserializing.is_some() {
        let rule = &field.validate.rules[0];
        errors.push(syn::Error::new(
            rule.span,
            format_args!(
                "`{}` checks field `{}`, which serde never reads (`#[serde(skip)]` or `skip_deserializing`): a document cannot set it; remove the rule or the skip",
                rule.kind.name(),
                field.name
            ),
        ));
    }
}

/// The fields of `group`'s members, or `None` when one is wrong (reported).
pub(crate) fn group_plan<'c, 'a>(
    container: &'c Container<'a>,
    group: &'c Group,
    errors: &mut Errors,
) -> Option<GroupPlan<'c, 'a>> {
    let rule = group.kind.name();
    let before = errors.len();
    let mut members: Vec<&'c Field<'a>> = Vec::new();
    for written in &group.members {
        let name = unraw(written);
        let Some(field) = container.field(&name) else {
            // A field that `#[cfg]` leaves out is not in the derive's input at all.
            let hint = did_you_mean(&name, container.fields.iter().map(|f| f.name.as_str()));
            errors.spanned(
                written,
                format_args!(
                    "`{rule}` names `{name}`, which is not a field of `{}`{hint} (a field behind a `#[cfg]` that is off is not one: gate the group with the same predicate, `#[cfg_attr(..)]`)",
                    container.ident
                ),
            );
            continue;
        };
        if members.iter().any(|member| std::ptr::eq(*member, field)) {
            errors.spanned(written, format_args!("`{name}` is named twice in `{rule}`"));
            continue;
        }
        if !matches!(field.kind, Kind::Option(_) | Kind::Seq(_) | Kind::Map) {
            errors.spanned(
                written,
                format_args!(
                    "the members of `{rule}` are Option fields or collections, and `{name}` is {}, which is always present",
                    field.kind.describe()
                ),
            );
        } else if field.wire.flatten {
            errors.spanned(
                written,
                format_args!(
                    "`{name}` is flattened (`#[serde(flatten)]`), so it has no name on the wire to report it by"
                ),
            );
        } else if field.wire.skip_deserializing.is_some() {
            errors.spanned(
                written,
                format_args!(
                    "`{name}` is never read by serde (`#[serde(skip)]` or `skip_deserializing`): a document cannot set it; remove it from `{rule}` or remove the skip"
                ),
            );
        }
        members.push(field);
    }
    if group.members.len() == 1 {
        let instead = if group.kind.needs_one() {
            format!("; to make `{}` necessary, use `#[validate(required)]` on it", unraw(&group.members[0]))
        } else {
            String::new()
        };
        errors.push(syn::Error::new(group.span, format_args!("`{rule}` needs two fields or more{instead}")));
    }
    (errors.len() == before).then_some(GroupPlan { group, members })
}

/// Where a list of rules applies: a field itself, or its elements (`each`).
#[derive(Clone, Copy)]
struct Target<'c, 'a> {
    container: &'c Container<'a>,
    field: &'c Field<'a>,
    /// How many `each(..)` deep.
    elements: usize,
}

impl Target<'_, '_> {
    fn describe(self) -> String {
        if self.elements == 0 {
            format!("field `{}`", self.field.name)
        } else {
            format!("each element of field `{}`", self.field.name)
        }
    }
}

/// The plan of `rules` on a value of kind `kind` (and type `ty`, when known).
fn value<'c, 'a>(
    rules: &[&'c Rule],
    kind: Kind<'c>,
    ty: Option<&'c Type>,
    target: Target<'c, 'a>,
    errors: &mut Errors,
) -> Value<'c, 'a> {
    let mut out = Value { required: Vec::new(), layers: Vec::new(), kind, ty, rules: Vec::new() };
    // The layers first, so that the other rules see the value they read.
    loop {
        let (layer, inner) = match out.kind {
            Kind::Option(inner) => (Layer::Option, inner),
            Kind::Box(inner) => (Layer::Box, inner),
            _ => break,
        };
        out.layers.push(layer);
        (out.kind, out.ty) = (Kind::of(inner), Some(inner));
    }
    for &rule in rules {
        if let RuleKind::Required = rule.kind {
            // A type the derive cannot see into (an alias, say of `Option`) is asked
            // through a trait, which the compiler checks.
            if matches!(kind, Kind::Option(_) | Kind::Other) {
                out.required.push(rule);
            } else {
                errors.push(syn::Error::new(
                    rule.span,
                    format_args!(
                        "`required` applies to Option values, and {} is {}, which is always present",
                        target.describe(),
                        kind.describe()
                    ),
                ));
            }
            continue;
        }
        if let Some(check) = checked(rule, &out, target, errors) {
            out.rules.push(Checked { rule, check });
        }
    }
    out
}

/// What `rule` checks on `value` (its layers looked through), or `None` when it cannot
/// apply (reported).
fn checked<'c, 'a>(
    rule: &'c Rule,
    value: &Value<'c, 'a>,
    target: Target<'c, 'a>,
    errors: &mut Errors,
) -> Option<Check<'c, 'a>> {
    let kind = value.kind;
    let fits = match &rule.kind {
        RuleKind::Length(_) => !kind.is_primitive(),
        RuleKind::Range(_) => matches!(kind, Kind::Int | Kind::Float | Kind::Other),
        RuleKind::Uuid | RuleKind::E164 | RuleKind::Phone | RuleKind::NonBlank => {
            matches!(kind, Kind::Text | Kind::Other)
        }
        RuleKind::Each(_) => matches!(kind, Kind::Seq(_) | Kind::Other),
        RuleKind::Nested => nestable(kind),
        RuleKind::Required | RuleKind::NotBefore(_) | RuleKind::Custom(_) => true,
    };
    if !fits && matches!(rule.kind, RuleKind::Nested) {
        // Name what fails: through a collection, the elements, not the collection.
        let (inner, through_collection) = nested_target(kind);
        let what = if through_collection {
            format!("the elements of {} are {}, which do not", target.describe(), plural(inner))
        } else {
            format!("{} is {}, which does not", target.describe(), inner.describe())
        };
        errors.push(syn::Error::new(
            rule.span,
            format_args!(
                "`nested` validates a value whose type implements `Validate` (directly or through Option, Box and collections), and {what}"
            ),
        ));
        return None;
    }
    if !fits {
        // `range` on what has a length is almost always meant as `length`.
        let hint = match (&rule.kind, kind) {
            (RuleKind::Range(_), Kind::Text) => "; to bound its number of characters, use `length(min = .., max = ..)`",
            (RuleKind::Range(_), Kind::Seq(_) | Kind::Map) => {
                "; to bound its number of items, use `length(min = .., max = ..)`"
            }
            _ => "",
        };
        errors.push(syn::Error::new(
            rule.span,
            format_args!(
                "`{}` applies to {}, and {} is {}{hint}",
                rule.kind.name(),
                applies_to(&rule.kind),
                target.describe(),
                kind.describe()
            ),
        ));
        return None;
    }
    Some(match &rule.kind {
        RuleKind::Length(bounds) => {
            length_bounds(bounds, errors);
            Check::Length(bounds)
        }
        RuleKind::Range(bounds) => {
            range_bounds(bounds, kind, target, errors);
            Check::Range(bounds)
        }
        RuleKind::Uuid => Check::Format(Format::Uuid),
        RuleKind::E164 => Check::Format(Format::E164),
        RuleKind::Phone => Check::Format(Format::Phone),
        RuleKind::NonBlank => Check::Format(Format::NonBlank),
        RuleKind::Each(inner) => {
            let (elem_kind, elem_ty) = match kind {
                Kind::Seq(seq) => (Kind::of(seq.elem), Some(seq.elem)),
                _ => (Kind::Other, None),
            };
            let target = Target { elements: target.elements + 1, ..target };
            let inner: Vec<&Rule> = inner.iter().collect();
            Check::Each(self::value(&inner, elem_kind, elem_ty, target, errors))
        }
        RuleKind::Nested => Check::Nested,
        RuleKind::NotBefore(written) => Check::NotBefore { other: not_before(written, target, errors)?, written },
        RuleKind::Custom(path) => Check::Custom(path),
        // Taken apart by `value`.
        RuleKind::Required => return None,
    })
}

/// The kind a value rule sees: `Option` and `Box` looked through.
fn peel(kind: Kind<'_>) -> Kind<'_> {
    match kind {
        Kind::Option(inner) | Kind::Box(inner) => peel(Kind::of(inner)),
        kind => kind,
    }
}

/// What `nested` reaches through `Option`, `Box` and sequences, and whether it went
/// through a sequence.
fn nested_target(kind: Kind<'_>) -> (Kind<'_>, bool) {
    match peel(kind) {
        Kind::Seq(seq) => (nested_target(Kind::of(seq.elem)).0, true),
        kind => (kind, false),
    }
}

/// A kind in the plural, for "the elements of .. are ..".
fn plural(kind: Kind<'_>) -> &'static str {
    match kind {
        Kind::Text => "strings",
        Kind::Map => "maps",
        Kind::Int => "integers",
        Kind::Float => "floats",
        Kind::Bool => "bools",
        Kind::Char => "chars",
        _ => "values of another type",
    }
}

/// `nested` reaches a `Validate` type through `Option`, `Box` and sequences.
fn nestable(kind: Kind<'_>) -> bool {
    match kind {
        Kind::Seq(seq) => nestable(peel(Kind::of(seq.elem))),
        Kind::Other => true,
        _ => false,
    }
}

fn applies_to(rule: &RuleKind) -> &'static str {
    match rule {
        RuleKind::Length(_) => "strings and collections",
        RuleKind::Range(_) => {
            "numbers and other `PartialOrd + Display` types (not strings, bools, chars or collections)"
        }
        RuleKind::Each(_) => "collections",
        RuleKind::Nested => "types that implement `Validate` (through Option, Box, Vec)",
        _ => "strings",
    }
}

fn length_bounds(bounds: &Bounds, errors: &mut Errors) {
    for bound in [&bounds.min, &bounds.max].into_iter().flatten() {
        if let Some(number) = bound.literal {
            if !matches!(number, Number::Int(i) if i >= 0) {
                errors.spanned(
                    &bound.expr,
                    "`length` counts characters or items: its bounds are whole numbers, 0 or more",
                );
            }
        }
    }
    min_not_above_max(bounds, errors);
}

fn range_bounds(bounds: &Bounds, value: Kind<'_>, target: Target<'_, '_>, errors: &mut Errors) {
    if let Kind::Int = value {
        for bound in [&bounds.min, &bounds.max].into_iter().flatten() {
            if let Some(Number::Float(_)) = bound.literal {
                errors.spanned(
                    &bound.expr,
                    format_args!("{} is an integer, so its bounds must be integers too", target.describe()),
                );
            }
        }
    }
    min_not_above_max(bounds, errors);
}

fn min_not_above_max(bounds: &Bounds, errors: &mut Errors) {
    if let (Some(Bound { literal: Some(min), expr, .. }), Some(Bound { literal: Some(max), .. })) =
        (&bounds.min, &bounds.max)
    {
        if min.as_f64() > max.as_f64() {
            errors.spanned(
                expr,
                format_args!("`min` ({}) is greater than `max` ({}): no value could pass", show(*min), show(*max)),
            );
        }
    }
}

fn show(number: Number) -> String {
    match number {
        Number::Int(i) => i.to_string(),
        Number::Float(f) => f.to_string(),
    }
}

/// The field `not_before` names, or `None` when it names none that it can compare with
/// (reported).
fn not_before<'c, 'a>(other: &Ident, target: Target<'c, 'a>, errors: &mut Errors) -> Option<&'c Field<'a>> {
    let name = unraw(other);
    let container = target.container;
    if target.elements > 0 {
        errors.spanned(other, "`not_before` compares two fields of the struct; it cannot be used inside `each(..)`");
        return None;
    }
    if name == target.field.name {
        errors.spanned(other, format_args!("`{name}` cannot be compared with itself; name another field"));
        return None;
    }
    let found = container.field(&name);
    if found.is_none() {
        let hint = did_you_mean(&name, container.fields.iter().map(|f| f.name.as_str()));
        errors.spanned(
            other,
            format_args!("`not_before` names `{name}`, which is not a field of `{}`{hint}", container.ident),
        );
    }
    found
}
