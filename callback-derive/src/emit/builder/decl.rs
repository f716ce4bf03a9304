//! The builder type, its storage, `T::builder()` that makes one, and how the builder
//! holds the storage: bare, in the runtime's `BuilderStorage`, or boxed (see the module
//! documentation of `emit::builder`). Every use of the storage goes through the four
//! functions at the end.

use super::Builder;
use crate::attr::validate::GroupKind;
use crate::check::builder::{EntryPoints, Holding, Leaf, Role, Wait};
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

impl Builder<'_, '_, '_> {
    /// `struct FooBuilder<..struct's params.., State = (Unset, ..)>`, holding the storage
    /// and the type-level state, and the storage struct itself.
    pub(super) fn builder_struct(&self) -> TokenStream {
        let Builder { plan, type_name: builder, storage, phantom, args, .. } = self;
        let container = plan.container;
        let (ident, vis) = (container.ident, container.vis);
        let struct_params: Vec<_> = container.generics.params.iter().collect();
        let where_clause = &container.generics.where_clause;
        let slots = plan.members.iter().map(|member| {
            let field = member.field;
            let (cfgs, name, ty) = (field.item_attrs(), field.ident, field.ty);
            let ty = match member.role {
                Role::Required | Role::Defaulted(_) | Role::Collected => quote!(::core::option::Option<#ty>),
                Role::Optional => quote!(#ty),
            };
            quote!(#cfgs #name: #ty,)
        });
        let docs = self.struct_docs();
        let storage_type = self.storage_type();
        let (state_param, state) = match &self.state {
            Some(state) => {
                let initial = self.initial_state();
                (quote!(#state = #initial), quote!(#state))
            }
            None => (TokenStream::new(), quote!(())),
        };
        quote! {
            #(#[doc = #docs])*
            #[must_use = "a builder does nothing until it is finished"]
            #[allow(non_camel_case_types)]
            #vis struct #builder<#(#struct_params,)* #state_param> #where_clause {
                fields: #storage_type,
                state: ::core::marker::PhantomData<fn() -> #state>,
            }

            #[doc(hidden)]
            #[allow(non_camel_case_types, dead_code)]
            struct #storage<#(#struct_params),*> #where_clause {
                #(#slots)*
                #phantom: ::core::marker::PhantomData<fn() -> #ident<#(#args),*>>,
            }
        }
    }

    fn struct_docs(&self) -> Vec<String> {
        let ident = self.plan.container.ident;
        let EntryPoints { start, finish, .. } = &self.plan.entry;
        let mut docs = vec![
            format!(
                " A builder of [`{ident}`] values, one field at a time; made by [`{ident}::{start}()`]({ident}::{start})."
            ),
            String::new(),
        ];
        let mut waits: Vec<String> = Vec::new();
        for leaf in &self.plan.leaves {
            waits.push(match leaf {
                Leaf::Field { member, wait: Wait::Set } => format!("`{}`", self.plan.members[*member].field.name),
                Leaf::Field { member, wait: Wait::Item } => {
                    format!("an element of `{}`", self.plan.members[*member].field.name)
                }
                Leaf::Group { kind: GroupKind::AtMost, .. } => continue,
                Leaf::Group { members, .. } => {
                    let names: Vec<String> =
                        members.iter().map(|&m| format!("`{}`", self.plan.members[m].field.name)).collect();
                    format!("one of {}", names.join(", "))
                }
            });
        }
        if waits.is_empty() {
            docs.push(format!(" Every field may be left unset: `.{finish}()` is always available."));
        } else {
            docs.push(format!(" `.{finish}()` compiles once it has {}.", waits.join("; ")));
        }
        let state_mod = match self.plan.tags {
            Some(path) => quote::ToTokens::to_token_stream(path).to_string().replace(' ', ""),
            None => self.plan.state_mod.to_string(),
        };
        docs.push(String::new());
        docs.push(format!(" The names its compile errors use are in [`{state_mod}`]."));
        docs
    }

    /// The storage's `EMPTY`, which `BuilderStorage` puts back in place of what it
    /// moves out.
    pub(super) fn storage_impls(&self) -> TokenStream {
        let Builder { plan, krate, storage, phantom, params, args, .. } = self;
        let where_clause = &plan.container.generics.where_clause;
        let inits = plan.members.iter().map(|member| {
            let (cfgs, name) = (member.field.cfg_attrs(), member.field.ident);
            quote!(#cfgs #name: ::core::option::Option::None,)
        });
        quote! {
            #[automatically_derived]
            impl<#(#params),*> #krate::__private::Empty for #storage<#(#args),*> #where_clause {
                const EMPTY: Self = #storage {
                    #(#inits)*
                    #phantom: ::core::marker::PhantomData,
                };
            }
        }
    }

    /// `T::builder()`.
    pub(super) fn start(&self) -> TokenStream {
        let Builder { plan, type_name: builder, params, args, .. } = self;
        let container = plan.container;
        let (ident, vis, where_clause) = (container.ident, container.vis, &container.generics.where_clause);
        let start = &plan.entry.start;
        // The state parameter's default is the initial state: `-> FooBuilder`.
        let fresh = quote!(#builder<#(#args),*>);
        let new_storage = self.new_storage();
        let doc = format!(" Starts a builder for [`{ident}`] with nothing set.");
        quote! {
            #[automatically_derived]
            #[allow(dead_code)]
            impl<#(#params),*> #ident<#(#args),*> #where_clause {
                #[doc = #doc]
                #[inline(always)]
                #vis fn #start() -> #fresh {
                    #builder {
                        fields: #new_storage,
                        state: ::core::marker::PhantomData,
                    }
                }
            }
        }
    }

    /// `Debug`, showing which fields are set (their values may not be `Debug`), and
    /// `Clone` when every field is `Clone`.
    pub(super) fn common_impls(&self) -> TokenStream {
        let Builder { plan, krate, params, type_name, storage, phantom, args, .. } = self;
        let container = plan.container;
        let where_clause = &container.generics.where_clause;
        let predicates = where_clause.iter().flat_map(|w| w.predicates.iter());
        let state: Vec<_> = self.state.iter().collect();
        let builder = self.builder_type(&quote!(#(#state)*));
        let name = type_name.to_string();
        let (formatter, out) = (crate::emit::local("formatter"), crate::emit::local("out"));
        let fields = self.read_storage(&quote!(self.fields));
        // A `match` on each slot, not `Option::is_some`: a generic call per field type
        // costs the compiler more.
        let shown = plan.members.iter().map(|member| {
            let (cfgs, ident, name) = (member.field.cfg_attrs(), member.field.ident, &member.field.name);
            quote! {
                #cfgs
                #krate::__private::DebugBuilder::field(&mut #out, #name, match &#fields.#ident {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                });
            }
        });
        let binder = syn::Lifetime::new(&format!("'{}", plan.param("c")), proc_macro2::Span::call_site());
        let slot_types = plan.members.iter().map(|member| {
            let ty = member.field.ty;
            if let Role::Optional = member.role { quote!(#ty) } else { quote!(::core::option::Option<#ty>) }
        });
        let clones = plan.members.iter().map(|member| {
            let (cfgs, ident) = (member.field.cfg_attrs(), member.field.ident);
            quote!(#cfgs #ident: ::core::clone::Clone::clone(&self.#ident),)
        });
        let predicates_again = predicates.clone();
        // The `Clone` bounds sit under a `for<'..>` that binds nothing, so that a field
        // type that is not `Clone` leaves the builder without `Clone` instead of failing
        // where the impl is written.
        quote! {
            #[automatically_derived]
            impl<#(#params,)* #(#state)*> ::core::fmt::Debug for #builder #where_clause {
                fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut #out = #krate::__private::DebugBuilder::new(#formatter, #name);
                    #(#shown)*
                    #krate::__private::DebugBuilder::finish(#out)
                }
            }

            #[automatically_derived]
            impl<#(#params),*> ::core::clone::Clone for #storage<#(#args),*>
            where
                #(#predicates,)*
                #(for<#binder> #slot_types: ::core::clone::Clone,)*
            {
                fn clone(&self) -> Self {
                    #storage {
                        #(#clones)*
                        #phantom: ::core::marker::PhantomData,
                    }
                }
            }

            #[automatically_derived]
            impl<#(#params,)* #(#state)*> ::core::clone::Clone for #builder
            where
                #(#predicates_again,)*
                for<#binder> #storage<#(#args),*>: ::core::clone::Clone,
            {
                fn clone(&self) -> Self {
                    #type_name { fields: ::core::clone::Clone::clone(&self.fields), state: ::core::marker::PhantomData }
                }
            }
        }
    }

    /// The storage struct, by reference, out of `fields`.
    fn read_storage(&self, fields: &TokenStream) -> TokenStream {
        let krate = &self.krate;
        match self.holding {
            Holding::Bare => quote!((&#fields)),
            Holding::Held => quote!(#krate::__private::BuilderStorage::get_ref(&#fields)),
            Holding::Boxed => quote!(#krate::__private::BoxedStorage::get_ref(&#fields)),
        }
    }

    /// The type of the builder's `fields`.
    fn storage_type(&self) -> TokenStream {
        let (krate, storage, args) = (&self.krate, &self.storage, &self.args);
        let ty = quote!(#storage<#(#args),*>);
        match self.holding {
            Holding::Bare => ty,
            Holding::Held => quote!(#krate::__private::BuilderStorage<#ty>),
            Holding::Boxed => quote!(#krate::__private::BoxedStorage<#ty>),
        }
    }

    /// The storage with nothing set.
    fn new_storage(&self) -> TokenStream {
        let (krate, storage, args) = (&self.krate, &self.storage, &self.args);
        match self.holding {
            Holding::Bare => quote!(<#storage<#(#args),*> as #krate::__private::Empty>::EMPTY),
            Holding::Held => quote!(#krate::__private::BuilderStorage::new()),
            Holding::Boxed => quote!(#krate::__private::BoxedStorage::new()),
        }
    }

    /// The storage struct itself, out of `fields`, for `build`.
    pub(super) fn open_storage(&self, fields: &TokenStream) -> TokenStream {
        let krate = &self.krate;
        match self.holding {
            Holding::Bare => quote!(#fields),
            Holding::Held => quote!(#krate::__private::BuilderStorage::into_inner(#fields)),
            Holding::Boxed => quote!(#krate::__private::BoxedStorage::into_inner(#fields)),
        }
    }

    /// The place of field `name` in `fields`: through `BuilderStorage::get`, a call that
    /// cannot unwind, when the storage is held there.
    pub(super) fn slot(&self, fields: &TokenStream, name: &Ident) -> TokenStream {
        let krate = &self.krate;
        match self.holding {
            Holding::Bare => quote!(#fields.#name),
            Holding::Held => quote!(#krate::__private::BuilderStorage::get(&mut #fields).#name),
            Holding::Boxed => quote!(#krate::__private::BoxedStorage::get(&mut #fields).#name),
        }
    }
}
