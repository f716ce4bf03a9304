//! What may not be combined, checked once on the model before anything is generated.
//! Every problem is reported; none stops the search for the next.

use crate::ast::{Container, Derive, Field};
use crate::attr::builder as builder_attr;
use crate::attr::validate::{Bound, Bounds, Number, Rule, RuleKind};
use crate::ctxt::Errors;
use crate::names::unraw;
use crate::suggest::did_you_mean;
use crate::ty::Kind;
use std::collections::BTreeMap;
use syn::Ident;

pub(crate) fn check(container: &Container<'_>, derive: Derive, errors: &mut Errors) {
    match derive {
        Derive::Builder => builder(container, errors),
        Derive::Validate => validate(container, errors),
        Derive::Accessors => accessors(container, errors),
    }
}

/// Generated names and who asked for them; a second claim on a name is an error.
#[derive(Default)]
struct Names {
    /// name -> (who makes it, how to stop them)
    taken: BTreeMap<String, (String, String)>,
}

impl Names {
    /// Claims `name` for `who`; on a clash, reports at `at` who has it already and the
    /// two ways out.
    fn claim(&mut self, name: &Ident, at: &Ident, who: String, fix: String, errors: &mut Errors) {
        let key = unraw(name);
        if let Some((first_who, first_fix)) = self.taken.get(&key) {
            errors.spanned(at, format_args!("{who} makes `{key}()`, and so does {first_who}; {fix}, or {first_fix}"));
        } else {
            self.taken.insert(key, (who, fix));
        }
    }
}

/// A type as written, for messages: `Vec<String>`.
pub(crate) fn type_name(ty: &syn::Type) -> String {
    let text = quote::ToTokens::to_token_stream(ty).to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let next = chars.peek().copied();
        let drop_space = ch == ' '
            && (matches!(next, Some('<' | '>' | ',' | ':' | ']' | ')'))
                || matches!(out.chars().last(), Some('<' | '&' | ':' | '[' | '(')));
        if !drop_space {
            out.push(ch);
        }
    }
    out
}

