//! `#[validate(...)]`: rules on fields; on the struct, the group rules
//! (`at_least_one_of(a, b, ..)`, `exactly_one_of(..)`, `at_most_one_of(..)`),
//! `check = fn` and `crate = path`.
//!
//! `message = ".."` and `code = ".."` may follow any rule inside its own parentheses
//! (`uuid(code = "bad_id")`, `length(max = 5, message = "..")`), or stand in the rule
//! list, where they apply to every rule of that list that has none of its own.

use super::{
    expr_tokens, for_each_item, ident_value, key_of, listing, lists, no_arguments, path_value, recover, string_value,
    unknown_key,
};
use crate::ctxt::Errors;
use crate::suggest::did_you_mean;
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Ident, Lit, LitStr, Path, UnOp};

/// The rule names, for "did you mean".
pub(crate) const RULES: &[&str] =
    &["required", "length", "range", "uuid", "e164", "phone", "non_blank", "each", "nested", "not_before", "custom"];
const CONTAINER_KEYS: &[&str] = &["at_least_one_of", "exactly_one_of", "at_most_one_of", "check", "crate"];
const BOUND_KEYS: &[&str] = &["min", "max", "message", "code"];
const OVERRIDE_KEYS: &[&str] = &["message", "code"];

/// `#[validate(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    /// The group rules, in the order written.
    pub(crate) groups: Vec<Group>,
    /// `check = path::to_fn`, in the order written.
    pub(crate) checks: Vec<Path>,
    /// `crate = path`.
    pub(crate) krate: Option<Path>,
}

/// `#[validate(...)]` on a field: its rules in the order written.
#[derive(Default)]
pub(crate) struct Field {
    pub(crate) rules: Vec<Rule>,
}

/// A group rule on the struct: `at_least_one_of(a, b)` and its kin.
pub(crate) struct Group {
    pub(crate) kind: GroupKind,
    /// The rule's name as written, for errors.
    pub(crate) span: Span,
    /// The members, as written (raw identifiers allowed).
    pub(crate) members: Vec<Ident>,
}

/// How many members of a group may, or must, be present.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum GroupKind {
    /// At least one.
    AtLeast,
    /// Exactly one.
    Exactly,
    /// None or one.
    AtMost,
}

impl GroupKind {
    /// The rule's name, which is also its violation code.
    pub(crate) fn name(self) -> &'static str {
        match self {
            GroupKind::AtLeast => "at_least_one_of",
            GroupKind::Exactly => "exactly_one_of",
            GroupKind::AtMost => "at_most_one_of",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "at_least_one_of" => GroupKind::AtLeast,
            "exactly_one_of" => GroupKind::Exactly,
            "at_most_one_of" => GroupKind::AtMost,
            _ => return None,
        })
    }

    /// At least one member must be set: the builder waits for one.
    pub(crate) fn needs_one(self) -> bool {
        matches!(self, GroupKind::AtLeast | GroupKind::Exactly)
    }
}

/// One rule with its optional overrides.
pub(crate) struct Rule {
    pub(crate) kind: RuleKind,
    /// The rule's name as written, for errors.
    pub(crate) span: Span,
    pub(crate) message: Option<LitStr>,
    pub(crate) code: Option<LitStr>,
}

/// What a rule checks.
pub(crate) enum RuleKind {
    Required,
    Length(Bounds),
    Range(Bounds),
    Uuid,
    E164,
    Phone,
    NonBlank,
    Each(Vec<Rule>),
    Nested,
    NotBefore(Ident),
    Custom(Path),
}

impl RuleKind {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            RuleKind::Required => "required",
            RuleKind::Length(_) => "length",
            RuleKind::Range(_) => "range",
            RuleKind::Uuid => "uuid",
            RuleKind::E164 => "e164",
            RuleKind::Phone => "phone",
            RuleKind::NonBlank => "non_blank",
            RuleKind::Each(_) => "each",
            RuleKind::Nested => "nested",
            RuleKind::NotBefore(_) => "not_before",
            RuleKind::Custom(_) => "custom",
        }
    }
}

/// `min = ..` and `max = ..` of `length` and `range`.
#[derive(Default)]
pub(crate) struct Bounds {
    pub(crate) min: Option<Bound>,
    pub(crate) max: Option<Bound>,
}

/// One bound: the expression (as tokens), and its value when it is a number literal.
pub(crate) struct Bound {
    pub(crate) expr: proc_macro2::TokenStream,
    pub(crate) literal: Option<Number>,
}

/// A number literal, possibly negated.
#[derive(Clone, Copy)]
pub(crate) enum Number {
    Int(i128),
    Float(f64),
}

impl Number {
    #[allow(clippy::cast_precision_loss)]
    pub(crate) fn as_f64(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }
}

