//! The generators, one per derive. Each reads the plan its check returned
//! ([`crate::check`]) and emits code that names everything by its full path, so the
//! user's own `Option`, `Result` or `Into` cannot change its meaning.

pub(crate) mod accessors;
pub(crate) mod builder;
#[cfg(feature = "schema")]
pub(crate) mod schema;
pub(crate) mod validate;

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::quote;
use syn::{GenericParam, Generics, Ident};

/// A local variable or parameter of generated code: `__name`, at a mixed-site span.
/// The span keeps a local apart from the user's locals; the `__` keeps a binding from
/// being read as the user's constant of the same name (a pattern is resolved at the
/// call site first, so a `const value` would capture a binding named `value`).
pub(crate) fn local(name: &str) -> Ident {
    Ident::new(&format!("__{name}"), Span::mixed_site())
}

/// A setter's parameter, `value`: what the user reads in hover cards, completion and
/// rustdoc. Mixed-site hygiene keeps it apart from a constant `value` of the user's.
pub(crate) fn value_param() -> Ident {
    Ident::new("value", Span::mixed_site())
}

/// The struct's type parameters: `T` and `U` of `<'a, T, U, const N: usize>`.
pub(crate) fn type_params(generics: &Generics) -> Vec<&Ident> {
    generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(&param.ident),
            _ => None,
        })
        .collect()
}

/// The generic arguments that name the struct's own parameters: `'a, T, N`.
pub(crate) fn generic_args(generics: &Generics) -> Vec<TokenStream> {
    generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Lifetime(param) => {
                let lifetime = &param.lifetime;
                quote!(#lifetime)
            }
            GenericParam::Type(param) => {
                let ident = &param.ident;
                quote!(#ident)
            }
            GenericParam::Const(param) => {
                let ident = &param.ident;
                quote!(#ident)
            }
        })
        .collect()
}

/// The struct's generic parameters as an impl declares them: bounds kept, defaults and
/// attributes dropped.
pub(crate) fn impl_params(generics: &Generics) -> Vec<TokenStream> {
    generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Lifetime(param) => {
                let (lifetime, colon, bounds) = (&param.lifetime, &param.colon_token, &param.bounds);
                quote!(#lifetime #colon #bounds)
            }
            GenericParam::Type(param) => {
                let (ident, colon, bounds) = (&param.ident, &param.colon_token, &param.bounds);
                quote!(#ident #colon #bounds)
            }
            GenericParam::Const(param) => {
                let (ident, ty) = (&param.ident, &param.ty);
                quote!(const #ident: #ty)
            }
        })
        .collect()
}

/// `tokens` located at `span`, so that an error in them points there. Each token keeps
/// its own hygiene: a generated local stays apart from the user's names.
pub(crate) fn respan(tokens: &TokenStream, span: Span) -> TokenStream {
    tokens
        .clone()
        .into_iter()
        .map(|mut token| {
            let located = token.span().located_at(span);
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(&group.stream(), span));
                inner.set_span(located);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(located);
            }
            token
        })
        .collect()
}
