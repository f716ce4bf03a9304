//! What may not be combined, checked once on the model before anything is generated.
//! Every problem is reported; none stops the search for the next.

use crate::ast::{Container, Derive, Field};
use crate::attr::validate::{Bound, Bounds, Number, Rule, RuleKind};
use crate::ctxt::Errors;
use crate::emit;
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
    taken: BTreeMap<String, String>,
}

impl Names {
    /// Claims `name` for `what`; on a clash, reports at `at` who has it already.
    fn claim(&mut self, name: &Ident, what: String, errors: &mut Errors, hint: &str) {
        let key = unraw(name);
        if let Some(first) = self.taken.get(&key) {
            errors.spanned(name, format_args!("{what} would be named `{key}`, like {first}{hint}"));
        } else {
            self.taken.insert(key, what);
        }
    }
}

fn builder(container: &Container<'_>, errors: &mut Errors) {
    let entry = emit::builder::EntryPoints::of(container);
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
        for finish in [&entry.finish, &entry.try_finish] {
            if field.name == unraw(finish) {
                let renamed = if entry.finish == "build" { "finish" } else { "build" };
                errors.spanned(
                    ident,
                    format_args!(
                        "field `{}` would get a setter `{finish}()`, which is the builder's own `{finish}()`; rename the finishing method with `#[builder(finish_fn = {renamed})]` on the struct",
                        field.name
                    ),
                );
            }
        }
        if field.name == emit::builder::MARKER {
            errors
                .spanned(ident, format_args!("the field name `{}` is reserved for the builder's own use", field.name));
        }
        if let Some(each) = &field.builder.each {
            let collection = match field.kind {
                Kind::Option(inner) => Kind::of(inner),
                kind => kind,
            };
            if !matches!(collection, Kind::Seq(seq) if seq.extendable) {
                errors.spanned(
                    each,
                    format_args!(
                        "`each` adds one element to a collection, and `{}` is {}; use it on a Vec, VecDeque, LinkedList, HashSet, BTreeSet or BinaryHeap",
                        field.name,
                        field.kind.describe()
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

    // Setters may not clash with each other or with the builder's own methods.
    let mut names = Names::default();
    let own = ["finish", "try_finish"];
    for (name, what) in [&entry.finish, &entry.try_finish].into_iter().zip(own) {
        names.taken.insert(unraw(name), format!("the builder's `{what}` method"));
    }
    for field in &container.fields {
        for setter in emit::builder::setter_names(field) {
            if unraw(&setter) == unraw(&entry.finish) || unraw(&setter) == unraw(&entry.try_finish) {
                continue; // reported above, with the rename that fixes it
            }
            names.claim(
                &setter,
                format!("the setter `{}` of field `{}`", unraw(&setter), field.name),
                errors,
                "; rename one of them",
            );
        }
    }
}

fn accessors(container: &Container<'_>, errors: &mut Errors) {
    let mut names = Names::default();
    for field in &container.fields {
        let Some(families) = emit::accessors::families(container, field) else { continue };
        let ident = field.ident;
        let wanted = [
            (families.get, crate::names::affixed("", ident, "")),
            (families.set, crate::names::affixed("set_", ident, "")),
            (families.mut_, crate::names::affixed("", ident, "_mut")),
            (families.with, crate::names::affixed("with_", ident, "")),
        ];
        for (on, name) in wanted {
            if on {
                names.claim(
                    &name,
                    format!("the accessor `{}` of field `{}`", unraw(&name), field.name),
                    errors,
                    "; leave one out with `#[accessors(skip)]` or `#[accessors(set = false)]` (likewise `get`, `mut`, `with`)",
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
            format!("`{}`", self.field.name)
        } else {
            format!("each element of `{}`", self.field.name)
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
            RuleKind::Range(_) => matches!(value, Kind::Int | Kind::Float | Kind::Other | Kind::Ref),
            RuleKind::Uuid | RuleKind::E164 | RuleKind::Phone | RuleKind::NonBlank => {
                matches!(value, Kind::Text | Kind::Other | Kind::Ref)
            }
            RuleKind::Each(_) => matches!(value, Kind::Seq(_) | Kind::Other | Kind::Ref),
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
        Kind::Other | Kind::Ref => true,
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
