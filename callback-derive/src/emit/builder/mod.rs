//! `#[derive(Builder)]`: `T::builder()`, a setter per field, `.build()` and
//! `.try_build()`, from the builder's [plan](crate::check::builder::Plan). One file per
//! part of the output: the builder type and its storage (`decl`), the setters
//! (`setters`), the finishing methods (`finish`), and the field tags the messages name
//! (`state`).
//!
//! Type-level state is spent only where it buys a guarantee: on what `.build()` waits
//! for (a required field, a field `#[validate(required)]`, a list that needs an
//! element, one of a group) and on what a setter may not repeat (a required field, a
//! second member of an exclusive group). It is one type parameter, a tree of those
//! leaves (see `state`); a struct with none has no state parameter. `.build()` asks each
//! leaf to be set through the runtime's traits, whose `#[diagnostic::on_unimplemented]`
//! messages name the field by its tag. Optional fields keep their value in an `Option`
//! and their setters return `Self`.
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
//!
//! A wide struct (more than `INLINE_FIELDS` fields, or `INLINE_FIELDS_WITH_DROP_GLUE`
//! when a field has drop glue) keeps its storage in a `Box`
//! instead: moving its builder is moving a pointer, where a storage moved whole from
//! setter to setter costs stack (in a debug build) and compile time in proportion to
//! the square of the field count.

mod decl;
mod finish;
mod setters;
mod state;

use crate::ast::Derive;
use crate::check::builder::{Holding, PHANTOM_FIELD, Plan};
use crate::emit::{generic_args, impl_params};
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
    /// The builder's state parameter, when it has leaves to track.
    state: Option<Ident>,
    /// How the builder holds its storage.
    holding: Holding,
}

pub(crate) fn expand(plan: &Plan<'_, '_>) -> TokenStream {
    let container = plan.container;
    let krate = container.runtime(Derive::Builder);
    let b = Builder {
        plan,
        krate,
        type_name: format_ident!("{}Builder", container.ident),
        storage: format_ident!("__{}BuilderFields", container.ident),
        phantom: Ident::new(PHANTOM_FIELD, Span::call_site()),
        params: impl_params(container.generics),
        args: generic_args(container.generics),
        state: (!plan.leaves.is_empty()).then(|| plan.state_param()),
        holding: plan.holding(),
    };
    let builder_struct = b.builder_struct();
    let state_mod = b.state_mod();
    let start = b.start();
    let storage_impls = b.storage_impls();
    let leaf_impls = b.leaf_impls();
    let common_impls = b.common_impls();
    let setters = b.setters();
    let finish = b.finish();
    let imports = b.imports();
    quote! {
        #builder_struct
        #state_mod

        const _: () = {
            #imports
            #start
            #storage_impls
            #leaf_impls
            #common_impls
            #setters
            #finish
        };
    }
}

impl Builder<'_, '_, '_> {
    /// The struct's type: `Foo<'a, T>`.
    fn struct_type(&self) -> TokenStream {
        let (ident, args) = (self.plan.container.ident, &self.args);
        quote!(#ident<#(#args),*>)
    }

    /// The builder's type in the state `state` (ignored when it has none).
    fn builder_type(&self, state: &TokenStream) -> TokenStream {
        let (builder, args) = (&self.type_name, &self.args);
        if self.state.is_some() { quote!(#builder<#(#args,)* #state>) } else { quote!(#builder<#(#args),*>) }
    }
}
