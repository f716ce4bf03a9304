//! `#[derive(Builder)]`: `T::builder()`, a setter per field, `.build()` and
//! `.try_build()`.
//!
//! Type-level state is spent only on required fields: the builder has one type
//! parameter per required field, `Unset` until its setter is called and `Set` after.
//! `.build()` asks each of them to be `Set` through the runtime's `IsSet<Struct, Field>`,
//! where `Field` is an empty type named after the field, so that the trait's
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

use crate::ast::{Container, Field};
use crate::attr::builder::{DefaultValue, EntryPoints, MARKER, Role};
use crate::emit::{generic_args, impl_params, local};
use crate::names::{affixed, upper_camel};
use crate::ty::has_no_drop_glue;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Type};

/// A required field and its type parameter in the builder. (The empty type named after
/// the field, for the messages of `IsSet` / `IsUnset`, is named by the field's ident.)
struct Required<'f, 'a> {
    field: &'f Field<'a>,
    /// The builder's type parameter for this field.
    state: Ident,
}

/// Everything the pieces of the builder share.
struct Builder<'f, 'a> {
    container: &'f Container<'a>,
    krate: TokenStream,
    /// `FooBuilder`.
    type_name: Ident,
    /// `__FooBuilderFields`: the builder's storage, one field per field of `Foo`, apart
    /// from the type-level state so that a setter moves it as one value.
    storage: Ident,
    entry: EntryPoints,
    /// The storage's phantom field, which uses every generic parameter of the struct.
    marker: Ident,
    /// The struct's generic parameters as an impl declares them.
    params: Vec<TokenStream>,
    /// The struct's generic arguments: `'a, T, N`.
    args: Vec<TokenStream>,
    required: Vec<Required<'f, 'a>>,
    /// Whether the storage is held bare (no field has drop glue) rather than in the
    /// runtime's `BuilderStorage`.
    bare: bool,
    set: TokenStream,
    unset: TokenStream,
}

