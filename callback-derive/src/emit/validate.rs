//! `#[derive(Validate)]`: `validate_into`, which walks the fields, applies their rules
//! and the struct's `check` functions, and reports each violation at its path.
//!
//! Nothing here allocates while the value is valid: the location of a field is a
//! chain of borrowed names on the stack, turned into a path only when a rule fails.

use crate::ast::{Derive, Field};
use crate::attr::validate::{Bound, Number, Rule};
use crate::check::validate::{Check, Checked, GroupPlan, Layer, Member, Plan, Value};
use crate::emit::{generic_args, impl_params, local, respan, type_params};
use crate::ty::Kind;
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericArgument, Ident, LitFloat, PathArguments, Type};

pub(crate) fn expand(plan: &Plan<'_, '_>) -> TokenStream {
    let container = plan.container;
    let krate = container.runtime(Derive::Validate);
    let ident = container.ident;
    let report = local("report");
    let params = impl_params(container.generics);
    let args = generic_args(container.generics);
    let mut cx = Context { krate: &krate, report: &report, nested_types: Vec::new() };

    let fields: Vec<TokenStream> = plan.members.iter().map(|member| cx.member(member)).collect();
    let groups = plan.groups.iter().map(|group| cx.group(group));
    let checks = container.validate.checks.iter().map(|path| {
        let krate = respan(&krate, path.span());
        quote_spanned!(path.span()=> #krate::__private::check(#path, self, #report);)
    });

    let type_params = type_params(container.generics);
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
                #(#groups)*
                #(#checks)*
            }
        }
    }
}

struct Context<'c> {
    krate: &'c TokenStream,
    report: &'c Ident,
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

/// The value the rules of a [`Value`] plan are applied to.
struct Subject<'s> {
    /// An expression of type `&T`.
    value: TokenStream,
    /// Where its violations go.
    at: &'s Location,
    /// How deep in layers and `each(..)` it is, to name the generated locals.
    depth: usize,
}