fn builder(container: &Container<'_>, errors: &mut Errors) {
    let entry = builder_attr::EntryPoints::of(container);
    let struct_name = container.ident;
    for field in &container.fields {
        let ident = field.ident;
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
        if field.name == builder_attr::MARKER {
            errors
                .spanned(ident, format_args!("the field name `{}` is reserved for the builder's own use", field.name));
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
            if let Some(crate::attr::builder::DefaultValue::Expr(expr)) = &field.builder.default {
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

    // Setters may not clash with each other, nor with the builder's own methods.
    let mut names = Names::default();
    let renamed = if entry.finish == "build" { "finish" } else { "build" };
    for finish in [&entry.finish, &entry.try_finish] {
        names.taken.insert(
            unraw(finish),
            (
                format!("the builder's own `{finish}()`"),
                format!("rename the finishing method with `#[builder(finish_fn = {renamed})]` on the struct"),
            ),
        );
    }
    for field in &container.fields {
        for (setter, at, who, fix) in builder_attr::setter_claims(field) {
            names.claim(&setter, at, who, fix, errors);
        }
    }
}

fn accessors(container: &Container<'_>, errors: &mut Errors) {
    let mut names = Names::default();
    for field in &container.fields {
        if field.accessors.copy && !matches!(field.ty, syn::Type::Reference(_)) {
            let kind = field.kind.without_option();
            if matches!(kind, Kind::Text | Kind::Map | Kind::Box(_)) || kind.extendable_seq().is_some() {
                errors.spanned(
                    field.ty,
                    format_args!(
                        "`copy` makes the getter return the value, and `{}` is not `Copy`; remove `copy` and the getter returns a reference",
                        type_name(field.ty)
                    ),
                );
            }
        }
        let Some(families) = crate::attr::accessors::resolved(container, field) else { continue };
        let (ident, name) = (field.ident, &field.name);
        let methods = crate::attr::accessors::MethodNames::of(ident);
        let wanted = [
            (families.get, methods.get, "the getter", "get"),
            (families.set, methods.set, "the setter", "set"),
            (families.mut_, methods.mut_, "`#[accessors(mut)]`", "mut"),
            (families.with, methods.with, "`#[accessors(with)]`", "with"),
        ];
        for (on, method, who, family) in wanted {
            if on {
                names.claim(
                    &method,
                    ident,
                    format!("{who} of field `{name}`"),
                    format!("turn it off with `#[accessors({family} = false)]` on `{name}`"),
                    errors,
                );
            }
        }
    }
}

fn validate(container: &Container<'_>, errors: &mut Errors) {
    for field in &container.fields {
        let target = Target { field, elements: 0 };
        rules(container, field, &field.validate.rules, field.kind, target, errors);
    }
}

/// Where a list of rules applies: the field itself, or its elements (`each`).
#[derive(Clone, Copy)]
struct Target<'f, 'a> {
    field: &'f Field<'a>,
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

/// Checks `rules` against a value of kind `kind`.
fn rules(
    container: &Container<'_>,
    field: &Field<'_>,
    rules: &[Rule],
    kind: Kind<'_>,
    target: Target<'_, '_>,
    errors: &mut Errors,
) {
    for rule in rules {
        if let RuleKind::Required = rule.kind {
            if !matches!(kind, Kind::Option(_)) {
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
        let value = peel(kind);
        let fits = match &rule.kind {
            RuleKind::Length(_) => !value.is_primitive(),
            RuleKind::Range(_) => matches!(value, Kind::Int | Kind::Float | Kind::Other),
            RuleKind::Uuid | RuleKind::E164 | RuleKind::Phone | RuleKind::NonBlank => {
                matches!(value, Kind::Text | Kind::Other)
            }
            RuleKind::Each(_) => matches!(value, Kind::Seq(_) | Kind::Other),
            RuleKind::Nested => nestable(value),
            RuleKind::Required | RuleKind::NotBefore(_) | RuleKind::Custom(_) => true,
        };
        if !fits {
            errors.push(syn::Error::new(
                rule.span,
                format_args!(
                    "`{}` applies to {}, and {} is {}",
                    rule.kind.name(),
                    applies_to(&rule.kind),
                    target.describe(),
                    value.describe()
                ),
            ));
            continue;
        }
        match &rule.kind {
            RuleKind::Length(bounds) => length_bounds(bounds, errors),
            RuleKind::Range(bounds) => range_bounds(bounds, value, target, errors),
            RuleKind::Each(inner) => {
                let elem = match value {
                    Kind::Seq(seq) => Kind::of(seq.elem),
                    _ => Kind::Other,
                };
                let target = Target { elements: target.elements + 1, ..target };
                self::rules(container, field, inner, elem, target, errors);
            }
            RuleKind::NotBefore(other) => not_before(container, field, other, target, errors),
            _ => {}
        }
    }
}

/// The kind a value rule sees: `Option` and `Box` looked through.
fn peel(kind: Kind<'_>) -> Kind<'_> {
    match kind {
        Kind::Option(inner) | Kind::Box(inner) => peel(Kind::of(inner)),
        kind => kind,
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
        RuleKind::Range(_) => "numbers",
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

fn not_before(
    container: &Container<'_>,
    field: &Field<'_>,
    other: &Ident,
    target: Target<'_, '_>,
    errors: &mut Errors,
) {
    let name = unraw(other);
    if target.elements > 0 {
        errors.spanned(other, "`not_before` compares two fields of the struct; it cannot be used inside `each(..)`");
    } else if name == field.name {
        errors.spanned(other, format_args!("`{name}` cannot be compared with itself; name another field"));
    } else if container.field(&name).is_none() {
        let hint = did_you_mean(&name, container.fields.iter().map(|f| f.name.as_str()));
        errors.spanned(
            other,
            format_args!("`not_before` names `{name}`, which is not a field of `{}`{hint}", container.ident),
        );
    }
}
