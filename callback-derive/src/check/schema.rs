//! The schema plan: each field serde reads, with its wire name, whether the document
//! must have it, the type whose schema it has, and the rules of the validation plan it
//! carries. Checked here: what the derive cannot see the wire form of (a field read by
//! a function, `#[serde(with)]`, without `#[schema(with = Type)]`; a struct whose wire
//! form is not its fields), and what the schema would get wrong (`alias`).

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
        /// The document must have it: serde needs it, or `required` makes it necessary.
        required: bool,
        /// `required` on a type the derive cannot see into: `null` is refused too.
        not_null: bool,
    },
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
    let rules = validate::check(container, &mut Errors::default());
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
        properties.push((field, ty));
    }
    let (checked, groups) = rules.map_or_else(|| (Vec::new(), Vec::new()), |plan| (plan.members, plan.groups));
    let mut members: Vec<Option<Value<'c, 'a>>> = Vec::new();
    let mut checked: Vec<Option<validate::Member<'c, 'a>>> = checked.into_iter().map(Some).collect();
    for (field, _) in &properties {
        let found = checked.iter_mut().find(|member| member.as_ref().is_some_and(|m| std::ptr::eq(m.field, *field)));
        members.push(found.and_then(Option::take).map(|member| member.value));
    }
    let properties = properties
        .into_iter()
        .zip(members)
        .map(|((field, ty), rules)| {
            let shape =
                if field.wire.flatten { Shape::Flatten(ty) } else { shape(container, field, ty, rules.as_ref()) };
            Property { field, shape, rules }
        })
        .collect();
    (errors.len() == before).then_some(Plan { container, properties, groups })
}

fn shape<'c>(container: &Container<'_>, field: &Field<'_>, ty: &'c Type, rules: Option<&Value<'_, '_>>) -> Shape<'c> {
    let is_option = matches!(Kind::of(ty), Kind::Option(_));
    // serde reads a missing `Option` as `None`, unless a function reads the field.
    let serde_needs = !(field.wire.default || container.wire.default || is_option && field.wire.read_with.is_none());
    let said_required = rules.is_some_and(|rules| !rules.required.is_empty());
    match Kind::of(ty) {
        Kind::Option(inner) if said_required => Shape::Property { ty: inner, required: true, not_null: false },
        _ => Shape::Property { ty, required: serde_needs || said_required, not_null: said_required },
    }
}