impl Container {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Container::default();
        for_each_item(attrs, "validate", errors, |meta, key| {
            if let Some(kind) = GroupKind::from_key(key) {
                out.groups.push(group(meta, kind)?);
                return Ok(());
            }
            match key {
                "check" => out.checks.push(path_value(meta, "path::to_fn")?),
                "crate" => out.krate = Some(path_value(meta, "::callback_model")?),
                _ if RULES.contains(&key) || OVERRIDE_KEYS.contains(&key) => {
                    return Err(meta.error(format_args!(
                        "`{key}` is a field rule; on the struct, use a group rule (`at_least_one_of(a, b)`, `exactly_one_of(..)`, `at_most_one_of(..)`) or `check = path::to_fn` for a rule over several fields"
                    )));
                }
                _ => return Err(unknown_key(meta, "#[validate(...)]", CONTAINER_KEYS)),
            }
            Ok(())
        });
        out
    }
}

impl Field {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut rules = Vec::new();
        for attr in lists(attrs, "validate", "rules", errors) {
            let mut list = RuleList::default();
            let result = attr.parse_nested_meta(|meta| list.item(&meta, errors));
            errors.ok(result);
            rules.extend(list.finish(errors));
        }
        Field { rules }
    }
}

/// `at_least_one_of(a, b, ..)`: the members, field names separated by commas.
fn group(meta: &ParseNestedMeta<'_>, kind: GroupKind) -> syn::Result<Group> {
    use syn::ext::IdentExt as _;
    let name = kind.name();
    let example = || meta.error(format_args!("`{name}` takes the names of fields: `{name}(email, phone)`"));
    if !meta.input.peek(syn::token::Paren) {
        return Err(example());
    }
    let content;
    syn::parenthesized!(content in meta.input);
    let members = content.parse_terminated(Ident::parse_any, syn::Token![,]).map_err(|error| {
        syn::Error::new(error.span(), format_args!("`{name}` takes the names of fields: `{name}(email, phone)`"))
    })?;
    if members.is_empty() {
        return Err(example());
    }
    Ok(Group { kind, span: meta.path.span(), members: members.into_iter().collect() })
}

/// The rules of one list (an attribute, or the inside of `each(...)`), with the
/// list's own `message` / `code`.
#[derive(Default)]
struct RuleList {
    rules: Vec<Rule>,
    message: Option<LitStr>,
    code: Option<LitStr>,
}

