//! `#[derive(Accessors)]`: a getter per field, and opt-in `set_x`, `x_mut`, `with_x`.

use crate::ast::{Derive, Field};
use crate::check::accessors::{Member, MethodNames, Plan};
use crate::emit::respan;
use crate::ty::Kind;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Type;
use syn::spanned::Spanned;

pub(crate) fn expand(plan: &Plan<'_, '_>) -> TokenStream {
    let container = plan.container;
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let krate = container.runtime(Derive::Accessors);
    let methods = plan.members.iter().map(|member| field_methods(plan, member, &krate));
    quote! {
        #[automatically_derived]
        #[allow(dead_code, clippy::missing_const_for_fn, missing_docs, clippy::doc_markdown)]
        impl #impl_generics #ident #ty_generics #where_clause {
            #(#methods)*
        }
    }
}

fn field_methods(plan: &Plan<'_, '_>, member: &Member<'_, '_>, krate: &TokenStream) -> TokenStream {
    let (field, families) = (member.field, member.families);
    let vis = plan.container.vis;
    let (ident, ty) = (field.ident, field.ty);
    let cfgs = field.item_attrs();
    let docs = field.doc_attrs();
    let name = &field.name;
    let value = crate::emit::value_param();
    let mut out = TokenStream::new();
    if families.get {
        let getter_name = &member.names.get;
        let (ret, body) = getter(field, krate);
        out.extend(quote! {
            #cfgs
            #docs
            #[inline]
            #[must_use]
            #vis fn #getter_name(&self) -> #ret {
                #body
            }
        });
    }
    // The opt-in families share their doc head (a line of their own, then the field's
    // docs) and differ in signature and body. A number, `bool` or `char` (or an
    // `Option` of one) is taken as it is, so that a literal infers its type, as the
    // builder's setters do; anything else as `impl Into`.
    let (param, assign) = if field.kind.without_option().is_primitive() {
        (quote!(#value: #ty), quote!(self.#ident = #value;))
    } else {
        (quote!(#value: impl ::core::convert::Into<#ty>), quote!(self.#ident = ::core::convert::Into::into(#value);))
    };
    let MethodNames { set: setter, mut_: getter_mut, with, .. } = &member.names;
    let opt_in = [
        OptIn {
            on: families.set,
            doc: format!(" Sets `{name}`, returning `&mut Self` for chaining."),
            must_use: false,
            method: quote!(fn #setter(&mut self, #param) -> &mut Self { #assign self }),
        },
        OptIn {
            on: families.mut_,
            doc: format!(" A mutable reference to `{name}`."),
            must_use: false,
            method: quote!(fn #getter_mut(&mut self) -> &mut #ty { &mut self.#ident }),
        },
        OptIn {
            on: families.with,
            doc: format!(" Returns `self` with `{name}` replaced."),
            // It returns the changed value: dropping it is a mistake.
            must_use: true,
            method: quote!(fn #with(mut self, #param) -> Self { #assign self }),
        },
    ];
    for OptIn { doc, must_use, method, .. } in opt_in.into_iter().filter(|family| family.on) {
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
    out
}

/// An opt-in accessor family of one field.
struct OptIn {
    /// Whether the field gets it.
    on: bool,
    /// Its first doc line, before the field's docs.
    doc: String,
    /// Whether it gets `#[must_use]`.
    must_use: bool,
    /// The method, without its visibility.
    method: TokenStream,
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
