//! What the attributes said, one file per attribute namespace.
//!
//! Each derive reads only its own namespace (plus `serde` for wire names), so an
//! error in `#[builder(..)]` is reported once, by `Builder`, however many derives the
//! struct has.

pub(crate) mod accessors;
pub(crate) mod builder;
#[cfg(feature = "schema")]
pub(crate) mod schema;
pub(crate) mod serde;
pub(crate) mod validate;

use crate::ctxt::Errors;
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
    errors: &mut Errors,
    mut each: impl FnMut(&ParseNestedMeta<'_>, &str) -> syn::Result<()>,
) {
    for attr in lists(attrs, name, "keys", errors) {
        let result = attr.parse_nested_meta(|meta| {
            let result = each(&meta, &key_of(&meta));
            recover(result, &meta, errors)
        });
        errors.ok(result);
    }
}

/// The `#[name(...)]` attributes of `attrs`. A bare `#[name]` and an empty
/// `#[name()]` are reported (each should hold a list of `what`) and left out: the user
/// meant something to be there.
pub(crate) fn lists<'a>(attrs: &'a [Attribute], name: &str, what: &str, errors: &mut Errors) -> Vec<&'a Attribute> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident(name)) {
        match &attr.meta {
            syn::Meta::Path(path) => errors.spanned(path, format!("expected `#[{name}(...)]` with a list of {what}")),
            syn::Meta::List(list) if list.tokens.is_empty() => errors.spanned(
                attr,
                format!("`#[{name}()]` is empty, so it does nothing; write the {what} in it, or remove it"),
            ),
            _ => out.push(attr),
        }
    }
    out
}

/// What to do with the `result` of reading one item: an error is reported and the
/// item's value skipped, so the next item is read as if the bad one were not there.
pub(crate) fn recover(result: syn::Result<()>, meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<()> {
    if let Err(error) = result {
        errors.push(error);
        skip_value(meta.input)?;
    }
    Ok(())
}

/// The key of an item, without `r#`.
pub(crate) fn key_of(meta: &ParseNestedMeta<'_>) -> String {
    meta.path.get_ident().map(unraw).unwrap_or_default()
}

/// An "unknown key" error at the key, naming the closest known key. `place` says where
/// the key was written: ``#[builder(...)]`` or ``length(...)``.
pub(crate) fn unknown_key(meta: &ParseNestedMeta<'_>, place: &str, known: &[&str]) -> syn::Error {
    let key = key_of(meta);
    let hint = did_you_mean(&key, known.iter().copied());
    meta.error(format_args!("unknown key `{key}` in `{place}`{hint}\n  the keys are: {}", listing(known)))
}

/// `` `a`, `b`, `c` ``.
pub(crate) fn listing(names: &[&str]) -> String {
    names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

/// Skips what follows a key (`= value` or `(...)`) up to the next comma.
pub(crate) fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// The tokens of an expression value, up to the next comma outside brackets and angle
/// brackets (so `HashMap::<K, V>::new()` stays whole). Read as tokens rather than as a
/// `syn::Expr`, because syn without its `full` feature does not parse every expression
/// (`[0; 4]`, closures, blocks), and the derive keeps syn lean.
pub(crate) fn expr_tokens(meta: &ParseNestedMeta<'_>) -> syn::Result<proc_macro2::TokenStream> {
    let input = meta.value()?;
    let mut tokens = proc_macro2::TokenStream::new();
    let mut angle_depth = 0usize;
    while !(input.is_empty() || angle_depth == 0 && input.peek(Token![,])) {
        let token: TokenTree = input.parse()?;
        if let TokenTree::Punct(punct) = &token {
            match punct.as_char() {
                '<' => angle_depth += 1,
                // `->` and `=>` are not closing brackets.
                '>' if angle_depth > 0 && !tokens.is_empty() => {
                    let follows_joint = tokens.clone().into_iter().last().is_some_and(|last| {
                        matches!(&last, TokenTree::Punct(p) if matches!(p.as_char(), '-' | '=') && p.spacing() == proc_macro2::Spacing::Joint)
                    });
                    if !follows_joint {
                        angle_depth -= 1;
                    }
                }
                _ => {}
            }
        }
        tokens.extend([token]);
    }
    if tokens.is_empty() {
        return Err(meta.error(format_args!("`{}` needs a value after `=`", key_of(meta))));
    }
    Ok(tokens)
}

/// `key` alone means `true`; `key = true` and `key = false` say it outright.
pub(crate) fn flag(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    let key = key_of(meta);
    let wrong = || meta.error(format_args!("`{key}` takes no value, or `{key} = true` / `{key} = false`"));
    if meta.input.peek(Token![=]) {
        let value = meta.value()?;
        if value.peek(LitBool) { Ok(value.parse::<LitBool>()?.value) } else { Err(wrong()) }
    } else if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(true)
    } else {
        Err(wrong())
    }
}

/// Rejects `key(...)` or `key = ..` where only `key` makes sense.
pub(crate) fn no_arguments(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        Err(meta.error(format_args!("`{}` takes no value", key_of(meta))))
    }
}

/// `key = name` or `key = "name"`: an identifier. `example` shows a good value.
pub(crate) fn ident_value(meta: &ParseNestedMeta<'_>, example: &str) -> syn::Result<Ident> {
    let key = key_of(meta);
    let wrong = |span| syn::Error::new(span, format_args!("`{key}` takes a name, like `{key} = {example}`"));
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        let mut ident: Ident = lit.parse_with(parse_any_raw).map_err(|_| wrong(lit.span()))?;
        ident.set_span(lit.span());
        Ok(ident)
    } else {
        parse_any_raw(input).map_err(|error| wrong(error.span()))
    }
}

/// `key = path` or `key = "path"`. `example` shows a good value.
pub(crate) fn path_value(meta: &ParseNestedMeta<'_>, example: &str) -> syn::Result<Path> {
    parsed_value(meta, "a path", example)
}

/// `key = value` or `key = "value"`, for a value syn parses (a path, a type); `what`
/// says what it is for the error: "a path".
pub(crate) fn parsed_value<T: syn::parse::Parse>(
    meta: &ParseNestedMeta<'_>,
    what: &str,
    example: &str,
) -> syn::Result<T> {
    let key = key_of(meta);
    let wrong = |span| syn::Error::new(span, format_args!("`{key}` takes {what}, like `{key} = {example}`"));
    let input = meta.value()?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        lit.parse().map_err(|_| wrong(lit.span()))
    } else {
        input.parse().map_err(|error: syn::Error| wrong(error.span()))
    }
}

/// `key = "text"`.
pub(crate) fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let key = key_of(meta);
    let input = meta.value()?;
    input.parse().map_err(|error: syn::Error| {
        syn::Error::new(error.span(), format_args!("`{key}` takes a string, like `{key} = \"...\"`"))
    })
}

/// Parses an identifier, keywords included, made raw (`r#type`) when a keyword.
fn parse_any_raw(input: ParseStream<'_>) -> syn::Result<Ident> {
    use syn::ext::IdentExt as _;
    let ident = Ident::parse_any(input)?;
    Ok(make_ident(&unraw(&ident), ident.span()))
}
