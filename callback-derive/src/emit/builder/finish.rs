//! The finishing methods: `.build()`, which compiles once every required field is set,
//! and `.try_build()`, which also validates.

use super::Builder;
use crate::attr::builder::DefaultValue;
use crate::check::builder::{EntryPoints, Member, Role, UNCHECKED_FINISH};
use crate::emit::local;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

impl Builder<'_, '_, '_> {
    /// The impl of `.build()` and `.try_build()`, over the state with every leaf bound
    /// to a parameter of its own, each asked to be set (or not, for an
    /// `at_most_one_of`).
    pub(super) fn finish(&self) -> TokenStream {
        let Builder { plan, krate, params, .. } = self;
        let container = plan.container;
        let (ident, vis) = (container.ident, container.vis);
        let EntryPoints { finish, try_finish, .. } = &plan.entry;
        // The storage is taken apart into one local per field, so that an unwinding
        // `default = expr` drops each of them and not the storage as one value.
        let slot = |member: &Member<'_, '_>| local(&format!("field_{}", member.field.name));
        let slots = plan.members.iter().map(|member| {
            let (cfgs, name, slot) = (member.field.cfg_attrs(), member.field.ident, slot(member));
            quote!(#cfgs #name: #slot,)
        });
        let extract = plan.members.iter().map(|member| {
            let (cfgs, name, slot) = (member.field.cfg_attrs(), member.field.ident, slot(member));
            let stored = match member.role {
                Role::Required => {
                    let value = local("value");
                    quote!(match #slot {
                        ::core::option::Option::Some(#value) => #value,
                        ::core::option::Option::None => #krate::__private::unset_required_field(),
                    })
                }
                Role::Defaulted(DefaultValue::Trait(span)) => {
                    quote_spanned!(*span=> ::core::option::Option::unwrap_or_default(#slot))
                }
                Role::Collected => quote!(::core::option::Option::unwrap_or_default(#slot)),
                // A `default = expr` slot was filled in by the `let` below.
                Role::Defaulted(DefaultValue::Expr(_)) | Role::Optional => quote!(#slot),
            };
            quote!(#cfgs #name: #stored,)
        });
        let leaves: Vec<Ident> = (0..plan.leaves.len()).map(|i| plan.leaf_param(i)).collect();
        let bounds: Vec<TokenStream> =
            leaves.iter().enumerate().filter_map(|(i, param)| self.finish_bound(i, param, false)).collect();
        let try_bounds: Vec<TokenStream> =
            leaves.iter().enumerate().filter_map(|(i, param)| self.finish_bound(i, param, true)).collect();
        let state = super::state::tree(0, leaves.len(), &mut |i| {
            let leaf = &leaves[i];
            quote!(#leaf)
        });
        let builder = self.builder_type(&state);
        let struct_type = self.struct_type();
        let where_clause = &plan.container.generics.where_clause;
        // A `default = expr` is checked against the field's type in a `let`, so that a
        // wrong expression is reported as "expected `u32`, found `&str`" at the expression.
        let defaults = plan.members.iter().filter_map(|member| {
            let Role::Defaulted(DefaultValue::Expr(expr)) = member.role else { return None };
            let (cfgs, ty, slot) = (member.field.cfg_attrs(), member.field.ty, slot(member));
            let value = local("value");
            let checked = quote_spanned!(expr.span()=> ::core::convert::identity::<#ty>(#expr));
            Some(quote! {
                #cfgs
                let #slot: #ty = match #slot {
                    ::core::option::Option::Some(#value) => #value,
                    ::core::option::Option::None => #checked,
                };
            })
        });
        let (storage, open) = (&self.storage, self.open_storage(&quote!(self.fields)));
        let binder = syn::Lifetime::new(&format!("'{}", plan.param("v")), proc_macro2::Span::call_site());
        let finish_doc = format!(
            " Finishes the [`{ident}`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation)."
        );
        let try_finish_doc = format!(
            " Finishes the [`{ident}`] and validates it: a `Valid<{ident}>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs."
        );
        // The `Validate` bound is written under a `for<'..>` that binds nothing:
        // a bound without a generic parameter would be checked where the method is
        // defined (and fail there for a struct without `Validate`); under a binder it is
        // checked only where `try_build` is called.
        let body = quote! {
            let #storage { #(#slots)* .. } = #open;
            #(#defaults)*
            #ident {
                #(#extract)*
            }
        };
        let (build_body, try_body, unchecked) = self.bodies(body, &bounds, &try_bounds);
        quote! {
            #[automatically_derived]
            #[allow(dead_code, non_camel_case_types)]
            impl<#(#params,)* #(#leaves),*> #builder #where_clause {
            #[doc = #finish_doc]
            #[inline(always)]
            #vis fn #finish(self) -> #struct_type where #(#bounds,)* {
                #build_body
            }

            #[doc = #try_finish_doc]
            #[doc = ""]
            #[doc = " # Errors"]
            #[doc = ""]
            #[doc = " Every violation, when a rule does not hold."]
            #[allow(clippy::missing_errors_doc)]
            #[inline(always)]
            #vis fn #try_finish(self) -> ::core::result::Result<#krate::Valid<#struct_type>, #krate::ValidationErrors>
            where
                #(#try_bounds,)*
                for<#binder> #struct_type: #krate::Validate,
            {
                #try_body
            }

            #unchecked
            }
        }
    }
}

impl Builder<'_, '_, '_> {
    /// The bodies of `build` and `try_build`, and the method they share, if any:
    /// `try_build` asks less than `build` when a rule the builder proves is left to it,
    /// and both then call a hidden method that asks what `try_build` does.
    fn bodies(
        &self,
        body: TokenStream,
        bounds: &[TokenStream],
        try_bounds: &[TokenStream],
    ) -> (TokenStream, TokenStream, TokenStream) {
        let (krate, finish) = (&self.krate, &self.plan.entry.finish);
        if try_bounds.len() == bounds.len() {
            return (body, quote!(#krate::Valid::new(self.#finish())), TokenStream::new());
        }
        let (vis, struct_type) = (self.plan.container.vis, self.struct_type());
        let unchecked = Ident::new(UNCHECKED_FINISH, proc_macro2::Span::call_site());
        let method = quote! {
            #[doc(hidden)]
            #[inline(always)]
            #vis fn #unchecked(self) -> #struct_type where #(#try_bounds,)* {
                #body
            }
        };
        (quote!(self.#unchecked()), quote!(#krate::Valid::new(self.#unchecked())), method)
    }
}
