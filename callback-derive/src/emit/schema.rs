//! `#[derive(Schema)]`: `impl schemars::JsonSchema`, a property per field serde reads
//! and the keywords of its rules, built by the runtime's `schema::private::Object`.
//!
//! What the derive knows at compile time (wire names, doc comments, which fields the
//! document needs, the sentences for the rules JSON Schema cannot say) is written as
//! literals; the schemas of the field types come from their own `JsonSchema`.

use crate::ast::{Derive, Field};
use crate::attr::validate::{Bound, GroupKind, Number, Rule};
use crate::check::schema::{Plan, Property, Required, Shape};
use crate::check::validate::{Check, Format, GroupPlan, Value};
use crate::emit::{generic_args, impl_params, local, type_params};
use crate::ty::Kind;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Attribute, GenericParam, Type};

pub(crate) fn expand(plan: &Plan<'_, '_>) -> TokenStream {
    let container = plan.container;
    let krate = container.runtime(Derive::Schema);
    let ident = container.ident;
    let name = ident.to_string();
    let mut params = impl_params(container.generics);
    let args = generic_args(container.generics);
    let object = local("object");
    let generator = local("generator");
    let cx = Context { krate: &krate, object: &object };

    let properties = plan.properties.iter().map(|property| cx.property(property));
    let groups = plan.groups.iter().map(|group| cx.group(group));
    let checks = container.validate.checks.iter().map(|path| {
        let says = format!(
            "Checked as a whole by `{}` (rule `check`, which JSON Schema cannot say; `validate()` checks it).",
            path_text(path)
        );
        quote!(#object.unstated("check", #says);)
    });
    let doc = doc_text(&container.docs);
    let deny = container.wire.deny_unknown_fields;

    let type_params = type_params(container.generics);
    let predicates = container.generics.where_clause.as_ref().map(|w| &w.predicates).into_iter().flatten();
    let schema_bounds = type_params.iter().map(|param| quote!(#param: #krate::schemars::JsonSchema));
    // A generic struct is read by serde only for some arguments: the impl is for those.
    // One that also borrows from the input (`Page<'a, T>`) is read for the inputs that
    // outlive its lifetimes, not for every one (`for<'de>`): for some `'__de` then.
    let lifetimes: Vec<&syn::Lifetime> = container.generics.lifetimes().map(|param| &param.lifetime).collect();
    let reads_bound = (!type_params.is_empty()).then(|| {
        if lifetimes.is_empty() {
            quote!(for<'__de> Self: #krate::schema::private::serde::Deserialize<'__de>,)
        } else {
            params.insert(0, quote!('__de));
            quote!('__de: #(#lifetimes)+*, Self: #krate::schema::private::serde::Deserialize<'__de>,)
        }
    });
    // Const parameters name the schema too: `Arr<1>` and `Arr<3>` have other rules.
    let const_params: Vec<&syn::Ident> = container
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Const(param) => Some(&param.ident),
            _ => None,
        })
        .collect();
    let (schema_name, schema_id) = if type_params.is_empty() && const_params.is_empty() {
        (
            quote!(::std::borrow::Cow::Borrowed(#name)),
            quote!(::std::borrow::Cow::Borrowed(::core::concat!(::core::module_path!(), "::", #name))),
        )
    } else {
        let consts = const_params
            .iter()
            .map(|param| quote!(::std::borrow::Cow::Owned(::std::string::ToString::to_string(&#param))));
        let names = type_params
            .iter()
            .map(|param| quote!(<#param as #krate::schemars::JsonSchema>::schema_name()))
            .chain(consts.clone());
        let ids =
            type_params.iter().map(|param| quote!(<#param as #krate::schemars::JsonSchema>::schema_id())).chain(consts);
        (
            quote!(::std::borrow::Cow::Owned(::std::format!(
                "{}_for_{}", #name, <[::std::borrow::Cow<'static, str>]>::join(&[#(#names),*], "_and_")
            ))),
            quote!(::std::borrow::Cow::Owned(::std::format!(
                "{}::{}<{}>", ::core::module_path!(), #name, <[::std::borrow::Cow<'static, str>]>::join(&[#(#ids),*], ", ")
            ))),
        )
    };

    quote! {
        #[automatically_derived]
        impl<#(#params),*> #krate::schemars::JsonSchema for #ident<#(#args),*>
        where
            #(#predicates,)*
            #(#schema_bounds,)*
            #reads_bound
        {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                #schema_name
            }

            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                #schema_id
            }

            fn json_schema(#generator: &mut #krate::schemars::SchemaGenerator) -> #krate::schemars::Schema {
                #krate::schema::private::reads_json::<Self>();
                let mut #object = #krate::schema::private::Object::new(#generator);
                #(#properties)*
                #(#groups)*
                #(#checks)*
                #object.finish(#doc, #deny)
            }
        }
    }
}

struct Context<'c> {
    krate: &'c TokenStream,
    object: &'c syn::Ident,
}

impl Context<'_> {
    fn property(&self, property: &Property<'_, '_>) -> TokenStream {
        let object = self.object;
        let field = property.field;
        let cfgs = field.cfg_attrs();
        match &property.shape {
            Shape::Flatten(ty) => quote!(#cfgs #object.flatten::<#ty>();),
            Shape::Property { ty, required, not_null } => {
                let krate = self.krate;
                let required = match required {
                    Required::Yes => quote!(true),
                    Required::No => quote!(false),
                    Required::UnlessOption(field_ty) => {
                        quote!(!#krate::schema::private::absent_when_missing::<#field_ty>())
                    }
                };
                let wire = &field.wire.name;
                let doc = doc_text(&field.docs);
                let mut keywords = self.type_keywords(ty);
                if let Some(rules) = &property.rules {
                    keywords.extend(self.rule_keywords(rules));
                }
                if *not_null {
                    keywords.push(quote!(#krate::schema::private::Keyword::NotNull));
                }
                quote!(#cfgs #object.property::<#ty>(#wire, #required, #doc, &[#(#keywords),*]);)
            }
        }
    }

    /// The keywords the Rust type says that its schema does not: the bounds of an
    /// integer type, on the value, on a list's elements and on a map's values.
    fn type_keywords(&self, ty: &Type) -> Vec<TokenStream> {
        let krate = self.krate;
        match Kind::of(ty) {
            Kind::Option(inner) | Kind::Box(inner) => self.type_keywords(inner),
            Kind::Int => vec![quote!(#krate::schema::private::int_bounds(<#ty>::MIN, <#ty>::MAX))],
            Kind::Seq(seq) => self.within("Items", seq.elem),
            Kind::Map => crate::ty::map_value(ty).map(|value| self.within("Values", value)).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// `Keyword::Items` or `Keyword::Values` (`variant`) of the type keywords of the
    /// elements' type, when there are any.
    fn within(&self, variant: &str, elements: &Type) -> Vec<TokenStream> {
        let krate = self.krate;
        let inner = self.type_keywords(elements);
        if inner.is_empty() {
            return Vec::new();
        }
        let variant = syn::Ident::new(variant, proc_macro2::Span::call_site());
        vec![quote!(#krate::schema::private::Keyword::#variant(&[#(#inner),*]))]
    }

    /// The keywords of the rules on `value`.
    fn rule_keywords(&self, value: &Value<'_, '_>) -> Vec<TokenStream> {
        let krate = self.krate;
        let keyword = quote!(#krate::schema::private::Keyword);
        let mut out = Vec::new();
        for checked in &value.rules {
            let rule = checked.rule;
            match &checked.check {
                Check::Length(bounds) => {
                    let variant = match value.kind {
                        Kind::Text => quote!(TextLength),
                        Kind::Seq(_) => quote!(ItemsLength),
                        Kind::Map => quote!(MapLength),
                        _ => quote!(AnyLength),
                    };
                    let (min, max) = (self.count(bounds.min.as_ref()), self.count(bounds.max.as_ref()));
                    out.push(quote!(#keyword::#variant(#min, #max)));
                }
                // A bound of a type the derive cannot see into (a newtype, a timestamp)
                // is no JSON number: the rule is the parser's alone.
                Check::Range(bounds) if matches!(value.kind, Kind::Other) => {
                    let side = |bound: Option<&Bound>, word: &str| {
                        bound.map(|bound| format!("{word} `{}`", bound.expr.to_string().replace(' ', "")))
                    };
                    let sides: Vec<String> =
                        [side(bounds.min.as_ref(), "at least"), side(bounds.max.as_ref(), "at most")]
                            .into_iter()
                            .flatten()
                            .collect();
                    let says = format!(
                        "Must be {} (rule `range` on a type JSON Schema cannot compare; `validate()` checks it).",
                        sides.join(" and ")
                    );
                    out.push(unstated(&keyword, rule, &says));
                }
                Check::Range(bounds) => {
                    let (min, max) = (self.number(bounds.min.as_ref()), self.number(bounds.max.as_ref()));
                    out.push(quote!(#keyword::Range(#min, #max)));
                }
                Check::Format(format) => {
                    let variant = match format {
                        Format::Uuid => quote!(Uuid),
                        Format::E164 => quote!(E164),
                        Format::Phone => quote!(Phone),
                        Format::NonBlank => quote!(NonBlank),
                    };
                    out.push(quote!(#keyword::#variant));
                }
                Check::Each(inner) => {
                    let mut inner_keywords = Vec::new();
                    if !inner.required.is_empty() {
                        inner_keywords.push(quote!(#keyword::NotNull));
                    }
                    inner_keywords.extend(self.rule_keywords(inner));
                    if !inner_keywords.is_empty() {
                        out.push(quote!(#keyword::Items(&[#(#inner_keywords),*])));
                    }
                }
                Check::Nested => {}
                Check::NotBefore { other, .. } => {
                    let says = format!(
                        "Must not be before `{}` (rule `not_before`, which JSON Schema cannot say; `validate()` checks it).",
                        other.wire.name
                    );
                    out.push(unstated(&keyword, rule, &says));
                }
                Check::Custom(path) => {
                    let says = format!(
                        "Checked by `{}` (rule `custom`, which JSON Schema cannot say; `validate()` checks it).",
                        path_text(path)
                    );
                    out.push(unstated(&keyword, rule, &says));
                }
            }
        }
        out
    }

    /// A `length` bound as `Option<u64>` (`helper` is `count`), or a `range` bound as
    /// `Option<serde_json::Value>` (`number`).
    /// A `length` bound as `Option<u64>`: a literal as the count it is (an unsuffixed
    /// `3_000_000_000` would be an `i32` to a generic helper), an expression converted
    /// where the schema is made.
    fn count(&self, bound: Option<&Bound>) -> TokenStream {
        let krate = self.krate;
        match bound {
            None => quote!(::core::option::Option::None),
            // A negative count is refused by the check.
            Some(Bound { literal: Some(Number::Int(count)), .. }) => u64::try_from(*count).map_or_else(
                |_| quote!(::core::option::Option::None),
                |count| {
                    let count = proc_macro2::Literal::u64_suffixed(count);
                    quote!(::core::option::Option::Some(#count))
                },
            ),
            Some(Bound { expr, .. }) => quote!(#krate::schema::private::count(#expr)),
        }
    }

    /// A `range` bound as `Option<serde_json::Value>`, a literal as the number it is.
    fn number(&self, bound: Option<&Bound>) -> TokenStream {
        let krate = self.krate;
        match bound {
            None => quote!(::core::option::Option::None),
            Some(Bound { literal: Some(Number::Int(number)), .. }) => {
                let number = proc_macro2::Literal::i128_suffixed(*number);
                quote!(#krate::schema::private::int(#number))
            }
            Some(Bound { literal: Some(Number::Float(number)), .. }) => {
                let number = proc_macro2::Literal::f64_suffixed(*number);
                quote!(#krate::schema::private::float(#number))
            }
            Some(Bound { expr, .. }) => quote!(#krate::schema::private::number(#expr)),
        }
    }

    fn group(&self, plan: &GroupPlan<'_, '_>) -> TokenStream {
        let (krate, object) = (self.krate, self.object);
        let private = quote!(#krate::schema::private);
        let kind = match plan.group.kind {
            GroupKind::AtLeast => quote!(AtLeastOne),
            GroupKind::Exactly => quote!(ExactlyOne),
            GroupKind::AtMost => quote!(AtMostOne),
        };
        let members = plan.members.iter().map(|field| {
            let wire = &field.wire.name;
            let presence = presence(field);
            quote!((#wire, #private::Presence::#presence))
        });
        quote!(#object.group(#private::Group::#kind, &[#(#members),*]);)
    }
}

/// How a group member counts as present, as the rules count it.
fn presence(field: &Field<'_>) -> TokenStream {
    let of = |kind: Kind<'_>| match kind {
        Kind::Seq(_) => quote!(Items),
        Kind::Map => quote!(Entries),
        _ => quote!(Some),
    };
    match field.kind {
        Kind::Option(inner) => of(Kind::of(inner)),
        kind => of(kind),
    }
}

/// A rule JSON Schema cannot say: its code (the rule's name, or its `code = ".."`) and
/// the sentence for the description.
fn unstated(keyword: &TokenStream, rule: &Rule, says: &str) -> TokenStream {
    let code = rule.code.as_ref().map_or_else(|| rule.kind.name().to_owned(), syn::LitStr::value);
    quote!(#keyword::Unstated { code: #code, says: #says })
}

/// A path as written, for a sentence: `crate::checks::window_is_open`.
fn path_text(path: &syn::Path) -> String {
    path.to_token_stream().to_string().replace(' ', "")
}

/// The doc comment as one text: each line without the one space after `///`, the
/// lines joined, the whole trimmed.
fn doc_text(docs: &[&Attribute]) -> String {
    let lines: Vec<String> = docs
        .iter()
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value: syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }),
                ..
            }) => Some(text.value()),
            _ => None,
        })
        .map(|line| line.strip_prefix(' ').map_or_else(|| line.clone(), str::to_owned))
        .collect();
    lines.join("\n").trim().to_owned()
}
