//! The setters: one per field (`.x(v)`), `.maybe_x(o)` for an optional or defaulted
//! field, and the `each` pusher that adds one element to a collection.
//!
//! A setter that moves no leaf of the state returns `Self`; they share one impl, over
//! any state. A setter that moves leaves (a required field, a member of a group, ...)
//! sits in an impl of its own whose state pattern names those leaves (see `state`).

use super::Builder;
use super::state::Pattern;
use crate::check::builder::{How, Member, Setter};
use crate::emit::{local, value_param};
use proc_macro2::TokenStream;
use quote::quote;

impl Builder<'_, '_, '_> {
    /// Every setter, in field order: the impl of those that keep the state, then an
    /// impl for each field whose setters move it.
    pub(super) fn setters(&self) -> TokenStream {
        let Builder { params, .. } = self;
        let where_clause = &self.plan.container.generics.where_clause;
        let mut keeping = TokenStream::new();
        let mut moving = TokenStream::new();
        for member in &self.plan.members {
            if member.moves.is_empty() {
                keeping.extend(self.keeping_setters(member));
            } else {
                moving.extend(self.moving_setters(member));
            }
        }
        if keeping.is_empty() {
            return moving;
        }
        let state: Vec<_> = self.state.iter().collect();
        let builder = self.builder_type(&quote!(#(#state)*));
        quote! {
            #[automatically_derived]
            #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
            impl<#(#params,)* #(#state)*> #builder #where_clause {
                #keeping
            }
            #moving
        }
    }

    /// The setters of a field that moves no leaf: each stores the value and returns
    /// `Self`.
    fn keeping_setters(&self, member: &Member<'_, '_>) -> TokenStream {
        let field = member.field;
        let (name, vis) = (field.ident, self.plan.container.vis);
        let (cfgs, docs) = (field.item_attrs(), field.doc_attrs());
        let (param, convert) = self.setter_input(member);
        let slot = self.slot(&quote!(self.fields), name);
        let mut out = quote! {
            #cfgs
            #docs
            #[inline(always)]
            #vis fn #name(mut self, #param) -> Self {
                #slot = ::core::option::Option::Some(#convert);
                self
            }
        };
        if let Some(maybe) = self.maybe_setter(member, None) {
            out.extend(maybe);
        }
        if let Some(pusher) = self.pusher(member, None) {
            out.extend(pusher);
        }
        out
    }

    /// The impl of a field whose setters move leaves: each setter moves them its own
    /// way (see `How` in the plan): the setter and the pusher prove, a `maybe_` setter or
    /// the setter of a whole collection sets a run-time value, which proves nothing.
    /// What the proving setter asks of the state is a bound of the impl block, not of
    /// the method, so that an editor leaves a setter that can no longer be called (a
    /// required field set, an excluded member) out of completion; a run-time setter asks
    /// the rest of what it needs in its own `where` (one impl block per field: each
    /// costs compile time).
    fn moving_setters(&self, member: &Member<'_, '_>) -> TokenStream {
        let Builder { params, .. } = self;
        let field = member.field;
        let (name, vis) = (field.ident, self.plan.container.vis);
        let (cfgs, docs) = (field.item_attrs(), field.doc_attrs());
        let where_clause = &self.plan.container.generics.where_clause;
        let moved = |setter: Setter| {
            let Pattern { params, input, output, bounds } = self.pattern(&self.touches(member, setter));
            (params, input, self.builder_type(&output), bounds)
        };
        let (pattern_params, input, next, value_bounds) = moved(Setter::Value);
        let proving = [Setter::Value, Setter::Push]
            .into_iter()
            .find(|&setter| member.proves(setter) && (setter == Setter::Value || member.pusher.is_some()));
        let block_bounds = proving.map(|setter| moved(setter).3).unwrap_or_default();
        let shared: Vec<String> = block_bounds.iter().map(ToString::to_string).collect();
        let own = |bounds: Vec<TokenStream>| -> Vec<TokenStream> {
            bounds.into_iter().filter(|bound| !shared.contains(&bound.to_string())).collect()
        };
        let (param, convert) = self.setter_input(member);
        let value = value_param();
        let doc = self.moving_doc(member);
        let value_bounds = own(value_bounds);
        let tail = self.moving_tail(
            name,
            &next,
            &value_bounds,
            &quote!(let #value = #convert;),
            |slot| quote!(#slot = ::core::option::Option::Some(#value);),
        );
        let mut methods = quote! {
            #cfgs
            #docs
            #[doc = ""]
            #[doc = #doc]
            #[inline(always)]
            #vis fn #name(self, #param) #tail
        };
        if member.maybe.is_some() {
            let (_, _, next, bounds) = moved(Setter::Maybe);
            methods.extend(self.maybe_setter(member, Some((&next, &own(bounds)))));
        }
        if member.pusher.is_some() {
            let (_, _, next, bounds) = moved(Setter::Push);
            methods.extend(self.pusher(member, Some((&next, &own(bounds)))));
        }
        let current = self.builder_type(&input);
        let predicates = where_clause.iter().flat_map(|w| w.predicates.iter());
        quote! {
            #[automatically_derived]
            #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
            impl<#(#params,)* #(#pattern_params),*> #current
            where
                #(#predicates,)*
                #(#block_bounds,)*
            {
                #methods
            }
        }
    }

    /// The rest of a setter that moves the state, after its parameters: it returns
    /// `next`, asks `bounds` beyond its impl block's, runs `before`, takes the storage
    /// out of the builder, `store`s into the field's slot, and makes the next builder.
    fn moving_tail(
        &self,
        name: &syn::Ident,
        next: &TokenStream,
        bounds: &[TokenStream],
        before: &TokenStream,
        store: impl FnOnce(&TokenStream) -> TokenStream,
    ) -> TokenStream {
        let (builder, fields) = (&self.type_name, local("fields"));
        let store = store(&self.slot(&quote!(#fields), name));
        quote! {
            -> #next
            where
                #(#bounds,)*
            {
                #before
                let mut #fields = self.fields;
                #store
                #builder { fields: #fields, state: ::core::marker::PhantomData }
            }
        }
    }

    /// The line a moving setter's doc adds: what it does to the state.
    fn moving_doc(&self, member: &Member<'_, '_>) -> String {
        let finish = &self.plan.entry.finish;
        let required = member.moves.iter().any(|step| step.how == How::Once);
        if required {
            format!(" Required: `.{finish}()` waits for it, and it can be set once.")
        } else {
            format!(" `.{finish}()` may wait for it; see the builder's documentation.")
        }
    }

    /// `maybe_x(o)`, when the field has one. `moving` is the builder type it returns and
    /// what it asks beyond its impl block, for a field whose setters move leaves.
    fn maybe_setter(
        &self,
        member: &Member<'_, '_>,
        moving: Option<(&TokenStream, &[TokenStream])>,
    ) -> Option<TokenStream> {
        let maybe = member.maybe.as_ref()?;
        let field = member.field;
        let (name, vis, value_ty) = (field.ident, self.plan.container.vis, member.value_ty);
        let cfgs = field.item_attrs();
        let value = value_param();
        let doc = format!(" Sets `{}` from an `Option`: `Some` sets it, `None` unsets it.", field.name);
        Some(match moving {
            None => {
                let slot = self.slot(&quote!(self.fields), name);
                quote! {
                    #cfgs
                    #[doc = #doc]
                    #[inline(always)]
                    #vis fn #maybe(mut self, #value: ::core::option::Option<#value_ty>) -> Self {
                        #slot = #value;
                        self
                    }
                }
            }
            Some((next, bounds)) => {
                let tail = self.moving_tail(name, next, bounds, &TokenStream::new(), |slot| quote!(#slot = #value;));
                quote! {
                    #cfgs
                    #[doc = #doc]
                    #[doc = " A run-time value: it does not count for what `.build()` waits for (`.try_build()` checks it)."]
                    #[inline(always)]
                    #vis fn #maybe(self, #value: ::core::option::Option<#value_ty>) #tail
                }
            }
        })
    }

    /// The `each` pusher, when the field has one. `moving` is the builder type it
    /// returns and what it asks beyond its impl block, for a field whose setters move
    /// leaves.
    fn pusher(&self, member: &Member<'_, '_>, moving: Option<(&TokenStream, &[TokenStream])>) -> Option<TokenStream> {
        let (each, elem) = (member.pusher?, member.elements?);
        let field = member.field;
        let (name, vis, krate) = (field.ident, self.plan.container.vis, &self.krate);
        let plain = self.state_item("Plain");
        let cfgs = field.item_attrs();
        let value = value_param();
        let doc = format!(" Adds one element to `{}`.", field.name);
        let (param, convert) = if member.plain {
            (quote!(#value: impl #plain<#elem>), quote!(#plain::<#elem>::into_plain(#value)))
        } else {
            (quote!(#value: impl ::core::convert::Into<#elem>), quote!(::core::convert::Into::<#elem>::into(#value)))
        };
        // `Pusher` extends the collection as a local (see the runtime), with a shortcut
        // for `Vec` that method resolution picks over `ExtendPush`.
        Some(match moving {
            None => {
                let slot = self.slot(&quote!(self.fields), name);
                quote! {
                    #cfgs
                    #[doc = #doc]
                    #[inline(always)]
                    #vis fn #each(mut self, #param) -> Self {
                        use #krate::__private::ExtendPush as _;
                        let #value = #convert;
                        #krate::__private::Pusher(&mut #slot).push(#value);
                        self
                    }
                }
            }
            Some((next, bounds)) => {
                let before = quote! {
                    use #krate::__private::ExtendPush as _;
                    let #value = #convert;
                };
                let push = |slot: &TokenStream| quote!(#krate::__private::Pusher(&mut #slot).push(#value););
                let tail = self.moving_tail(name, next, bounds, &before, push);
                quote! {
                    #cfgs
                    #[doc = #doc]
                    #[inline(always)]
                    #vis fn #each(self, #param) #tail
                }
            }
        })
    }

    /// The parameter a setter takes and the expression that turns it into the stored
    /// value: the value itself for a number, `bool` or `char` (through the runtime's
    /// `Plain`, whose message points an `Option` to the `maybe_` setter), else
    /// `impl Into<T>`; for a collection, an iterator of either.
    fn setter_input(&self, member: &Member<'_, '_>) -> (TokenStream, TokenStream) {
        let value = value_param();
        let (value_ty, plain) = (member.value_ty, self.state_item("Plain"));
        match (member.elements, member.plain) {
            (Some(elem), true) => (
                quote!(#value: impl ::core::iter::IntoIterator<Item = #elem>),
                quote!(::core::iter::Iterator::collect::<#value_ty>(::core::iter::IntoIterator::into_iter(#value))),
            ),
            (Some(elem), false) => (
                quote!(#value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<#elem>>),
                quote!(::core::iter::Iterator::collect::<#value_ty>(::core::iter::Iterator::map(
                    ::core::iter::IntoIterator::into_iter(#value),
                    ::core::convert::Into::into,
                ))),
            ),
            (None, true) => (quote!(#value: impl #plain<#value_ty>), quote!(#plain::<#value_ty>::into_plain(#value))),
            (None, false) => (
                quote!(#value: impl ::core::convert::Into<#value_ty>),
                quote!(::core::convert::Into::<#value_ty>::into(#value)),
            ),
        }
    }
}
