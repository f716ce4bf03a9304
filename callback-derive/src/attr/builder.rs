//! `#[builder(...)]`: on the struct, `crate`, `start_fn`, `finish_fn`; on a field,
//! `default`, `default = expr` and `each = "name"`.

use super::{expr_tokens, for_each_item, ident_value, no_arguments, path_value, unknown_key};
use crate::ast::{Container as Input, Field as InputField};
use crate::ctxt::Errors;
use crate::names::{affixed, make_ident, unraw};
use crate::ty::Kind;
use proc_macro2::Span;
use syn::{Attribute, Ident, Path, Token, Type};

const CONTAINER_KEYS: &[&str] = &["crate", "start_fn", "finish_fn"];
const FIELD_KEYS: &[&str] = &["default", "each"];

/// `#[builder(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    /// `crate = path`: where the runtime is, for a renamed dependency.
    pub(crate) krate: Option<Path>,
    /// `start_fn = name`: replaces `builder()`.
    pub(crate) start_fn: Option<Ident>,
    /// `finish_fn = name`: replaces `build()` (and `try_build()` becomes `try_<name>()`).
    pub(crate) finish_fn: Option<Ident>,
}

/// `#[builder(...)]` on a field.
#[derive(Default)]
pub(crate) struct Field {
    /// `default` or `default = expr`: the field may be left unset.
    pub(crate) default: Option<DefaultValue>,
    /// `each = "name"`: a setter that adds one element to the collection.
    pub(crate) each: Option<Ident>,
}

/// How a `default` field gets its value when it is not set.
pub(crate) enum DefaultValue {
    /// `default`: `Default::default()`. The span is the key's.
    Trait(Span),
    /// `default = expr`, as tokens.
    Expr(proc_macro2::TokenStream),
}

impl DefaultValue {
    pub(crate) fn span(&self) -> Span {
        match self {
            DefaultValue::Trait(span) => *span,
            DefaultValue::Expr(expr) => expr.clone().into_iter().next().map_or_else(Span::call_site, |t| t.span()),
        }
    }
}

impl Container {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Container::default();
        for_each_item(attrs, "builder", errors, |meta, key| {
            let slot = match key {
                "crate" => {
                    out.krate = Some(path_value(meta, "::callback_model")?);
                    return Ok(());
                }
                "start_fn" => {
                    out.start_fn = Some(ident_value(meta, "new")?);
                    return Ok(());
                }
                "finish_fn" => &mut out.finish_fn,
                _ if FIELD_KEYS.contains(&key) => {
                    return Err(meta.error(format_args!("`{key}` belongs on a field, not on the struct")));
                }
                _ => return Err(unknown_key(meta, "#[builder(...)]", CONTAINER_KEYS)),
            };
            *slot = Some(ident_value(meta, "finish")?);
            Ok(())
        });
        out
    }
}

impl Field {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Field::default();
        for_each_item(attrs, "builder", errors, |meta, key| {
            match key {
                "default" if meta.input.peek(Token![=]) => {
                    out.default = Some(DefaultValue::Expr(expr_tokens(meta)?));
                }
                "default" => {
                    no_arguments(meta)?;
                    out.default = Some(DefaultValue::Trait(syn::spanned::Spanned::span(&meta.path)));
                }
                "each" => out.each = Some(ident_value(meta, "\"item\"")?),
                _ if CONTAINER_KEYS.contains(&key) => {
                    return Err(meta.error(format_args!("`{key}` belongs on the struct, not on a field")));
                }
                _ => return Err(unknown_key(meta, "#[builder(...)]", FIELD_KEYS)),
            }
            Ok(())
        });
        out
    }
}

// ---------------------------------------------------------------------------------
// What the attributes and the field types make of the builder's interface: read by the
// checks and the generator alike.

/// The storage's phantom field (every other field of the storage is one of the
/// struct's, so this name is reserved).
pub(crate) const MARKER: &str = "__callback_marker";

/// The names of the entry points: `builder()`, `build()`, `try_build()` or their renames.
pub(crate) struct EntryPoints {
    pub(crate) start: Ident,
    pub(crate) finish: Ident,
    pub(crate) try_finish: Ident,
}

impl EntryPoints {
    pub(crate) fn of(container: &Input<'_>) -> Self {
        let call_site = Span::call_site();
        let start = container.builder.start_fn.clone().unwrap_or_else(|| Ident::new("builder", call_site));
        let finish = container.builder.finish_fn.clone().unwrap_or_else(|| Ident::new("build", call_site));
        let try_finish = make_ident(&format!("try_{}", unraw(&finish)), finish.span());
        EntryPoints { start, finish, try_finish }
    }
}

/// How the builder holds a field and which setters it gets.
#[derive(Clone, Copy)]
pub(crate) enum Role<'a> {
    /// Not an `Option`, no `default`, no `each`: must be set, once.
    Required,
    /// `Option<T>`: may be left unset; `.x(v)` and `.maybe_x(o)`.
    Optional { inner: &'a Type },
    /// `#[builder(default)]` or `default = expr`: as optional, filled in by `build`.
    Defaulted(&'a DefaultValue),
    /// A collection with `each` that is not an `Option`: starts empty.
    Collected,
}

impl<'a> Role<'a> {
    pub(crate) fn of(field: &'a InputField<'_>) -> Self {
        match (field.kind, &field.builder.default) {
            (Kind::Option(inner), _) => Role::Optional { inner },
            (_, Some(default)) if field.builder.each.is_none() => Role::Defaulted(default),
            _ if field.builder.each.is_some() => Role::Collected,
            _ => Role::Required,
        }
    }
}

/// The setters a field asks for, for the clash check: the name, where to point, who
/// makes it, and how to stop that.
pub(crate) fn setter_claims<'f>(field: &'f InputField<'_>) -> Vec<(Ident, &'f Ident, String, String)> {
    let name = &field.name;
    let mut claims = vec![(
        field.ident.clone(),
        field.ident,
        format!("the setter of field `{name}`"),
        format!("rename field `{name}`"),
    )];
    if matches!(Role::of(field), Role::Optional { .. } | Role::Defaulted(_)) {
        claims.push((
            affixed("maybe_", field.ident, ""),
            field.ident,
            format!("the `maybe_` setter of optional field `{name}`"),
            format!("rename field `{name}`"),
        ));
    }
    if let Some(each) = &field.builder.each {
        claims.push((
            each.clone(),
            each,
            format!("`each = \"{}\"` on field `{name}`", unraw(each)),
            format!("choose another name for `each` on `{name}`"),
        ));
    }
    claims
}
