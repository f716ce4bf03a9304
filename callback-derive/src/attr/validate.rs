//! `#[validate(...)]`: rules on fields, `check = fn` and `crate = path` on the struct.
//!
//! `message = ".."` and `code = ".."` may follow any rule inside its own parentheses
//! (`uuid(code = "bad_id")`, `length(max = 5, message = "..")`), or stand in the rule
//! list, where they apply to every rule of that list that has none of its own.

use super::{for_each_item, no_arguments, path_value, skip_value, unknown_key};
use crate::ctxt::Errors;
use crate::names::{make_ident, unraw};
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Ident, Lit, LitStr, Path, UnOp};

/// The rule names, for "did you mean".
pub(crate) const RULE_KEYS: &[&str] = &[
    "required",
    "length",
    "range",
    "uuid",
    "e164",
    "phone",
    "non_blank",
    "each",
    "nested",
    "not_before",
    "custom",
    "message",
    "code",
];
const CONTAINER_KEYS: &[&str] = &["check", "crate"];
const BOUND_KEYS: &[&str] = &["min", "max", "message", "code"];
const OVERRIDE_KEYS: &[&str] = &["message", "code"];

/// `#[validate(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
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

/// One bound: the expression, and its value when it is a number literal.
pub(crate) struct Bound {
    pub(crate) expr: Expr,
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
            match key {
                "check" => out.checks.push(path_value(meta)?),
                "crate" => out.krate = Some(path_value(meta)?),
                _ if RULE_KEYS.contains(&key) => {
                    return Err(meta.error(format_args!(
                        "`{key}` is a field rule; on the struct, use `check = path::to_fn` for a rule over several fields"
                    )));
                }
                _ => return Err(unknown_key(meta, "validate", CONTAINER_KEYS)),
            }
            Ok(())
        });
        out
    }
}

impl Field {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut rules = Vec::new();
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("validate")) {
            if let syn::Meta::Path(path) = &attr.meta {
                errors.spanned(path, "expected `#[validate(...)]` with a list of rules");
                continue;
            }
            let mut list = RuleList::default();
            let result = attr.parse_nested_meta(|meta| list.item(&meta, errors));
            errors.ok(result);
            rules.extend(list.finish());
        }
        Field { rules }
    }
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
        if let Err(error) = self.try_item(meta, errors) {
            errors.push(error);
            skip_value(meta.input)?;
        }
        Ok(())
    }

    fn try_item(&mut self, meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<()> {
        let key = meta.path.get_ident().map(unraw).unwrap_or_default();
        let span = meta.path.span();
        let kind = match key.as_str() {
            "message" => {
                self.message = Some(meta.value()?.parse()?);
                return Ok(());
            }
            "code" => {
                self.code = Some(meta.value()?.parse()?);
                return Ok(());
            }
            "required" => RuleKind::Required,
            "uuid" => RuleKind::Uuid,
            "e164" => RuleKind::E164,
            "phone" => RuleKind::Phone,
            "non_blank" => RuleKind::NonBlank,
            "nested" => RuleKind::Nested,
            "length" | "range" => {
                let mut rule = parse_bounds(meta, &key)?;
                rule.span = span;
                self.rules.push(rule);
                return Ok(());
            }
            "each" => {
                if !meta.input.peek(syn::token::Paren) {
                    return Err(
                        meta.error("`each` takes the rules for every element: `each(non_blank, length(max = 20))`")
                    );
                }
                let mut inner = RuleList::default();
                meta.parse_nested_meta(|item| inner.item(&item, errors))?;
                RuleKind::Each(inner.finish())
            }
            "not_before" => {
                let input = meta.value()?;
                let ident = if input.peek(LitStr) {
                    let lit: LitStr = input.parse()?;
                    let name: Ident = lit.parse()?;
                    make_ident(&unraw(&name), lit.span())
                } else {
                    input.parse::<Ident>()?
                };
                RuleKind::NotBefore(ident)
            }
            "custom" => RuleKind::Custom(path_value(meta)?),
            "check" => return Err(meta.error("`check` goes on the struct: `#[validate(check = path::to_fn)]`")),
            _ => return Err(unknown_key(meta, "validate", RULE_KEYS)),
        };
        let mut rule = Rule { kind, span, message: None, code: None };
        if meta.input.peek(syn::token::Paren) && !matches!(rule.kind, RuleKind::Each(_)) {
            meta.parse_nested_meta(|item| override_item(&item, &mut rule.message, &mut rule.code))?;
        } else if !matches!(rule.kind, RuleKind::NotBefore(_) | RuleKind::Custom(_)) {
            no_arguments(meta)?;
        }
        self.rules.push(rule);
        Ok(())
    }

    /// The rules, with the list's `message` / `code` given to those without their own.
    fn finish(self) -> Vec<Rule> {
        let RuleList { mut rules, message, code } = self;
        for rule in &mut rules {
            if rule.message.is_none() {
                rule.message.clone_from(&message);
            }
            if rule.code.is_none() {
                rule.code.clone_from(&code);
            }
        }
        rules
    }
}

/// `message = ".."` or `code = ".."` inside a rule's parentheses.
fn override_item(
    meta: &ParseNestedMeta<'_>,
    message: &mut Option<LitStr>,
    code: &mut Option<LitStr>,
) -> syn::Result<()> {
    if meta.path.is_ident("message") {
        *message = Some(meta.value()?.parse()?);
    } else if meta.path.is_ident("code") {
        *code = Some(meta.value()?.parse()?);
    } else {
        return Err(unknown_key(meta, "validate", OVERRIDE_KEYS));
    }
    Ok(())
}

/// `length(min = .., max = ..)` or `range(min = .., max = ..)`, with overrides.
fn parse_bounds(meta: &ParseNestedMeta<'_>, key: &str) -> syn::Result<Rule> {
    if !meta.input.peek(syn::token::Paren) {
        return Err(meta.error(format_args!("`{key}` needs bounds: `{key}(min = .., max = ..)`")));
    }
    let mut bounds = Bounds::default();
    let mut message = None;
    let mut code = None;
    meta.parse_nested_meta(|item| {
        let slot = if item.path.is_ident("min") {
            &mut bounds.min
        } else if item.path.is_ident("max") {
            &mut bounds.max
        } else if item.path.is_ident("message") || item.path.is_ident("code") {
            return override_item(&item, &mut message, &mut code);
        } else {
            return Err(unknown_key(&item, key, BOUND_KEYS));
        };
        let expr: Expr = item.value()?.parse()?;
        *slot = Some(Bound { literal: number(&expr), expr });
        Ok(())
    })?;
    if bounds.min.is_none() && bounds.max.is_none() {
        return Err(meta.error(format_args!("`{key}` needs `min`, `max` or both")));
    }
    let kind = if key == "length" { RuleKind::Length(bounds) } else { RuleKind::Range(bounds) };
    Ok(Rule { kind, span: meta.path.span(), message, code })
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
