//! The schema plan: each field serde reads, with its wire name, whether the document
//! must have it, the type whose schema it has, and the rules of the validation plan it
//! carries. Checked here: what the derive cannot see the wire form of (a field read by
//! a function, `#[serde(with)]`, without `#[schema(with = Type)]`; a struct whose wire
//! form is not its fields; a unit struct), and what the schema would get wrong
//! (`alias`; a flattened `Option` or map, or a rule on a flattened field).

use crate::ast::{Container, Field};
use crate::check::validate::{self, GroupPlan, Value};
use crate::ctxt::Errors;
use crate::ty::Kind;
use syn::Type;

/// What the `Schema` generator reads.
pub(crate) struct Plan<'c, 'a> {
    pub(crate) container: &'c Container<'a>,
    pub(crate) properties: Vec<Property<'c, 'a>>,
    /// The group rules on the struct, in the order written.
    pub(crate) groups: Vec<GroupPlan<'c, 'a>>,
}

/// One field serde reads.
pub(crate) struct Property<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    /// What the document holds there.
    pub(crate) shape: Shape<'c>,
    /// The plan of the field's rules, when it has any.
    pub(crate) rules: Option<Value<'c, 'a>>,
}

/// What the document holds at a field.
pub(crate) enum Shape<'c> {
    /// `#[serde(flatten)]`: the fields of this type, in the parent object.
    Flatten(&'c Type),
    /// A property of this type's schema.
    Property {
        ty: &'c Type,
        /// Whether the document must have it.
        required: Required<'c>,
        /// `required` on a value that may be `null` (a type the derive cannot see
        /// into, an `Option` in an `Option`): `null` is refused too.
        not_null: bool,
    },
}

/// Whether the document must have a property.
pub(crate) enum Required<'c> {
    /// Yes: serde needs it, or `required` makes it necessary.
    Yes,
    /// No: serde fills it in (`default`, or an `Option`).
    No,
    /// When serde cannot read the field's type from nothing, which only serde knows
    /// (a missing field is read as `None` by any type that reads an option): asked at
    /// run time, of this type.
    UnlessOption(&'c Type),
}

/// The plan of `container`'s schema, or `None` when a check failed (reported). When the
/// rules are wrong (which `Validate` reports), the plan has none of them, so that the
/// struct still has a schema and its uses still compile while the user fixes the rule.
pub(crate) fn check<'c, 'a>(container: &'c Container<'a>, errors: &mut Errors) -> Option<Plan<'c, 'a>> {
    let before = errors.len();
    if let Some((key, span)) = container.wire.reshaped {
        errors.push(syn::Error::new(
            span,
            format_args!(
                "`#[serde({key})]` makes the wire form of `{}` something other than its fields, which `Schema` reads; implement `JsonSchema` by hand for it",
                container.ident
            ),
        ));
    }
    if container.unit {
        errors.spanned(
            container.ident,
            format_args!(
                "`{}` is a unit struct, which serde reads from `null`, not an object; give it braces (`struct {} {{}}`) or implement `JsonSchema` by hand",
                container.ident, container.ident
            ),
        );
    }
    let (mut members, groups) = validate::check(container, &mut Errors::default())
        .map_or_else(|| (Vec::new(), Vec::new()), |plan| (plan.members, plan.groups));
    let mut properties = Vec::new();
    for field in &container.fields {
        if field.wire.skip_deserializing.is_some() {
            continue;
        }
        if let Some(span) = field.wire.alias {
            errors.push(syn::Error::new(
                span,
                format_args!(
                    "`Schema` states one wire name per field, and `alias` gives field `{}` a second one; remove the alias",
                    field.name
                ),
            ));
        }
        let ty = match (&field.schema.with, field.wire.read_with) {
            (Some(with), _) => with,
            (None, Some(span)) => {
                errors.push(syn::Error::new(
                    span,
                    format_args!(
                        "field `{}` is read by a function of its own, so `Schema` cannot know its wire form; name a type whose schema it is: `#[schema(with = Type)]`",
                        field.name
                    ),
                ));
                continue;
            }
            (None, None) => field.ty,
        };
        let rules =
            members.iter().position(|member| std::ptr::eq(member.field, field)).map(|at| members.remove(at).value);
        let shape = if field.wire.flatten {
            flattened(field, ty, errors);
            Shape::Flatten(ty)
        } else {
            shape(container, field, ty, rules.as_ref())
        };
        properties.push(Property { field, shape, rules });
    }
    (errors.len() == before).then_some(Plan { container, properties, groups })
}

/// `#[serde(flatten)]` is stated for a struct (whose properties join the parent's),
/// and its rules are the nested type's own.
fn flattened(field: &Field<'_>, ty: &Type, errors: &mut Errors) {
    let kind = Kind::of(ty);
    if !matches!(kind, Kind::Other) {
        errors.spanned(
            ty,
            format_args!(
                "`Schema` states a flattened struct, and field `{}` is {}; serde reads it otherwise (a flattened Option swallows the errors of its fields, a map takes every other key); implement `JsonSchema` by hand",
                field.name,
                kind.describe()
            ),
        );
    }
    if let Some(rule) =
        field.validate.rules.iter().find(|rule| !matches!(rule.kind, crate::attr::validate::RuleKind::Nested))
    {
        errors.push(syn::Error::new(
            rule.span,
            format_args!(
                "`{}` on a flattened field cannot be stated in its schema (the field has no property of its own); put the rule on the nested type's fields",
                rule.kind.name()
            ),
        ));
    }
}

fn shape<'c>(
    container: &Container<'_>,
    field: &'c Field<'_>,
    ty: &'c Type,
    rules: Option<&Value<'_, '_>>,
) -> Shape<'c> {
    let said_required = rules.is_some_and(|rules| !rules.required.is_empty());
    let defaulted = field.wire.default || container.wire.default;
    // serde fills in a missing field that has a default (whatever the rules say of the
    // default: a listed difference), and reads a missing field of an option type as
    // `None`, unless a function of its own reads it.
    let required = if defaulted {
        Required::No
    } else if said_required || field.wire.read_with.is_some() {
        Required::Yes
    } else {
        match Kind::of(field.ty) {
            Kind::Option(_) => Required::No,
            Kind::Other | Kind::Box(_) => Required::UnlessOption(field.ty),
            _ => Required::Yes,
        }
    };
    match Kind::of(ty) {
        // `required` on an `Option`: its value, not `null`; when the value may be
        // `null` itself (an `Option` in it, a type the derive cannot see into), refused.
        Kind::Option(inner) if said_required => {
            let not_null = matches!(Kind::of(inner), Kind::Option(_) | Kind::Other);
            Shape::Property { ty: inner, required, not_null }
        }
        _ => Shape::Property { ty, required, not_null: said_required },
    }
}
