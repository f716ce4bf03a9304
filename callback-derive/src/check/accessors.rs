//! The accessors' plan: which families each field gets, and their method names.
//! Checked here: `copy` on a type that is not `Copy`, and two methods of the same name.

use super::{Claim, Names, type_name};
use crate::ast::{Container, Field};
use crate::attr::accessors::Families;
use crate::ctxt::Errors;
use crate::names::affixed;
use crate::ty::Kind;
use syn::Ident;

/// What the accessors generator reads: the fields that get accessors, in order.
pub(crate) struct Plan<'c, 'a> {
    pub(crate) container: &'c Container<'a>,
    pub(crate) members: Vec<Member<'c, 'a>>,
}

/// A field that is not skipped, and what it gets.
pub(crate) struct Member<'c, 'a> {
    pub(crate) field: &'c Field<'a>,
    pub(crate) families: Resolved,
    pub(crate) names: MethodNames,
}

/// The families a field ends up with: its own choice, else the struct's, else the
/// default (getters on, the rest off).
#[derive(Clone, Copy)]
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Resolved {
    pub(crate) get: bool,
    pub(crate) set: bool,
    pub(crate) mut_: bool,
    pub(crate) with: bool,
}

impl Resolved {
    fn of(field: Families, container: Families) -> Self {
        Resolved {
            get: field.get.or(container.get).unwrap_or(true),
            set: field.set.or(container.set).unwrap_or(false),
            mut_: field.mut_.or(container.mut_).unwrap_or(false),
            with: field.with.or(container.with).unwrap_or(false),
        }
    }
}

/// The names of a field's accessors, one per family: `x`, `set_x`, `x_mut`, `with_x`.
pub(crate) struct MethodNames {
    pub(crate) get: Ident,
    pub(crate) set: Ident,
    pub(crate) mut_: Ident,
    pub(crate) with: Ident,
}

impl MethodNames {
    fn of(field: &Ident) -> Self {
        MethodNames {
            get: field.clone(),
            set: affixed("set_", field, ""),
            mut_: affixed("", field, "_mut"),
            with: affixed("with_", field, ""),
        }
    }
}

/// The plan of `container`'s accessors, or `None` when a check failed (each failure is
/// in `errors`).
pub(crate) fn check<'c, 'a>(container: &'c Container<'a>, errors: &mut Errors) -> Option<Plan<'c, 'a>> {
    let before = errors.len();
    let mut names = Names::default();
    let mut members = Vec::new();
    for field in &container.fields {
        check_copy(field, errors);
        if field.accessors.skip {
            continue;
        }
        let member = Member {
            field,
            families: Resolved::of(field.accessors.families, container.accessors.families),
            names: MethodNames::of(field.ident),
        };
        if member.families.get {
            check_shadowing(&member, errors);
        }
        for claim in claims(&member) {
            names.claim(claim, errors);
        }
        members.push(member);
    }
    (errors.len() == before).then_some(Plan { container, members })
}

/// Methods of the traits a struct commonly derives or implements, and of the traits the
/// derives implement. A getter of the same name is an inherent method, which wins over
/// the trait's: `value.clone()` would return the field. (A derive cannot see which
/// other derives a struct has, so the list does not depend on them: a getter named
/// `clone` is a trap the day `Clone` is derived.)
const TRAIT_METHODS: &[(&str, &str)] = &[
    ("validate", "Validate::validate"),
    ("validate_into", "Validate::validate_into"),
    ("clone", "Clone::clone"),
    ("clone_from", "Clone::clone_from"),
    ("fmt", "Debug::fmt and Display::fmt"),
    ("eq", "PartialEq::eq"),
    ("ne", "PartialEq::ne"),
    ("partial_cmp", "PartialOrd::partial_cmp"),
    ("lt", "PartialOrd::lt"),
    ("le", "PartialOrd::le"),
    ("gt", "PartialOrd::gt"),
    ("ge", "PartialOrd::ge"),
    ("cmp", "Ord::cmp"),
    ("max", "Ord::max"),
    ("min", "Ord::min"),
    ("clamp", "Ord::clamp"),
    ("hash", "Hash::hash"),
    ("default", "Default::default"),
    ("serialize", "Serialize::serialize"),
    ("deserialize", "Deserialize::deserialize"),
    ("to_string", "ToString::to_string"),
    ("to_owned", "ToOwned::to_owned"),
    ("into", "Into::into"),
    ("try_into", "TryInto::try_into"),
    ("as_ref", "AsRef::as_ref"),
    ("borrow", "Borrow::borrow"),
];

fn check_shadowing(member: &Member<'_, '_>, errors: &mut Errors) {
    let name = &member.field.name;
    if let Some((_, method)) = TRAIT_METHODS.iter().find(|(method, _)| method == name) {
        errors.spanned(
            member.field.ident,
            format_args!(
                "the getter of field `{name}` would shadow `{method}`: an inherent method wins over a trait's, so `value.{name}()` would return the field; rename the field, or leave the getter out with `#[accessors(get = false)]` (or `#[accessors(skip)]`) on it"
            ),
        );
    }
}

fn check_copy(field: &Field<'_>, errors: &mut Errors) {
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
}

/// The methods a field asks for, for the clash check.
fn claims<'f>(member: &Member<'f, '_>) -> Vec<Claim<'f>> {
    let (families, names, ident, name) = (member.families, &member.names, member.field.ident, &member.field.name);
    let wanted = [
        (families.get, &names.get, "the getter", "get"),
        (families.set, &names.set, "the setter", "set"),
        (families.mut_, &names.mut_, "`#[accessors(mut)]`", "mut"),
        (families.with, &names.with, "`#[accessors(with)]`", "with"),
    ];
    wanted
        .into_iter()
        .filter(|(on, ..)| *on)
        .map(|(_, method, who, family)| Claim {
            name: method.clone(),
            at: ident,
            who: format!("{who} of field `{name}`"),
            fix: format!("turn it off with `#[accessors({family} = false)]` on `{name}`"),
        })
        .collect()
}
