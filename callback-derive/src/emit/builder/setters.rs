//! The setters: one per field (`.x(v)`), `.maybe_x(o)` for an optional or defaulted
//! field, and the `each` pusher that adds one element to a collection.

use super::Builder;
use crate::check::builder::Member;
use crate::emit::local;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

impl Builder<'_, '_, '_> {
    /// The setters of one field.
    pub(super) fn setters(&self, member: &Member<'_, '_>) -> TokenStream {
        let field = member.field;
        let (name, vis) = (field.ident, self.plan.container.vis);
        let cfgs = field.item_attrs();
        let docs = field.doc_attrs();
        let value_ty = member.value_ty;
        let (param, convert) = setter_input(member);
        let value = local("value");

        if member.state.is_some() {
            return self.required_setter(member, &param, &convert);
        }

        let slot = self.slot(&quote!(self.fields), name);
        let store = quote!(#slot = ::core::option::Option::Some(#convert););
        let mut out = quote! {
            #cfgs
            #docs
            #[inline(always)]
            #vis fn #name(mut self, #param) -> Self {
                #store
                self
            }
        };
        if let Some(maybe) = &member.maybe {
            let doc = format!(" Sets `{}` from an `Option`: `Some` sets it, `None` leaves it unset.", field.name);
            out.extend(quote! {
                #cfgs
                #[doc = #doc]
                #[inline(always)]
                #vis fn #maybe(mut self, #value: ::core::option::Option<#value_ty>) -> Self {
                    #slot = #value;
                    self
                }
            });
        }
        if let (Some(each), Some(elem)) = (member.pusher, member.elements) {
            let krate = &self.krate;
            let doc = format!(" Adds one element to `{}`.", field.name);
            // `Pusher` extends the collection as a local (see the runtime), with a
            // shortcut for `Vec` that method resolution picks over `ExtendPush`.
            out.extend(quote! {
                #cfgs
                #[doc = #doc]
                #[inline(always)]
                #vis fn #each(mut self, #value: impl ::core::convert::Into<#elem>) -> Self {
                    use #krate::__private::ExtendPush as _;
                    let #value = ::core::convert::Into::<#elem>::into(#value);
                    #krate::__private::Pusher(&mut #slot).push(#value);
                    self
                }
            });
        }
        out
    }

    /// The setter of a required field: it moves the storage into a builder whose state
    /// for this field is `Set`, and exists only while the state is `Unset`.
    fn required_setter(&self, member: &Member<'_, '_>, param: &TokenStream, convert: &TokenStream) -> TokenStream {
        let Builder { type_name: builder, args, set, krate, .. } = self;
        let field = member.field;
        let container = self.plan.container;
        let (name, vis, ident) = (field.ident, container.vis, container.ident);
        let (cfgs, docs) = (field.item_attrs(), field.doc_attrs());
        let (this, tag) = (member.state.as_ref(), field.ident);
        let next_states =
            self.states.iter().map(|state| if Some(*state) == this { set.clone() } else { state.to_token_stream() });
        let (fields, value) = (local("fields"), local("value"));
        let slot = self.slot(&quote!(#fields), name);
        let required_doc = format!(" Required: `.{}()` waits for it, and it can be set once.", self.plan.entry.finish);
        quote! {
            #cfgs
            #docs
            #[doc = ""]
            #[doc = #required_doc]
            #[inline(always)]
            #vis fn #name(self, #param) -> #builder<#(#args,)* #(#next_states),*>
            where
                #this: #krate::__private::IsUnset<#ident<#(#args),*>, #tag>,
            {
                let #value = #convert;
                let mut #fields = self.fields;
                #slot = ::core::option::Option::Some(#value);
                #builder { fields: #fields, state: ::core::marker::PhantomData }
            }
        }
    }
}

/// The parameter a setter takes and the expression that turns it into the stored
/// value: `impl Into<T>`, or for a collection `impl IntoIterator<Item = impl Into<E>>`.
fn setter_input(member: &Member<'_, '_>) -> (TokenStream, TokenStream) {
    let value = local("value");
    let value_ty = member.value_ty;
    if let Some(elem) = member.elements {
        (
            quote!(#value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<#elem>>),
            quote!(::core::iter::Iterator::collect::<#value_ty>(::core::iter::Iterator::map(
                ::core::iter::IntoIterator::into_iter(#value),
                ::core::convert::Into::into,
            ))),
        )
    } else {
        (
            quote!(#value: impl ::core::convert::Into<#value_ty>),
            quote!(::core::convert::Into::<#value_ty>::into(#value)),
        )
    }
}
