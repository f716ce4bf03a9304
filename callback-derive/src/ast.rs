//! The input model the derives share: the struct, its fields, what each field's type
//! is, and what the attributes said. Built once per derive call by
//! [`Container::from_ast`], then checked into the plan a generator reads
//! ([`crate::check`]). Nothing here decides what is generated.

use crate::attr;
use crate::ctxt::Errors;
use crate::names::unraw;
use crate::ty::Kind;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use std::collections::BTreeSet;
use syn::{Attribute, Data, DeriveInput, Fields, Generics, Ident, Type, Visibility};

/// Which derive is reading the input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Derive {
    Builder,
    Validate,
    Accessors,
    #[cfg(feature = "schema")]
    Schema,
}

impl Derive {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Derive::Builder => "Builder",
            Derive::Validate => "Validate",
            Derive::Accessors => "Accessors",
            #[cfg(feature = "schema")]
            Derive::Schema => "Schema",
        }
    }

    /// Whether the derive reads the wire view (`#[serde(..)]`).
    fn reads_wire(self) -> bool {
        match self {
            Derive::Validate => true,
            #[cfg(feature = "schema")]
            Derive::Schema => true,
            Derive::Builder | Derive::Accessors => false,
        }
    }
}

/// The struct being derived on.
pub(crate) struct Container<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) vis: &'a Visibility,
    pub(crate) generics: &'a Generics,
    pub(crate) fields: Vec<Field<'a>>,
    pub(crate) builder: attr::builder::Container,
    pub(crate) validate: attr::validate::Container,
    pub(crate) accessors: attr::accessors::Container,
    #[cfg(feature = "schema")]
    pub(crate) schema: attr::schema::Container,
    /// The struct on the wire (`#[serde(rename_all, default, ..)]`): read by the derives
    /// that read the wire view.
    pub(crate) wire: attr::serde::Container,
    /// A unit struct (`struct S;`), which serde reads from `null`.
    #[cfg(feature = "schema")]
    pub(crate) unit: bool,
    /// The struct's `#[doc]` attributes, for its schema's `description`.
    #[cfg(feature = "schema")]
    pub(crate) docs: Vec<&'a Attribute>,
    /// Every identifier written in the input, so that a generated name can be chosen
    /// apart from all of them.
    pub(crate) idents: BTreeSet<String>,
}

/// One named field.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    /// The name without `r#`: `type` for `r#type`.
    pub(crate) name: String,
    pub(crate) ty: &'a Type,
    pub(crate) kind: Kind<'a>,
    /// The `#[doc]` attributes, carried to generated methods.
    pub(crate) docs: Vec<&'a Attribute>,
    /// The `#[cfg]` attributes, repeated on everything generated for the field.
    pub(crate) cfgs: Vec<&'a Attribute>,
    /// The `#[allow(..)]` attributes, repeated on the items generated from the field: a
    /// lint the user allowed on the field (say `clippy::option_option` on its type)
    /// must not come back on the builder's copy of that type.
    pub(crate) allows: Vec<&'a Attribute>,
    /// The field on the wire (`#[serde(rename, flatten)]` and the struct's
    /// `rename_all`): read for `Validate`, whose pointers are in wire names, and
    /// `Schema`.
    pub(crate) wire: attr::serde::Field,
    pub(crate) builder: attr::builder::Field,
    pub(crate) validate: attr::validate::Field,
    pub(crate) accessors: attr::accessors::Field,
    #[cfg(feature = "schema")]
    pub(crate) schema: attr::schema::Field,
}

