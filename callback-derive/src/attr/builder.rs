//! `#[builder(...)]`: on the struct, `crate`, `start_fn`, `finish_fn`, `tags`; on a field,
//! `default`, `default = expr` and `each = "name"`.

use super::{expr_tokens, for_each_item, ident_value, no_arguments, path_value, unknown_key};
use crate::ctxt::Errors;
use proc_macro2::Span;
use syn::{Attribute, Ident, Path, Token};

const CONTAINER_KEYS: &[&str] = &["crate", "start_fn", "finish_fn", "tags"];
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
    /// `tags = path`: the module whose types name the fields in the builder's messages,
    /// instead of one generated for the struct.
    pub(crate) tags: Option<Path>,
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
                "tags" => {
                    out.tags = Some(path_value(meta, "crate::fields")?);
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
