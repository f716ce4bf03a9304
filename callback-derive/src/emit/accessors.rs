//! `#[derive(Accessors)]`: a getter per field, and opt-in `set_x`, `x_mut`, `with_x`.

use crate::ast::Derive;
use crate::ast::{Container, Field};
use crate::attr::accessors::{MethodNames, Resolved, resolved};
use crate::emit::{local, respan};
use crate::ty::Kind;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Type;
use syn::spanned::Spanned;

pub(crate) fn expand(container: &Container<'_>) -> TokenStream {
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let methods =
        container.fields.iter().filter_map(|field| Some(field_methods(container, field, resolved(container, field)?)));
    quote! {
        #[automatically_derived]
        #[allow(dead_code, clippy::missing_const_for_fn)]
        impl #impl_generics #ident #ty_generics #where_clause {
            #(#methods)*
        }
    }
}

fn field_methods(container: &Container<'_>, field: &Field<'_>, families: Resolved) -> TokenStream {
    let vis = container.vis;
    let (ident, ty) = (field.ident, field.ty);
    let cfgs = field.item_attrs();
    let docs = field.doc_attrs();
    let name = &field.name;
    let value = local("value");
    let mut out = TokenStream::new();
    if families.get {
        let (ret, body) = getter(field, &container.runtime(Derive::Accessors));
        out.extend(quote! {
            #cfgs
            #docs
            #[inline]
            #[must_use]
            #vis fn #ident(&self) -> #ret {
                #body
            }
        });
    }
    // The opt-in families share their doc head (a line of their own, then the field's
    // docs) and differ in signature and body.
    let assign = quote!(self.#ident = ::core::convert::Into::into(#value););
    let MethodNames { set: setter, mut_: getter_mut, with, .. } = MethodNames::of(ident);
    // (asked for, doc, `#[must_use]`, the method)
    let opt_in = [
        (
            families.set,
            format!(" Sets `{name}`, returning `&mut Self` for chaining."),
            false,
            quote!(fn #setter(&mut self, #value: impl ::core::convert::Into<#ty>) -> &mut Self { #assign self }),
        ),
        (
            families.mut_,
            format!(" A mutable reference to `{name}`."),
            false,
            quote!(fn #getter_mut(&mut self) -> &mut #ty { &mut self.#ident }),
        ),
        (
            families.with,
            format!(" Returns `self` with `{name}` replaced."),
            // It returns the changed value: dropping it is a mistake.
            true,
            quote!(fn #with(mut self, #value: impl ::core::convert::Into<#ty>) -> Self { #assign self }),
        ),
    ];
    for (on, doc, must_use, method) in opt_in {
        if on {
            let must_use = if must_use { quote!(#[must_use]) } else { TokenStream::new() };
            out.extend(quote! {
                #cfgs
                #[doc = #doc]
                #[doc = ""]
                #docs
                #[inline]
                #must_use
                #vis #method
            });
        }
    }
    out
}

/// The getter's return type and body, by the rules of the accessor table:
/// `String` -> `&str`, `Vec<T>` -> `&[T]`, primitives and shared references by value,
/// the same through `Option`, `copy` by value, anything else by reference.
fn getter(field: &Field<'_>, krate: &TokenStream) -> (TokenStream, TokenStream) {
    let (ident, ty) = (field.ident, field.ty);
    let span = ty.span();
    if field.accessors.copy {
        let krate = respan(krate, span);
        return (quote!(#ty), quote_spanned!(span=> #krate::__private::copied(&self.#ident)));
    }
    if field.kind.is_primitive() || is_shared_ref(ty) {
        return (quote!(#ty), quote!(self.#ident));
    }
    match field.kind {
        Kind::Text => (quote!(&str), quote!(&self.#ident)),
        Kind::Seq(seq) if seq.is_vec => {
            let elem = seq.elem;
            (quote!(&[#elem]), quote!(&self.#ident))
        }
        Kind::Option(inner) => {
            let inner_kind = Kind::of(inner);
            let by_value = inner_kind.is_primitive() || is_shared_ref(inner);
            match inner_kind {
                _ if by_value => (quote!(#ty), quote!(self.#ident)),
                Kind::Text => {
                    (quote!(::core::option::Option<&str>), quote!(::core::option::Option::as_deref(&self.#ident)))
                }
                Kind::Seq(seq) if seq.is_vec => {
                    let elem = seq.elem;
                    (quote!(::core::option::Option<&[#elem]>), quote!(::core::option::Option::as_deref(&self.#ident)))
                }
                _ => (quote!(::core::option::Option<&#inner>), quote!(::core::option::Option::as_ref(&self.#ident))),
            }
        }
        _ => (quote!(&#ty), quote!(&self.#ident)),
    }
}

fn is_shared_ref(ty: &Type) -> bool {
    matches!(ty, Type::Reference(reference) if reference.mutability.is_none())
}
