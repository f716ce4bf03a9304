//! The derive macros behind [`callback-model`](https://docs.rs/callback-model):
//! `Builder`, `Validate` and `Accessors`.
//!
//! Depend on `callback-model`, not on this crate. It re-exports the three derives next
//! to the runtime that the generated code calls (`::callback_model::Validate`,
//! `::callback_model::Valid`, ...), and its documentation holds the runnable examples
//! and the reference of every attribute key,
//! [`callback_model::attributes`](https://docs.rs/callback-model/latest/callback_model/attributes/index.html).
//! (The examples live there, next to the runtime they need.) In your code:
//! `use callback_model::{Accessors, Builder, Validate};`.
//!
//! | derive | generates | attributes |
//! | --- | --- | --- |
//! | `Builder` | `T::builder()`, a setter per field, `.build()` that compiles only once every required field is set, `.try_build()` that also validates | `#[builder(..)]` |
//! | `Validate` | `impl Validate for T`: every rule of every field, every violation with its Rust path and JSON pointer | `#[validate(..)]`, and `#[serde(rename, rename_all, flatten)]` for wire names |
//! | `Accessors` | getters (`&str`, `&[T]`, `Option<&str>`, values for primitives), and on request `set_x`, `x_mut`, `with_x` | `#[accessors(..)]` |
//!
//! They work on structs with named fields, generic or not. Each derive reads the
//! struct into one shared model (`ast`, with what the attributes said in `attr`),
//! checks it into a plan (`check`: roles, generated names, resolved rules), and
//! generates from the plan alone (`emit`). Mistakes in the attributes are `compile_error!`s at the
//! offending token, all of them reported together; the macros never panic.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Set in the source, so that `cargo clippy -- -W clippy::pedantic` keeps them off: a
// getter is not worth a `#[must_use]` each, and module-prefixed names read best here.
#![allow(clippy::must_use_candidate, clippy::module_name_repetitions)]

mod ast;
mod attr;
mod check;
mod ctxt;
mod emit;
mod names;
mod suggest;
#[cfg(test)]
mod tests;
mod ty;

use ast::{Container, Derive};
use ctxt::Errors;
use proc_macro2::TokenStream;
use quote::quote;

/// Generates a typestate builder: `T::builder()`, a setter per field, and `.build()`
/// that compiles only once every required field is set (and, with `Validate`, once the
/// rules a type can prove hold). Every `#[builder(..)]` key, and the rules the builder
/// reads from `#[validate(..)]`, are in the attribute reference:
/// [`callback_model::attributes`](https://docs.rs/callback-model/latest/callback_model/attributes/index.html#builder).
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(input.into(), Derive::Builder).into()
}

/// Generates `Validate`: every rule of every field and of the struct, every violation
/// reported with its Rust path and JSON pointer. Every rule is in the attribute
/// reference:
/// [`callback_model::attributes`](https://docs.rs/callback-model/latest/callback_model/attributes/index.html#validate).
#[proc_macro_derive(Validate, attributes(validate))]
pub fn derive_validate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(input.into(), Derive::Validate).into()
}

/// Generates getters, and on request setters (`set_x`), mutable getters (`x_mut`) and
/// `with_x`. The return-type rules and every `#[accessors(..)]` key are in the
/// attribute reference:
/// [`callback_model::attributes`](https://docs.rs/callback-model/latest/callback_model/attributes/index.html#accessors).
#[proc_macro_derive(Accessors, attributes(accessors))]
pub fn derive_accessors(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(input.into(), Derive::Accessors).into()
}

/// Implements `schemars::JsonSchema` from the wire view (`#[serde(..)]`) and the
/// `#[validate(..)]` rules, each rule as the keyword that says it. Behind the `schema`
/// feature of `callback-model`. The keywords, and what JSON Schema cannot say, are in
/// the attribute reference:
/// [`callback_model::attributes`](https://docs.rs/callback-model/latest/callback_model/attributes/index.html#schema).
#[cfg(feature = "schema")]
#[proc_macro_derive(Schema, attributes(schema))]
pub fn derive_schema(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand(input.into(), Derive::Schema).into()
}

/// Runs one derive on `input`: the generated items, and a `compile_error!` for each
/// mistake found.
///
/// Two kinds of mistakes are told apart. A key the attributes cannot read (unknown,
/// malformed) is left out, and the items are still generated from what was
/// understood, so the rest of the crate keeps type-checking and only the real mistakes
/// are reported. A mistake the checks find (a rule on a type it cannot apply to, two
/// generated methods of the same name, ...) leaves no plan to generate from: only the
/// errors are emitted, and for `Validate` an impl that checks nothing, so that uses of
/// the trait still resolve.
fn expand(input: TokenStream, derive: Derive) -> TokenStream {
    let input: syn::DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut unread = Errors::default();
    let Some(container) = Container::from_ast(&input, derive, &mut unread) else {
        return unread.to_compile_errors();
    };
    let mut rejected = Errors::default();
    let generated = match derive {
        Derive::Builder => check::builder::check(&container, &mut rejected).map(|plan| emit::builder::expand(&plan)),
        Derive::Validate => check::validate::check(&container, &mut rejected).map(|plan| emit::validate::expand(&plan)),
        Derive::Accessors => {
            check::accessors::check(&container, &mut rejected).map(|plan| emit::accessors::expand(&plan))
        }
        #[cfg(feature = "schema")]
        Derive::Schema => check::schema::check(&container, &mut rejected).map(|plan| emit::schema::expand(&plan)),
    };
    let unread = unread.to_compile_errors();
    if let Some(generated) = generated {
        return quote!(#unread #generated);
    }
    let fallback = match derive {
        Derive::Validate => fallback_validate(&container),
        #[cfg(feature = "schema")]
        Derive::Schema => fallback_schema(&container),
        _ => TokenStream::new(),
    };
    let rejected = rejected.to_compile_errors();
    quote!(#unread #rejected #fallback)
}

/// An impl of `JsonSchema` that says nothing (`true`), emitted next to the errors so
/// that the user's uses of the schema keep compiling while they fix the attribute.
#[cfg(feature = "schema")]
fn fallback_schema(container: &Container<'_>) -> TokenStream {
    let krate = container.runtime(Derive::Schema);
    let ident = container.ident;
    let name = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::schemars::JsonSchema for #ident #ty_generics #where_clause {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name)
            }

            fn json_schema(_: &mut #krate::schemars::SchemaGenerator) -> #krate::schemars::Schema {
                ::core::default::Default::default()
            }
        }
    }
}

/// An impl of `Validate` that accepts everything, emitted next to the errors so that
/// the user's `T: Validate` bounds keep resolving while they fix the attribute.
fn fallback_validate(container: &Container<'_>) -> TokenStream {
    let krate = container.runtime(Derive::Validate);
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Validate for #ident #ty_generics #where_clause {
            fn validate_into(&self, _: &mut #krate::Report<'_>) {}
        }
    }
}