impl<'a> Container<'a> {
    /// Reads `input` for `derive`: the common parts, and the attributes of that derive.
    /// `None` when the input is not a struct with named fields.
    pub(crate) fn from_ast(input: &'a DeriveInput, derive: Derive, errors: &mut Errors) -> Option<Self> {
        let fields = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named.named.iter().collect(),
                Fields::Unit => Vec::new(),
                Fields::Unnamed(unnamed) => {
                    errors.spanned(
                        &unnamed.unnamed,
                        format_args!(
                            "`#[derive({})]` needs named fields, and `{}` is a tuple struct; give its fields names",
                            derive.name(),
                            input.ident
                        ),
                    );
                    return None;
                }
            },
            Data::Enum(data) => {
                not_a_struct(errors, derive, &input.ident, data.enum_token, "an enum");
                return None;
            }
            Data::Union(data) => {
                not_a_struct(errors, derive, &input.ident, data.union_token, "a union");
                return None;
            }
        };

        let serde = if derive.reads_wire() {
            attr::serde::Container::parse(&input.attrs)
        } else {
            attr::serde::Container::default()
        };
        let mut container = Container {
            ident: &input.ident,
            vis: &input.vis,
            generics: &input.generics,
            fields: Vec::with_capacity(fields.len()),
            builder: attr::builder::Container::default(),
            validate: attr::validate::Container::default(),
            accessors: attr::accessors::Container::default(),
            #[cfg(feature = "schema")]
            schema: attr::schema::Container::default(),
            wire: serde,
            #[cfg(feature = "schema")]
            unit: matches!(&input.data, Data::Struct(data) if matches!(data.fields, Fields::Unit)),
            #[cfg(feature = "schema")]
            docs: input.attrs.iter().filter(|a| a.path().is_ident("doc")).collect(),
            idents: BTreeSet::new(),
        };
        collect_idents(input.to_token_stream(), &mut container.idents);
        // The builder reads the `#[validate(..)]` rules it can prove (`required`, a
        // non-empty list, the groups); mistakes in them are `Validate`'s to report.
        match derive {
            Derive::Builder => {
                container.builder = attr::builder::Container::parse(&input.attrs, errors);
                container.validate = attr::validate::Container::parse(&input.attrs, &mut Errors::default());
            }
            Derive::Validate => container.validate = attr::validate::Container::parse(&input.attrs, errors),
            Derive::Accessors => container.accessors = attr::accessors::Container::parse(&input.attrs, errors),
            // `Schema` says the rules `Validate` reads and reports.
            #[cfg(feature = "schema")]
            Derive::Schema => {
                container.schema = attr::schema::Container::parse(&input.attrs, errors);
                container.validate = attr::validate::Container::parse(&input.attrs, &mut Errors::default());
            }
        }

        for field in fields {
            // Named fields always have an identifier.
            let Some(ident) = field.ident.as_ref() else { continue };
            let attrs = &field.attrs;
            let mut parsed = Field {
                ident,
                name: unraw(ident),
                ty: &field.ty,
                kind: Kind::of(&field.ty),
                docs: attrs.iter().filter(|a| a.path().is_ident("doc")).collect(),
                cfgs: attrs.iter().filter(|a| a.path().is_ident("cfg")).collect(),
                allows: attrs.iter().filter(|a| a.path().is_ident("allow")).collect(),
                wire: attr::serde::Field::default(),
                builder: attr::builder::Field::default(),
                validate: attr::validate::Field::default(),
                accessors: attr::accessors::Field::default(),
                #[cfg(feature = "schema")]
                schema: attr::schema::Field::default(),
            };
            match derive {
                Derive::Builder => {
                    parsed.builder = attr::builder::Field::parse(attrs, errors);
                    parsed.validate = attr::validate::Field::parse(attrs, &mut Errors::default());
                }
                Derive::Validate => {
                    parsed.validate = attr::validate::Field::parse(attrs, errors);
                    parsed.wire = container.wire.field(ident, attrs);
                }
                Derive::Accessors => parsed.accessors = attr::accessors::Field::parse(attrs, errors),
                #[cfg(feature = "schema")]
                Derive::Schema => {
                    parsed.schema = attr::schema::Field::parse(attrs, errors);
                    parsed.validate = attr::validate::Field::parse(attrs, &mut Errors::default());
                    parsed.wire = container.wire.field(ident, attrs);
                }
            }
            container.fields.push(parsed);
        }
        Some(container)
    }

    /// The path to the runtime crate for `derive`: `::callback_model` unless
    /// `crate = path` says otherwise.
    pub(crate) fn runtime(&self, derive: Derive) -> TokenStream {
        let krate = match derive {
            Derive::Builder => self.builder.krate.as_ref(),
            Derive::Validate => self.validate.krate.as_ref(),
            Derive::Accessors => self.accessors.krate.as_ref(),
            #[cfg(feature = "schema")]
            Derive::Schema => self.schema.krate.as_ref(),
        };
        krate.map_or_else(|| quote!(::callback_model), ToTokens::to_token_stream)
    }

    /// The field named `name` (unraw).
    pub(crate) fn field(&self, name: &str) -> Option<&Field<'a>> {
        self.fields.iter().find(|field| field.name == name)
    }
}

impl Field<'_> {
    /// The field's `#[cfg]` attributes, to put on what is generated for it.
    pub(crate) fn cfg_attrs(&self) -> TokenStream {
        let cfgs = &self.cfgs;
        quote!(#(#cfgs)*)
    }

    /// The predicates of the field's `#[cfg(..)]` attributes, for the `cfg(not(..))` of
    /// what stands in for the field when they leave it out.
    pub(crate) fn cfg_predicates(&self) -> impl Iterator<Item = &TokenStream> {
        self.cfgs.iter().filter_map(|attr| match &attr.meta {
            syn::Meta::List(list) => Some(&list.tokens),
            _ => None,
        })
    }

    /// The field's `#[cfg]` and `#[allow]` attributes, to put on items (methods, struct
    /// fields) generated for it.
    pub(crate) fn item_attrs(&self) -> TokenStream {
        let (cfgs, allows) = (&self.cfgs, &self.allows);
        quote!(#(#cfgs)* #(#allows)*)
    }

    /// The field's doc comment, to put on its setter or getter.
    pub(crate) fn doc_attrs(&self) -> TokenStream {
        let docs = &self.docs;
        quote!(#(#docs)*)
    }
}

fn collect_idents(tokens: TokenStream, out: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => {
                out.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), out),
            _ => {}
        }
    }
}

fn not_a_struct(errors: &mut Errors, derive: Derive, ident: &Ident, token: impl ToTokens, what: &str) {
    errors.spanned(
        token,
        format_args!("`#[derive({})]` works on structs with named fields, and `{ident}` is {what}", derive.name()),
    );
}
