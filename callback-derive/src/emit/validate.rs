//! `#[derive(Validate)]`: `validate_into`, which walks the fields, applies their rules
//! and the struct's `check` functions, and reports each violation at its path.
//!
//! Nothing here allocates while the value is valid: the location of a field is a
//! chain of borrowed names on the stack, turned into a path only when a rule fails.

use crate::ast::{Container, Derive, Field};
use crate::attr::validate::{Bound, Number, Rule, RuleKind};
use crate::emit::{generic_args, impl_params, local, respan};
use crate::ty::Kind;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericArgument, GenericParam, Ident, LitFloat, PathArguments, Type};

pub(crate) fn expand(container: &Container<'_>) -> TokenStream {
    let krate = container.runtime(Derive::Validate);
    let ident = container.ident;
    let report = local("report");
    let params = impl_params(container.generics);
    let args = generic_args(container.generics);
    let mut cx = Context { krate: &krate, report: &report, container, nested_types: Vec::new() };

    let fields: Vec<TokenStream> = container.fields.iter().map(|field| cx.field(field)).collect();
    let checks = container.validate.checks.iter().map(|path| {
        let krate = respan(&krate, path.span());
        quote_spanned!(path.span()=> #krate::__private::check(#path, self, #report);)
    });

    let type_params: Vec<&Ident> = container
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(&param.ident),
            _ => None,
        })
        .collect();
    let nested_bounds =
        cx.nested_types.iter().filter(|ty| mentions(ty, &type_params)).map(|ty| quote!(#ty: #krate::Validate));
    let predicates = container.generics.where_clause.as_ref().map(|w| &w.predicates).into_iter().flatten();

    quote! {
        #[automatically_derived]
        impl<#(#params),*> #krate::Validate for #ident<#(#args),*>
        where
            #(#predicates,)*
            #(#nested_bounds,)*
        {
            fn validate_into(&self, #report: &mut #krate::Report<'_>) {
                #(#fields)*
                #(#checks)*
            }
        }
    }
}

struct Context<'c, 'a> {
    krate: &'c TokenStream,
    report: &'c Ident,
    container: &'c Container<'a>,
    /// The types `nested` calls `validate_into` on, for the `where` clause.
    nested_types: Vec<Type>,
}

/// Where a violation goes: the field, then one index per `each` / sequence level.
#[derive(Clone)]
struct Location {
    field: TokenStream,
    indices: Vec<Ident>,
}

impl Location {
    /// An expression of type `Report<'_>` for this location.
    fn report(&self) -> TokenStream {
        let (field, indices) = (&self.field, &self.indices);
        quote!(#field #(.index(#indices))*)
    }

    fn deeper(&self, index: Ident) -> Location {
        let mut indices = self.indices.clone();
        indices.push(index);
        Location { field: self.field.clone(), indices }
    }
}

impl Context<'_, '_> {
    fn field(&mut self, field: &Field<'_>) -> TokenStream {
        if field.validate.rules.is_empty() {
            return TokenStream::new();
        }
        let report = self.report;
        let rust = &field.name;
        let location = if field.wire.flatten {
            quote!(#report.flattened(#rust))
        } else {
            let wire = &field.wire.name;
            quote!(#report.field(#rust, #wire))
        };
        let location = Location { field: location, indices: Vec::new() };
        let name = field.ident;
        let rules: Vec<&Rule> = field.validate.rules.iter().collect();
        let body = self.rules(&rules, &quote!(&self.#name), field.kind, Some(field.ty), &location, 0);
        let cfgs = field.cfg_attrs();
        quote!(#cfgs { #body })
    }

    /// The code applying `rules` to `value`, an expression of type `&T` where `T` has
    /// kind `kind` (and is `ty`, when known). `Option` and `Box` layers are looked
    /// through; `required` applies to the outermost `Option`.
    fn rules(
        &mut self,
        rules: &[&Rule],
        value: &TokenStream,
        kind: Kind<'_>,
        ty: Option<&Type>,
        at: &Location,
        depth: usize,
    ) -> TokenStream {
        let krate = self.krate;
        let mut out = TokenStream::new();
        let (required, rest): (Vec<&Rule>, Vec<&Rule>) =
            rules.iter().partition(|rule| matches!(rule.kind, RuleKind::Required));
        if let Kind::Option(_) = kind {
            for rule in required {
                let violation = overridden(rule, &quote!(#krate::rules::required()));
                let report = at.report();
                out.extend(quote_spanned! {rule.span=>
                    if ::core::option::Option::is_none(#value) {
                        #report.push(#violation);
                    }
                });
            }
        }
        if rest.is_empty() {
            return out;
        }
        let inner = local(&format!("value{depth}"));
        match kind {
            Kind::Option(inner_ty) => {
                let body = self.rules(&rest, &quote!(#inner), Kind::of(inner_ty), Some(inner_ty), at, depth + 1);
                out.extend(quote! {
                    if let ::core::option::Option::Some(#inner) = #value {
                        #body
                    }
                });
            }
            Kind::Box(inner_ty) => {
                let body = self.rules(&rest, &quote!(#inner), Kind::of(inner_ty), Some(inner_ty), at, depth + 1);
                out.extend(quote! {
                    let #inner = ::core::ops::Deref::deref(#value);
                    #body
                });
            }
            _ => {
                for rule in rest {
                    out.extend(self.rule(rule, value, kind, ty, at, depth));
                }
            }
        }
        out
    }

    /// One rule, on a value that is no longer wrapped in `Option` or `Box`.
    fn rule(
        &mut self,
        rule: &Rule,
        value: &TokenStream,
        kind: Kind<'_>,
        ty: Option<&Type>,
        at: &Location,
        depth: usize,
    ) -> TokenStream {
        let span = rule.span;
        // The runtime path and the value carry the rule's span, so that a type error
        // in the call (a rule on a type it cannot read) points at the rule.
        let krate = &respan(self.krate, span);
        let value = &respan(value, span);
        let check = |call: TokenStream| -> TokenStream {
            let violation = local("violation");
            let overridden = overridden(rule, &quote!(#violation));
            let report = at.report();
            quote_spanned! {span=>
                if let ::core::result::Result::Err(#violation) = #call {
                    #report.push(#overridden);
                }
            }
        };
        match &rule.kind {
            RuleKind::Required => TokenStream::new(),
            RuleKind::Length(bounds) => {
                let (min, max) = (bound(bounds.min.as_ref(), kind), bound(bounds.max.as_ref(), kind));
                check(quote_spanned!(span=> #krate::rules::length(#value, #min, #max)))
            }
            RuleKind::Range(bounds) => {
                let (min, max) = (bound(bounds.min.as_ref(), kind), bound(bounds.max.as_ref(), kind));
                check(quote_spanned!(span=> #krate::rules::range(#value, #min, #max)))
            }
            RuleKind::Uuid => check(quote_spanned!(span=> #krate::rules::uuid(#value))),
            RuleKind::E164 => check(quote_spanned!(span=> #krate::rules::e164(#value))),
            RuleKind::Phone => check(quote_spanned!(span=> #krate::rules::phone(#value))),
            RuleKind::NonBlank => check(quote_spanned!(span=> #krate::rules::non_blank(#value))),
            RuleKind::Custom(path) => {
                let krate = respan(self.krate, path.span());
                check(quote_spanned!(path.span()=> #krate::__private::custom(#path, #value)))
            }
            RuleKind::NotBefore(other) => {
                let Some(other_field) = self.container.field(&crate::names::unraw(other)) else {
                    return TokenStream::new(); // reported by the check pass
                };
                let other_ident = other_field.ident;
                let other_value = if let Kind::Option(_) = other_field.kind {
                    quote!(::core::option::Option::as_ref(&self.#other_ident))
                } else {
                    quote!(::core::option::Option::Some(&self.#other_ident))
                };
                let other_value = respan(&other_value, other.span());
                let other_wire = &other_field.wire.name;
                let krate = respan(self.krate, other.span());
                check(quote_spanned!(other.span()=> #krate::rules::not_before(#value, #other_value, #other_wire)))
            }
            RuleKind::Each(inner_rules) => {
                let (elem_kind, elem_ty) = match kind {
                    Kind::Seq(seq) => (Kind::of(seq.elem), Some(seq.elem)),
                    _ => (Kind::Other, None),
                };
                let index = local(&format!("index{depth}"));
                let element = local(&format!("element{depth}"));
                let inner_rules: Vec<&Rule> = inner_rules.iter().collect();
                let body = self.rules(
                    &inner_rules,
                    &quote!(#element),
                    elem_kind,
                    elem_ty,
                    &at.deeper(index.clone()),
                    depth + 1,
                );
                quote_spanned! {span=>
                    for (#index, #element) in ::core::iter::Iterator::enumerate(::core::iter::IntoIterator::into_iter(#value)) {
                        #body
                    }
                }
            }
            RuleKind::Nested => {
                if let Some(ty) = ty {
                    self.nested_types.push(ty.clone());
                }
                let report = at.report();
                quote_spanned! {span=>
                    #krate::Validate::validate_into(#value, &mut #report);
                }
            }
        }
    }
}

/// `violation` with the rule's `code` / `message` overrides applied.
fn overridden(rule: &Rule, violation: &TokenStream) -> TokenStream {
    let mut out = violation.clone();
    if let Some(code) = &rule.code {
        out = quote!(#out.with_code(#code));
    }
    if let Some(message) = &rule.message {
        out = quote!(#out.with_message(#message));
    }
    out
}

/// A bound as an `Option` expression; an integer literal on a float becomes a float.
fn bound(bound: Option<&Bound>, kind: Kind<'_>) -> TokenStream {
    match bound {
        None => quote!(::core::option::Option::None),
        Some(Bound { literal: Some(Number::Int(i)), expr }) if matches!(kind, Kind::Float) => {
            let lit = LitFloat::new(&format!("{}.0", i.unsigned_abs()), expr.span());
            let sign = if *i < 0 { quote!(-) } else { TokenStream::new() };
            quote!(::core::option::Option::Some(#sign #lit))
        }
        Some(Bound { expr, .. }) => quote!(::core::option::Option::Some(#expr)),
    }
}

/// `ty` names one of `params`.
fn mentions(ty: &Type, params: &[&Ident]) -> bool {
    match ty {
        Type::Path(path) => {
            if path.qself.as_ref().is_some_and(|q| mentions(&q.ty, params)) {
                return true;
            }
            if let Some(first) = path.path.segments.first() {
                if path.path.segments.len() == 1 && params.contains(&&first.ident) {
                    return true;
                }
            }
            path.path.segments.iter().any(|segment| match &segment.arguments {
                PathArguments::AngleBracketed(args) => args.args.iter().any(|arg| match arg {
                    GenericArgument::Type(ty) => mentions(ty, params),
                    _ => false,
                }),
                _ => false,
            })
        }
        Type::Reference(r) => mentions(&r.elem, params),
        Type::Slice(s) => mentions(&s.elem, params),
        Type::Array(a) => mentions(&a.elem, params),
        Type::Paren(p) => mentions(&p.elem, params),
        Type::Group(g) => mentions(&g.elem, params),
        Type::Tuple(t) => t.elems.iter().any(|ty| mentions(ty, params)),
        _ => true,
    }
}
