//! The tags of the required fields: an empty type named after each, which the runtime's
//! `IsSet` and `IsUnset` print in their messages ("the required field `start_time` is
//! not set"). The traits live in the runtime because `#[diagnostic]` attributes do not
//! resolve under `#![no_implicit_prelude]`.

use super::Builder;
use crate::check::builder::Member;
use proc_macro2::TokenStream;
use quote::quote;

impl Builder<'_, '_, '_> {
    /// The tag of a required field, and for a `#[cfg]`'d one the `IsSet` its state has
    /// while the `cfg` leaves the field out.
    pub(super) fn field_tag(&self, member: &Member<'_, '_>) -> TokenStream {
        let field = member.field;
        let tag = field.ident;
        let cfgs = &field.cfgs;
        // A required field that `#[cfg]` leaves out is never set, and the finishing
        // method must not wait for it.
        let cfg_out = if cfgs.is_empty() {
            TokenStream::new()
        } else {
            let predicates = field.cfg_predicates();
            let (krate, params, args, ident) = (&self.krate, &self.params, &self.args, self.plan.container.ident);
            let where_clause = &self.plan.container.generics.where_clause;
            let unset = &self.unset;
            quote! {
                #[cfg(not(all(#(#predicates),*)))]
                impl<#(#params),*> #krate::__private::IsSet<#ident<#(#args),*>, #tag> for #unset #where_clause {}
            }
        };
        quote! {
            #[allow(non_camel_case_types)]
            pub enum #tag {}
            #cfg_out
        }
    }
}