pub(crate) fn expand(container: &Container<'_>) -> TokenStream {
    let krate = container.runtime(crate::ast::Derive::Builder);
    let b = Builder {
        container,
        set: quote!(#krate::__private::Set),
        unset: quote!(#krate::__private::Unset),
        krate,
        type_name: format_ident!("{}Builder", container.ident),
        storage: format_ident!("__{}BuilderFields", container.ident),
        entry: EntryPoints::of(container),
        marker: Ident::new(MARKER, Span::call_site()),
        params: impl_params(container.generics),
        args: generic_args(container.generics),
        required: required_fields(container),
        // A struct with lifetimes keeps it bare too: `BuilderStorage`'s `Drop` would make
        // every borrow the builder holds outlive the builder (drop check), which code
        // that keeps a builder longer than a borrowed value relies on not to.
        bare: container.generics.lifetimes().next().is_some()
            || container.fields.iter().all(|field| has_no_drop_glue(field.ty)),
    };
    let builder_struct = b.builder_struct();
    let start = b.start();
    let storage_impls = b.storage_impls();
    let state_markers = b.required.iter().map(|r| b.state_marker(r));
    let setters = container.fields.iter().map(|field| b.setters(field));
    let finish = b.finish();
    let (builder, params, args, where_clause) = (&b.type_name, &b.params, &b.args, &container.generics.where_clause);
    let states: Vec<&Ident> = b.required.iter().map(|r| &r.state).collect();
    quote! {
        #builder_struct

        const _: () = {
            #start
            #storage_impls
            #(#state_markers)*

            #[automatically_derived]
            #[allow(dead_code, non_camel_case_types)]
            impl<#(#params,)* #(#states),*> #builder<#(#args,)* #(#states),*> #where_clause {
                #(#setters)*
                #finish
            }
        };
    }
}

fn required_fields<'f, 'a>(container: &'f Container<'a>) -> Vec<Required<'f, 'a>> {
    let mut taken: Vec<String> = Vec::new();
    container
        .fields
        .iter()
        .filter(|field| matches!(Role::of(field), Role::Required))
        .map(|field| {
            // `a_b` and `a__b` are both `AB` in camel case: number the later ones, until
            // the name is free.
            let base = format!("__{}", upper_camel(&field.name));
            let mut state = base.clone();
            for n in 2.. {
                if !taken.contains(&state) {
                    break;
                }
                state = format!("{base}{n}");
            }
            taken.push(state.clone());
            Required { field, state: Ident::new(&state, Span::call_site()) }
        })
        .collect()
}

impl Builder<'_, '_> {
    /// `struct FooBuilder<..struct's params.., __Req = Unset, ..>`, holding the storage
    /// and the type-level state, and the storage struct itself.
    fn builder_struct(&self) -> TokenStream {
        let Builder { container, type_name: builder, storage, marker, args, unset, .. } = self;
        let (ident, vis) = (container.ident, container.vis);
        let struct_params: Vec<_> = container.generics.params.iter().collect();
        let where_clause = &container.generics.where_clause;
        let states = self.required.iter().map(|r| &r.state);
        let phantom_states = states.clone();
        let slots = container.fields.iter().map(|field| {
            let (cfgs, name, ty) = (field.item_attrs(), field.ident, field.ty);
            let ty = match Role::of(field) {
                Role::Required | Role::Defaulted(_) | Role::Collected => quote!(::core::option::Option<#ty>),
                Role::Optional { .. } => quote!(#ty),
            };
            quote!(#cfgs #name: #ty,)
        });
        let docs = self.struct_docs();
        let storage_type = self.storage_type();
        quote! {
            #(#[doc = #docs])*
            #[must_use = "a builder does nothing until it is finished"]
            #[allow(non_camel_case_types)]
            #vis struct #builder<#(#struct_params,)* #(#states = #unset),*> #where_clause {
                fields: #storage_type,
                state: ::core::marker::PhantomData<fn() -> (#(#phantom_states,)*)>,
            }

            #[doc(hidden)]
            #[allow(non_camel_case_types, dead_code)]
            struct #storage<#(#struct_params),*> #where_clause {
                #(#slots)*
                #marker: ::core::marker::PhantomData<fn() -> #ident<#(#args),*>>,
            }
        }
    }

    fn struct_docs(&self) -> Vec<String> {
        let ident = self.container.ident;
        let EntryPoints { start, finish, .. } = &self.entry;
        let mut docs = vec![
            format!(" Builds a [`{ident}`] one field at a time; made by [`{ident}::{start}()`]({ident}::{start})."),
            String::new(),
        ];
        if self.required.is_empty() {
            docs.push(format!(" Every field may be left unset: `.{finish}()` is always available."));
        } else {
            let names: Vec<String> = self.required.iter().map(|r| format!("`{}`", r.field.name)).collect();
            docs.push(format!(
                " Required fields: {}. `.{finish}()` compiles once each of them is set.",
                names.join(", ")
            ));
        }
        docs
    }

    /// The storage's `EMPTY`, which `BuilderStorage` puts back in place of what it
    /// moves out.
    fn storage_impls(&self) -> TokenStream {
        let Builder { container, krate, storage, marker, params, args, .. } = self;
        let where_clause = &container.generics.where_clause;
        let inits = container.fields.iter().map(|field| {
            let (cfgs, name) = (field.cfg_attrs(), field.ident);
            quote!(#cfgs #name: ::core::option::Option::None,)
        });
        quote! {
            #[automatically_derived]
            impl<#(#params),*> #krate::__private::Empty for #storage<#(#args),*> #where_clause {
                const EMPTY: Self = #storage {
                    #(#inits)*
                    #marker: ::core::marker::PhantomData,
                };
            }
        }
    }

    /// `T::builder()`.
    fn start(&self) -> TokenStream {
        let Builder { container, type_name: builder, params, args, unset, .. } = self;
        let (ident, vis, where_clause) = (container.ident, container.vis, &container.generics.where_clause);
        let start = &self.entry.start;
        let unsets = std::iter::repeat_n(unset, self.required.len());
        let new_storage = self.new_storage();
        let doc = format!(" Starts a builder for [`{ident}`] with nothing set.");
        quote! {
            #[automatically_derived]
            #[allow(dead_code)]
            impl<#(#params),*> #ident<#(#args),*> #where_clause {
                #[doc = #doc]
                #[inline(always)]
                #vis fn #start() -> #builder<#(#args,)* #(#unsets),*> {
                    #builder {
                        fields: #new_storage,
                        state: ::core::marker::PhantomData,
                    }
                }
            }
        }
    }

    /// The marker type of a required field, named after it: the runtime's `IsSet` and
    /// `IsUnset` print it in their messages ("the required field `start_time` is not
    /// set"). The traits live in the runtime because `#[diagnostic]` attributes do not
    /// resolve under `#![no_implicit_prelude]`.
    fn state_marker(&self, required: &Required<'_, '_>) -> TokenStream {
        let Required { field, .. } = required;
        let name_type = field.ident;
        let cfgs = &field.cfgs;
        // A required field that `#[cfg]` leaves out is never set, and the finishing
        // method must not wait for it.
        let cfg_out = if cfgs.is_empty() {
            TokenStream::new()
        } else {
            let predicates = cfgs.iter().filter_map(|attr| match &attr.meta {
                syn::Meta::List(list) => Some(&list.tokens),
                _ => None,
            });
            let (krate, params, args, ident) = (&self.krate, &self.params, &self.args, self.container.ident);
            let where_clause = &self.container.generics.where_clause;
            let unset = &self.unset;
            quote! {
                #[cfg(not(all(#(#predicates),*)))]
                impl<#(#params),*> #krate::__private::IsSet<#ident<#(#args),*>, #name_type> for #unset #where_clause {}
            }
        };
        quote! {
            #[allow(non_camel_case_types)]
            pub enum #name_type {}
            #cfg_out
        }
    }

    /// `.build()` and `.try_build()`.
    fn finish(&self) -> TokenStream {
        let Builder { container, krate, args, .. } = self;
        let (ident, vis) = (container.ident, container.vis);
        let EntryPoints { finish, try_finish, .. } = &self.entry;
        // The storage is taken apart into one local per field, so that an unwinding
        // `default = expr` drops each of them and not the storage as one value.
        let slot = |field: &Field<'_>| local(&format!("field_{}", field.name));
        let slots = container.fields.iter().map(|field| {
            let (cfgs, name, slot) = (field.cfg_attrs(), field.ident, slot(field));
            quote!(#cfgs #name: #slot,)
        });
        let extract = container.fields.iter().map(|field| {
            let (cfgs, name, slot) = (field.cfg_attrs(), field.ident, slot(field));
            let stored = match Role::of(field) {
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
                Role::Defaulted(DefaultValue::Expr(_)) | Role::Optional { .. } => quote!(#slot),
            };
            quote!(#cfgs #name: #stored,)
        });
        let bounds: Vec<TokenStream> = self
            .required
            .iter()
            .map(|r| {
                let (state, name_type) = (&r.state, r.field.ident);
                quote!(#state: #krate::__private::IsSet<#ident<#(#args),*>, #name_type>)
            })
            .collect();
        // A `default = expr` is checked against the field's type in a `let`, so that a
        // wrong expression is reported as "expected `u32`, found `&str`" at the expression.
        let defaults = container.fields.iter().filter_map(|field| {
            let Role::Defaulted(DefaultValue::Expr(expr)) = Role::of(field) else { return None };
            let (cfgs, ty, slot) = (field.cfg_attrs(), field.ty, slot(field));
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
        let finish_doc = format!(" Finishes the [`{ident}`]. Compiles only once every required field is set.");
        let try_finish_doc = format!(
            " Finishes the [`{ident}`] and validates it: a `Valid<{ident}>` when every rule holds, else every violation."
        );
        quote! {
            #[doc = #finish_doc]
            #[inline(always)]
            #vis fn #finish(self) -> #ident<#(#args),*> where #(#bounds,)* {
                let #storage { #(#slots)* .. } = #open;
                #(#defaults)*
                #ident {
                    #(#extract)*
                }
            }

            #[doc = #try_finish_doc]
            #[doc = ""]
            #[doc = " # Errors"]
            #[doc = ""]
            #[doc = " Every violation, when a rule does not hold."]
            #[inline(always)]
            #vis fn #try_finish(self) -> ::core::result::Result<#krate::Valid<#ident<#(#args),*>>, #krate::ValidationErrors>
            where
                #(#bounds,)*
                for<'__callback> #ident<#(#args),*>: #krate::Validate,
            {
                #krate::Valid::new(self.#finish())
            }
        }
    }

    // How the builder holds its storage: bare, or in the runtime's `BuilderStorage`
    // (see the module's documentation). Every use of the storage goes through these four.

    /// The type of the builder's `fields`.
    fn storage_type(&self) -> TokenStream {
        let (krate, storage, args) = (&self.krate, &self.storage, &self.args);
        let ty = quote!(#storage<#(#args),*>);
        if self.bare { ty } else { quote!(#krate::__private::BuilderStorage<#ty>) }
    }

    /// The storage with nothing set.
    fn new_storage(&self) -> TokenStream {
        let (krate, storage, args) = (&self.krate, &self.storage, &self.args);
        if self.bare {
            quote!(<#storage<#(#args),*> as #krate::__private::Empty>::EMPTY)
        } else {
            quote!(#krate::__private::BuilderStorage::new())
        }
    }

    /// The storage struct itself, out of `fields`, for `build`.
    fn open_storage(&self, fields: &TokenStream) -> TokenStream {
        let krate = &self.krate;
        if self.bare { quote!(#fields) } else { quote!(#krate::__private::BuilderStorage::into_inner(#fields)) }
    }

    /// The place of field `name` in `fields`: through `BuilderStorage::get`, a call that
    /// cannot unwind, unless the storage is bare.
    fn slot(&self, fields: &TokenStream, name: &Ident) -> TokenStream {
        let krate = &self.krate;
        if self.bare {
            quote!(#fields.#name)
        } else {
            quote!(#krate::__private::BuilderStorage::get(&mut #fields).#name)
        }
    }

    /// The setters of one field.
    fn setters(&self, field: &Field<'_>) -> TokenStream {
        let (name, vis) = (field.ident, self.container.vis);
        let cfgs = field.item_attrs();
        let docs = field.doc_attrs();
        let role = Role::of(field);
        let value_ty = match role {
            Role::Optional { inner } => inner,
            _ => field.ty,
        };
        let (param, convert) = setter_input(field, value_ty);
        let value = local("value");

        if let Some(required) = self.required.iter().find(|r| std::ptr::eq(r.field, field)) {
            return self.required_setter(field, required, &param, &convert);
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
        if matches!(role, Role::Optional { .. } | Role::Defaulted(_)) {
            let maybe = affixed("maybe_", name, "");
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
        if let (Some(each), Some(seq)) = (&field.builder.each, field.kind.without_option().extendable_seq()) {
            let elem = seq.elem;
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

    /// The setter of a required field: it moves every field into a builder whose
    /// state for this field is `Set`, and exists only while the state is `Unset`.
    fn required_setter(
        &self,
        field: &Field<'_>,
        required: &Required<'_, '_>,
        param: &TokenStream,
        convert: &TokenStream,
    ) -> TokenStream {
        let Builder { type_name: builder, args, set, .. } = self;
        let (name, vis) = (field.ident, self.container.vis);
        let (cfgs, docs) = (field.item_attrs(), field.doc_attrs());
        let (this, name_type, krate, ident) = (&required.state, field.ident, &self.krate, self.container.ident);
        let next_states =
            self.required.iter().map(|r| if r.state == *this { set.clone() } else { r.state.to_token_stream() });
        let (fields, value) = (local("fields"), local("value"));
        let slot = self.slot(&quote!(#fields), name);
        let required_doc = format!(" Required: `.{}()` waits for it, and it can be set once.", self.entry.finish);
        quote! {
            #cfgs
            #docs
            #[doc = ""]
            #[doc = #required_doc]
            #[inline(always)]
            #vis fn #name(self, #param) -> #builder<#(#args,)* #(#next_states),*>
            where
                #this: #krate::__private::IsUnset<#ident<#(#args),*>, #name_type>,
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
fn setter_input(field: &Field<'_>, value_ty: &Type) -> (TokenStream, TokenStream) {
    let value = local("value");
    if let Some(seq) = field.kind.without_option().extendable_seq() {
        let elem = seq.elem;
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