impl RuleList {
    /// Reads one item; a bad item is reported and skipped.
    fn item(&mut self, meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<()> {
        let result = self.try_item(meta, errors);
        recover(result, meta, errors)
    }

    fn try_item(&mut self, meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<()> {
        let key = key_of(meta);
        let span = meta.path.span();
        let kind = match key.as_str() {
            "message" => {
                self.message = Some(string_value(meta)?);
                return Ok(());
            }
            "code" => {
                self.code = Some(string_value(meta)?);
                return Ok(());
            }
            "required" => RuleKind::Required,
            "uuid" => RuleKind::Uuid,
            "e164" => RuleKind::E164,
            "phone" => RuleKind::Phone,
            "non_blank" => RuleKind::NonBlank,
            "nested" => RuleKind::Nested,
            "length" | "range" => {
                let (bounds, message, code) = parse_bounds(meta, &key, errors)?;
                let kind = if key == "length" { RuleKind::Length(bounds) } else { RuleKind::Range(bounds) };
                self.rules.push(Rule { kind, span, message, code });
                return Ok(());
            }
            "each" => {
                if !meta.input.peek(syn::token::Paren) {
                    return Err(
                        meta.error("`each` takes the rules for every element: `each(non_blank, length(max = 20))`")
                    );
                }
                let fork = meta.input.fork();
                let content;
                syn::parenthesized!(content in fork);
                if content.is_empty() {
                    meta.input.parse::<proc_macro2::TokenTree>()?;
                    return Err(meta.error(
                        "`each()` holds no rule; write the rules for every element: `each(non_blank, length(max = 20))`",
                    ));
                }
                let mut inner = RuleList::default();
                meta.parse_nested_meta(|item| inner.item(&item, errors))?;
                RuleKind::Each(inner.finish(errors))
            }
            "not_before" => RuleKind::NotBefore(ident_value(meta, "start_time")?),
            "custom" => RuleKind::Custom(path_value(meta, "path::to_fn")?),
            "check" => return Err(meta.error("`check` goes on the struct: `#[validate(check = path::to_fn)]`")),
            "crate" => return Err(meta.error("`crate` goes on the struct: `#[validate(crate = ::callback_model)]`")),
            _ => {
                let hint = did_you_mean(&key, RULES.iter().copied());
                return Err(meta.error(format_args!(
                    "unknown rule `{key}`{hint}\n  the rules are: {}; and `message`, `code` to override what a rule reports",
                    listing(RULES)
                )));
            }
        };
        let mut rule = Rule { kind, span, message: None, code: None };
        if matches!(rule.kind, RuleKind::Nested) && meta.input.peek(syn::token::Paren) {
            return Err(meta.error(
                "`nested` reports the nested value's own violations, so `message` and `code` do not apply to it; set them on the nested type's rules",
            ));
        }
        if meta.input.peek(syn::token::Paren) && !matches!(rule.kind, RuleKind::Each(_)) {
            meta.parse_nested_meta(|item| {
                let result = override_item(&item, &key, &mut rule.message, &mut rule.code);
                recover(result, &item, errors)
            })?;
        } else if !matches!(rule.kind, RuleKind::NotBefore(_) | RuleKind::Custom(_)) {
            no_arguments(meta)?;
        }
        self.rules.push(rule);
        Ok(())
    }

    /// The rules, with the list's `message` / `code` given to those without their own.
    ///
    /// They pass down into `each(..)`, whose rules report for every element; `nested`
    /// takes none, since it reports the nested value's own violations unchanged.
    ///
    /// A `message` or `code` that no rule takes (the list has none, or only `nested`)
    /// would do nothing, and is reported.
    fn finish(self, errors: &mut Errors) -> Vec<Rule> {
        let RuleList { mut rules, message, code } = self;
        if !takes_overrides(&rules) {
            for (key, value) in [("message", &message), ("code", &code)] {
                if let Some(value) = value {
                    let why = if rules.is_empty() {
                        "there is none here"
                    } else {
                        "`nested` reports the nested value's own violations, and it is the only rule here"
                    };
                    errors.spanned(
                        value,
                        format_args!("`{key}` overrides what the rules of its list report, but {why}; add the rule it is for, or remove it"),
                    );
                }
            }
        }
        inherit(&mut rules, message.as_ref(), code.as_ref());
        rules
    }
}

/// Whether some rule in `rules` (or in an `each(..)` among them) reports a violation of
/// its own, which a list's `message` / `code` can override.
fn takes_overrides(rules: &[Rule]) -> bool {
    rules.iter().any(|rule| match &rule.kind {
        RuleKind::Nested => false,
        RuleKind::Each(inner) => takes_overrides(inner),
        _ => true,
    })
}

/// Gives `message` / `code` to the rules without their own, down through `each(..)`.
fn inherit(rules: &mut [Rule], message: Option<&LitStr>, code: Option<&LitStr>) {
    for rule in rules {
        match &mut rule.kind {
            RuleKind::Nested => {}
            RuleKind::Each(inner) => inherit(inner, message, code),
            _ => {
                if rule.message.is_none() {
                    rule.message = message.cloned();
                }
                if rule.code.is_none() {
                    rule.code = code.cloned();
                }
            }
        }
    }
}

/// `message = ".."` or `code = ".."` inside a rule's parentheses.
fn override_item(
    meta: &ParseNestedMeta<'_>,
    rule: &str,
    message: &mut Option<LitStr>,
    code: &mut Option<LitStr>,
) -> syn::Result<()> {
    if meta.path.is_ident("message") {
        *message = Some(string_value(meta)?);
    } else if meta.path.is_ident("code") {
        *code = Some(string_value(meta)?);
    } else {
        return Err(unknown_key(meta, &format!("{rule}(...)"), OVERRIDE_KEYS));
    }
    Ok(())
}

/// The inside of `length(min = .., max = ..)` or `range(..)`, with its overrides.
fn parse_bounds(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    errors: &mut Errors,
) -> syn::Result<(Bounds, Option<LitStr>, Option<LitStr>)> {
    let needs_bounds = || meta.error(format_args!("`{key}` needs `min`, `max` or both: `{key}(min = 1, max = 20)`"));
    if !meta.input.peek(syn::token::Paren) {
        return Err(needs_bounds());
    }
    let fork = meta.input.fork();
    let content;
    syn::parenthesized!(content in fork);
    if content.is_empty() {
        meta.input.parse::<proc_macro2::TokenTree>()?;
        return Err(needs_bounds());
    }
    let mut bounds = Bounds::default();
    let mut message = None;
    let mut code = None;
    let place = format!("{key}(...)");
    let mut read = |item: &ParseNestedMeta<'_>| -> syn::Result<()> {
        let slot = if item.path.is_ident("min") {
            &mut bounds.min
        } else if item.path.is_ident("max") {
            &mut bounds.max
        } else if item.path.is_ident("message") || item.path.is_ident("code") {
            return override_item(item, key, &mut message, &mut code);
        } else {
            return Err(unknown_key(item, &place, BOUND_KEYS));
        };
        let expr = expr_tokens(item)?;
        let literal = syn::parse2::<Expr>(expr.clone()).ok().as_ref().and_then(number);
        *slot = Some(Bound { expr, literal });
        Ok(())
    };
    meta.parse_nested_meta(|item| {
        let result = read(&item);
        recover(result, &item, errors)
    })?;
    if bounds.min.is_none() && bounds.max.is_none() {
        return Err(needs_bounds());
    }
    Ok((bounds, message, code))
}

/// The value of a number literal, `-` allowed in front.
fn number(expr: &Expr) -> Option<Number> {
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Int(int), .. }) => int.base10_parse().ok().map(Number::Int),
        Expr::Lit(ExprLit { lit: Lit::Float(float), .. }) => float.base10_parse().ok().map(Number::Float),
        Expr::Unary(ExprUnary { op: UnOp::Neg(_), expr, .. }) => match number(expr)? {
            Number::Int(i) => Some(Number::Int(-i)),
            Number::Float(f) => Some(Number::Float(-f)),
        },
        Expr::Group(group) => number(&group.expr),
        Expr::Paren(paren) => number(&paren.expr),
        _ => None,
    }
}
