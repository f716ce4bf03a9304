//! `#[derive(Builder)]`: `T::builder()`, a setter per field, `.build()` and
//! `.try_build()`, from the builder's [plan](crate::check::builder::Plan). One file per
//! part of the output: the builder type and its storage (`decl`), the setters
//! (`setters`), the finishing methods (`finish`), and the field tags the messages name
//! (`state`).
//!
//! Type-level state is spent only on required fields: the builder has one type
//! parameter per required field, `Unset` until its setter is called and `Set` after.
//! `.build()` asks each of them to be `Set` through the runtime's `IsSet<Struct, Field>`,
//! where `Field` is an empty type named after the field (its tag), so that the trait's
//! `#[diagnostic::on_unimplemented]` message names the missing field; the setter asks
//! for `Unset` the same way (`IsUnset`), so a second call names the field too. Optional
//! fields keep their value in an `Option` and their setters return `Self`.
//!
//! A builder is free at run time because no call ever receives its address, which lets
//! the optimiser keep it in registers and turn each setter's move into nothing:
//! - its storage sits in the runtime's `BuilderStorage`, whose `Drop` moves the storage
//!   out by value to an out-of-line drop (drop glue would take the builder's address on
//!   every unwinding path, and each setter then copied the whole builder); being generic
//!   over the storage only, it adds one `Drop` per struct, not one per state. A struct
//!   whose fields have no drop glue (primitives, references, ...) keeps the storage bare:
//!   its builder has no drop glue either, so no unwinding path, and nothing to compile
//!   for one. So does a struct with lifetimes, for the drop check (see `expand`);
//! - a pusher extends its collection as a local, so `reserve` gets the local's address;
//! - `build` takes the storage apart into one local per field, and its "required field
//!   unset" arm, which the type rules out, cannot unwind.

mod decl;
mod finish;
mod setters;
mod state;

use crate::ast::Derive;
use crate::check::builder::{PHANTOM_FIELD, Plan};
use crate::emit::{generic_args, impl_params};
use crate::ty::has_no_drop_glue;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

/// Everything the parts of the builder share.
struct Builder<'p, 'c, 'a> {
    plan: &'p Plan<'c, 'a>,
    krate: TokenStream,
    /// `FooBuilder`.
    type_name: Ident,
    /// `__FooBuilderFields`: the builder's storage, one field per field of `Foo`, apart
    /// from the type-level state so that a setter moves it as one value.
    storage: Ident,
    /// The storage's phantom field, which uses every generic parameter of the struct.
    phantom: Ident,
    /// The struct's generic parameters as an impl declares them.
    params: Vec<TokenStream>,
    /// The struct's generic arguments: `'a, T, N`.
    args: Vec<TokenStream>,
    /// The type parameters of the required fields, in field order.
    states: Vec<&'p Ident>,
    /// Whether the storage is held bare (no field has drop glue) rather than in the
    /// runtime's `BuilderStorage`.
    bare: bool,
    set: TokenStream,
    unset: TokenStream,
}

pub(crate) fn expand(plan: &Plan<'_, '_>) -> TokenStream {
    let container = plan.container;
    let krate = container.runtime(Derive::Builder);
    let b = Builder {
        plan,
        set: quote!(#krate::__private::Set),
        unset: quote!(#krate::__private::Unset),
        krate,
        type_name: format_ident!("{}Builder", container.ident),
        storage: format_ident!("__{}BuilderFields", container.ident),
        phantom: Ident::new(PHANTOM_FIELD, Span::call_site()),
        params: impl_params(container.generics),
        args: generic_args(container.generics),
        states: plan.members.iter().filter_map(|member| member.state.as_ref()).collect(),
        // A struct with lifetimes keeps it bare too: `BuilderStorage`'s `Drop` would make
        // every borrow the builder holds outlive the builder (drop check), which code
        // that keeps a builder longer than a borrowed value relies on not to.
        bare: container.generics.lifetimes().next().is_some()
            || container.fields.iter().all(|field| has_no_drop_glue(field.ty)),
    };
    let builder_struct = b.builder_struct();
    let start = b.start();
    let storage_impls = b.storage_impls();
    let field_tags = plan.required().map(|member| b.field_tag(member));
    let setters = plan.members.iter().map(|member| b.setters(member));
    let finish = b.finish();
    let (builder, params, args, states) = (&b.type_name, &b.params, &b.args, &b.states);
    let where_clause = &container.generics.where_clause;
    quote! {
        #builder_struct

        const _: () = {
            #start
            #storage_impls
            #(#field_tags)*

            #[automatically_derived]
            #[allow(dead_code, non_camel_case_types)]
            impl<#(#params,)* #(#states),*> #builder<#(#args,)* #(#states),*> #where_clause {
                #(#setters)*
                #finish
            }
        };
    }
}
