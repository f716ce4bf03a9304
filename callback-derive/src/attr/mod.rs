//! What the attributes said, one file per attribute namespace.
//!
//! Each derive reads only its own namespace (plus `serde` for wire names), so an
//! error in `#[builder(..)]` is reported once, by `Builder`, however many derives the
//! struct has.

pub(crate) mod accessors;
pub(crate) mod builder;
pub(crate) mod serde;
pub(crate) mod validate;

use crate::names::{make_ident, unraw};
use crate::suggest::did_you_mean;
use proc_macro2::TokenTree;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitBool, LitStr, Path, Token};

/// Calls `each` for every `key ...` item of every `#[name(...)]` attribute in `attrs`.
///
/// An item `each` rejects is reported and skipped; parsing goes on with the next item,
/// so one attribute can report several mistakes.
pub(crate) fn for_each_item(
    attrs: &[Attribute],
    name: &str,
    errors: &mut crate::ctxt::Errors,
    mut each: impl FnMut(&ParseNestedMeta<'_>, &str) -> syn::Result<()>,
) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident(name)) {
        if let syn::Meta::Path(path) = &attr.meta {
            errors.spanned(path, format!("expected `#[{name}(...)]` with a list of keys"));
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(unraw).unwrap_or_default();
            if let Err(error) = each(&meta, &key) {
                errors.push(error);
                skip_value(meta.input)?;
            }
            Ok(())
        });
        errors.ok(result);
    }
}

/// An "unknown key" error at the key, naming the closest known key.
pub(crate) fn unknown_key(meta: &ParseNestedMeta<'_>, namespace: &str, known: &[&str]) -> syn::Error {
    let key = meta.path.get_ident().map(unraw).unwrap_or_default();
    let hint = did_you_mean(&key, known.iter().copied());
    let listing = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    meta.error(format_args!("unknown key `{key}` in `#[{namespace}(...)]`{hint}\n  the keys are: {listing}"))
}

/// Skips what follows a key (`= value` or `(...)`) up to the next comma.
pub(crate) fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// `key` alone means `true`; `key = true` and `key = false` say it outright.
pub(crate) fn flag(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    if meta.input.peek(Token![=]) {
        Ok(meta.value()?.parse::<LitBool>()?.value)
    } else {
        no_arguments(meta)?;
        Ok(true)
    }
}

/// Rejects `key(...)` where only `key` makes sense.
pub(crate) fn no_arguments(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        Err(meta.error(format_args!("`{}` takes no value", meta.path.get_ident().map(unraw).unwrap_or_default())))
    }
}

/// `key = name` or `key = "name"`: an identifier.
pub(crate) fn ident_value(meta: &ParseNestedMeta<'_>) -> syn::Result<Ident> {
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        let mut ident: Ident = lit
            .parse_with(parse_any_raw)
            .map_err(|_| syn::Error::new(lit.span(), format!("`{}` is not a valid identifier", lit.value())))?;
        ident.set_span(lit.span());
        Ok(ident)
    } else {
        parse_any_raw(input)
    }
}

/// `key = path` or `key = "path"`.
pub(crate) fn path_value(meta: &ParseNestedMeta<'_>) -> syn::Result<Path> {
    let input = meta.value()?;
    if input.peek(LitStr) { input.parse::<LitStr>()?.parse() } else { input.parse() }
}

/// Parses an identifier, keywords included, made raw (`r#type`) when a keyword.
fn parse_any_raw(input: ParseStream<'_>) -> syn::Result<Ident> {
    use syn::ext::IdentExt as _;
    let ident = Ident::parse_any(input)?;
    Ok(make_ident(&unraw(&ident), ident.span()))
}