impl Context<'_> {
    /// A group rule: whether each member is present, then the rule's function on that,
    /// reporting at the struct itself.
    fn group(&self, plan: &GroupPlan<'_, '_>) -> TokenStream {
        let (krate, report) = (self.krate, self.report);
        let span = plan.group.span;
        let presences: Vec<Ident> = (0..plan.members.len()).map(|i| local(&format!("present{i}"))).collect();
        // Every member is in the input: rustc applies `#[cfg]` before a derive runs, so a
        // field it leaves out is not there to be named (the check says to gate the
        // group with `cfg_attr`), and one it keeps has lost its `#[cfg]`.
        let lets = plan.members.iter().zip(&presences).map(|(field, presence)| {
            let expr = present(krate, field);
            quote!(let #presence: bool = #expr;)
        });
        let names = plan.members.iter().map(|field| &field.wire.name);
        let function = Ident::new(plan.group.kind.name(), span);
        let violation = local("violation");
        quote_spanned! {span=>
            {
                #(#lets)*
                if let ::core::result::Result::Err(#violation) =
                    #krate::rules::#function(&[#(#presences),*], &[#(#names),*])
                {
                    #report.push(#violation);
                }
            }
        }
    }

    fn member(&mut self, member: &Member<'_, '_>) -> TokenStream {
        let field = member.field;
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
        let body = self.value(&member.value, Subject { value: quote!(&self.#name), at: &location, depth: 0 });
        let cfgs = field.cfg_attrs();
        quote!(#cfgs { #body })
    }

    /// The code applying the rules of `plan` to `subject`: `required` on the outer
    /// `Option`, then the other rules inside the layers they look through.
    fn value(&mut self, plan: &Value<'_, '_>, subject: Subject<'_>) -> TokenStream {
        let krate = self.krate;
        let mut out = TokenStream::new();
        let Subject { value, at, mut depth } = subject;
        for rule in &plan.required {
            let violation = overridden(rule, &quote!(#krate::rules::required()));
            let report = at.report();
            // An `Option` the derive sees is asked directly; another type (an alias)
            // through `Absent`, whose message says what `required` needs.
            let absent = if matches!(plan.layers.first(), Some(Layer::Option)) {
                quote!(::core::option::Option::is_none(#value))
            } else {
                let (krate, value) = (respan(krate, rule.span), respan(&value, rule.span));
                quote_spanned!(rule.span=> #krate::__private::Absent::is_absent(#value))
            };
            out.extend(quote_spanned! {rule.span=>
                if #absent {
                    #report.push(#violation);
                }
            });
        }
        if plan.rules.is_empty() {
            return out;
        }
        let mut body = TokenStream::new();
        let mut current = value;
        // Each layer opens one more level: `if let Some(..)` or a deref, innermost last.
        let mut opened = Vec::new();
        for layer in &plan.layers {
            let inner = local(&format!("value{depth}"));
            opened.push((*layer, current, inner.clone()));
            current = quote!(#inner);
            depth += 1;
        }
        for checked in &plan.rules {
            body.extend(self.rule(checked, plan, &Subject { value: current.clone(), at, depth }));
        }
        for (layer, outer, inner) in opened.into_iter().rev() {
            body = match layer {
                Layer::Option => quote! {
                    if let ::core::option::Option::Some(#inner) = #outer {
                        #body
                    }
                },
                Layer::Box => quote! {
                    let #inner = ::core::ops::Deref::deref(#outer);
                    #body
                },
            };
        }
        out.extend(body);
        out
    }

    /// One rule of `plan`, on a value that is no longer wrapped in `Option` or `Box`.
    fn rule(&mut self, checked: &Checked<'_, '_>, plan: &Value<'_, '_>, subject: &Subject<'_>) -> TokenStream {
        let (rule, kind) = (checked.rule, plan.kind);
        let span = rule.span;
        let Subject { at, depth, .. } = *subject;
        // The runtime path and the value carry the rule's span, so that a type error
        // in the call (a rule on a type it cannot read) points at the rule.
        let krate = &respan(self.krate, span);
        let value = &respan(&subject.value, span);
        // `lets` are statements before the call, in a block of their own.
        let check_after = |lets: TokenStream, call: TokenStream| -> TokenStream {
            let violation = local("violation");
            let overridden = overridden(rule, &quote!(#violation));
            let report = at.report();
            let test = quote_spanned! {span=>
                if let ::core::result::Result::Err(#violation) = #call {
                    #report.push(#overridden);
                }
            };
            if lets.is_empty() { test } else { quote!({ #lets #test }) }
        };
        let check = |call: TokenStream| check_after(TokenStream::new(), call);
        match &checked.check {
            Check::Length(bounds) => {
                let (min, max) = (bound(bounds.min.as_ref(), kind), bound(bounds.max.as_ref(), kind));
                check(quote_spanned!(span=> #krate::rules::length(#value, #min, #max)))
            }
            Check::Range(bounds) => {
                // Each bound is a local of its own type first: one of another type than
                // the value is then a mismatch at the bound in the call to `range`, not
                // inside `Option::Some`, whose note quotes the standard library's source
                // when `rust-src` is installed (trybuild#288).
                let [(min, min_local), (max, max_local)] =
                    [("min", &bounds.min), ("max", &bounds.max)].map(|(name, written)| {
                        let at = written.as_ref().map_or(span, |written| written.expr.span());
                        (respan(&bound(written.as_ref(), kind), at), local_at(name, at))
                    });
                check_after(
                    quote!(let #min_local = #min; let #max_local = #max;),
                    quote_spanned!(span=> #krate::rules::range(#value, #min_local, #max_local)),
                )
            }
            Check::Format(format) => {
                let function = Ident::new(format.function(), span);
                check(quote_spanned!(span=> #krate::rules::#function(#value)))
            }
            Check::Custom(path) => {
                let krate = respan(self.krate, path.span());
                check(quote_spanned!(path.span()=> #krate::__private::custom(#path, #value)))
            }
            Check::NotBefore { other: other_field, written: other } => {
                let other_ident = other_field.ident;
                let other_value = if let Kind::Option(_) = other_field.kind {
                    quote!(::core::option::Option::as_ref(&self.#other_ident))
                } else {
                    quote!(::core::option::Option::Some(&self.#other_ident))
                };
                let other_value = respan(&other_value, other.span());
                let other_wire = &other_field.wire.name;
                let krate = respan(self.krate, other.span());
                // The other value is a local of its own type first: two types that
                // differ are then a mismatch at the name in the call to `not_before`, not
                // inside `Option::as_ref` (whose note quotes the standard library).
                let local = local_at("other", other.span());
                check_after(
                    quote!(let #local = #other_value;),
                    quote_spanned!(other.span()=> #krate::rules::not_before(#value, #local, #other_wire)),
                )
            }
            Check::Each(elements) => {
                let index = local(&format!("index{depth}"));
                let element = local(&format!("element{depth}"));
                let body = self.value(
                    elements,
                    Subject { value: quote!(#element), at: &at.deeper(index.clone()), depth: depth + 1 },
                );
                quote_spanned! {span=>
                    for (#index, #element) in ::core::iter::Iterator::enumerate(::core::iter::IntoIterator::into_iter(#value)) {
                        #body
                    }
                }
            }
            Check::Nested => {
                if let Some(ty) = plan.ty {
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

/// Whether a group member is present: `Some`, and not empty when it is a collection.
fn present(krate: &TokenStream, field: &Field<'_>) -> TokenStream {
    let ident = field.ident;
    let is_collection = |kind: Kind<'_>| matches!(kind, Kind::Seq(_) | Kind::Map);
    match field.kind {
        Kind::Option(inner) if is_collection(Kind::of(inner)) => quote! {
            ::core::option::Option::map_or(::core::option::Option::as_ref(&self.#ident), false, #krate::__private::has_items)
        },
        Kind::Option(_) => quote!(::core::option::Option::is_some(&self.#ident)),
        _ => quote!(#krate::__private::has_items(&self.#ident)),
    }
}

/// A generated local, as [`local`], that an error about its value points at `at` for.
fn local_at(name: &str, at: Span) -> Ident {
    let mut local = local(name);
    local.set_span(local.span().located_at(at));
    local
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
