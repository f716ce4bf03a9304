//! The builder's type-level state, and the names its messages use.
//!
//! The state is ONE type parameter: a balanced binary tree of tuples over the leaves
//! of the plan (a required field, a field a rule makes necessary, a list that needs an
//! element, a group rule), each leaf `Unset`, `Set`, or for a member of an exclusive
//! group the tag of the member that is set. A setter's impl names only the leaves it
//! moves and, for the rest, one parameter per subtree beside its path: about
//! `log2(leaves)` parameters, so that the impls of a wide struct stay short, and so do
//! the symbols and type names the compiler makes of them.
//!
//! The messages come from the runtime's traits (`IsSet`, `IsUnset`, `MaySet`, `OneOf2`,
//! ...), which print the tags: an empty type per field, named as the field, in the
//! public state module (`segment_builder::start_time`), so that a message names the field
//! from another crate too. The traits live in the runtime because `#[diagnostic]`
//! attributes do not resolve under `#![no_implicit_prelude]`.

use super::Builder;
use crate::attr::validate::GroupKind;
use crate::check::builder::{How, Leaf, Member, Wait};
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

/// The balanced tree over leaves `lo..hi`, each made by `leaf`: the left half, then
/// the right, as a pair; one leaf alone; `()` for none.
pub(super) fn tree(lo: usize, hi: usize, leaf: &mut dyn FnMut(usize) -> TokenStream) -> TokenStream {
    match hi - lo {
        0 => quote!(()),
        1 => leaf(lo),
        n => {
            let mid = lo + n / 2;
            let left = tree(lo, mid, leaf);
            let right = tree(mid, hi, leaf);
            quote!((#left, #right))
        }
    }
}

/// The type of one leaf in a setter's impl: what it reads and what it writes.
pub(super) struct Touch {
    /// The parameter the impl binds the leaf to.
    pub(super) param: Ident,
    /// The leaf's type after the setter.
    pub(super) output: TokenStream,
    /// The bound the setter asks of the leaf, if any.
    pub(super) bound: Option<TokenStream>,
}

/// A state type for a setter's impl: the input and output trees, and the impl's
/// parameters for them.
pub(super) struct Pattern {
    pub(super) params: Vec<Ident>,
    pub(super) input: TokenStream,
    pub(super) output: TokenStream,
    pub(super) bounds: Vec<TokenStream>,
}

impl Builder<'_, '_, '_> {
    /// The state module: one tag per field the messages name (none when
    /// `#[builder(tags = path)]` names a module of tags).
    pub(super) fn state_mod(&self) -> TokenStream {
        if self.plan.tags.is_some() {
            return TokenStream::new();
        }
        let container = self.plan.container;
        let (ident, vis, state_mod) = (container.ident, container.vis, &self.plan.state_mod);
        let tags = self.plan.members.iter().filter(|member| member.tagged).map(|member| {
            let (tag, name) = (member.field.ident, &member.field.name);
            let doc = format!(" The field `{name}` of [`{ident}`](super::{ident}), as the builder's messages name it.");
            quote! {
                #[doc = #doc]
                #[allow(non_camel_case_types)]
                pub enum #tag {}
            }
        });
        let doc = format!(
            " The names [`{ident}Builder`](super::{ident}Builder)'s compile errors use: an empty type per field they can name (\"the required field `start_time` is not set\")."
        );
        quote! {
            #[doc = #doc]
            #[allow(non_snake_case, dead_code)]
            #vis mod #state_mod {
                #(#tags)*
            }
        }
    }

    /// The tag of `member`'s field: `segment_builder::start_time`. A tag from a module
    /// `tags = path` names is located at the field, so that a missing one is reported
    /// there.
    pub(super) fn tag(&self, member: &Member<'_, '_>) -> TokenStream {
        let tag = member.field.ident;
        if let Some(path) = self.plan.tags {
            return crate::emit::respan(&quote!(#path::#tag), tag.span());
        }
        let state_mod = &self.plan.state_mod;
        quote!(#state_mod::#tag)
    }

    /// The state with every leaf `Unset`.
    pub(super) fn initial_state(&self) -> TokenStream {
        let unset = &self.unset;
        tree(0, self.plan.leaves.len(), &mut |_| unset.clone())
    }

    /// The state pattern of a setter that touches the leaves in `touches` (by leaf
    /// index): those leaves are bound to their own parameters, every subtree with none
    /// of them to one parameter.
    pub(super) fn pattern(&self, touches: &[(usize, Touch)]) -> Pattern {
        let mut pattern = Pattern { params: Vec::new(), input: quote!(), output: quote!(), bounds: Vec::new() };
        let (input, output) = self.pattern_of(0, self.plan.leaves.len(), touches, &mut pattern);
        pattern.input = input;
        pattern.output = output;
        pattern
    }

    fn pattern_of(
        &self,
        lo: usize,
        hi: usize,
        touches: &[(usize, Touch)],
        pattern: &mut Pattern,
    ) -> (TokenStream, TokenStream) {
        let inside: Vec<&(usize, Touch)> = touches.iter().filter(|(leaf, _)| (lo..hi).contains(leaf)).collect();
        if inside.is_empty() {
            let param = self.plan.param(&pattern.params.len().to_string());
            pattern.params.push(param.clone());
            return (quote!(#param), quote!(#param));
        }
        if hi - lo == 1 {
            let (_, touch) = inside[0];
            let (param, output) = (&touch.param, &touch.output);
            pattern.params.push(param.clone());
            pattern.bounds.extend(touch.bound.clone());
            return (quote!(#param), output.clone());
        }
        let mid = lo + (hi - lo) / 2;
        let (left_in, left_out) = self.pattern_of(lo, mid, touches, pattern);
        let (right_in, right_out) = self.pattern_of(mid, hi, touches, pattern);
        (quote!((#left_in, #right_in)), quote!((#left_out, #right_out)))
    }

    /// How `member`'s setter touches each of its leaves; `keep` leaves the leaves as
    /// they are (a `maybe_` setter of an exclusive group's member: it may not set a
    /// second member, but does not count as setting one).
    pub(super) fn touches(&self, member: &Member<'_, '_>, keep: bool) -> Vec<(usize, Touch)> {
        let Builder { krate, set, .. } = self;
        let ident = self.struct_type();
        let tag = self.tag(member);
        member
            .moves
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let param = self.plan.param(&format!("L{i}"));
                let (output, bound) = match step.how {
                    How::Once => (set.clone(), Some(quote!(#param: #krate::__private::IsUnset<#ident, #tag>))),
                    How::Fill => (set.clone(), None),
                    How::Choose => (tag.clone(), Some(quote!(#param: #krate::__private::MaySet<#ident, #tag>))),
                };
                let output = if keep { quote!(#param) } else { output };
                (step.leaf, Touch { param, output, bound })
            })
            .collect()
    }

    /// The bound `.build()` asks of leaf `index`, bound to `param`; `None` when it may
    /// stay as it is (an `at_most_one_of`).
    pub(super) fn finish_bound(&self, index: usize, param: &Ident) -> Option<TokenStream> {
        let (krate, ident) = (&self.krate, self.struct_type());
        match &self.plan.leaves[index] {
            Leaf::Field { member, wait } => {
                let tag = self.tag(&self.plan.members[*member]);
                let check = match wait {
                    Wait::Set => quote!(IsSet),
                    Wait::Item => quote!(HasItem),
                };
                Some(quote!(#param: #krate::__private::#check<#ident, #tag>))
            }
            Leaf::Group { kind: GroupKind::AtMost, .. } => None,
            Leaf::Group { members, .. } => {
                let (check, tags) = self.one_of(members);
                Some(quote!(#param: #krate::__private::#check<#ident, #tags>))
            }
        }
    }

    /// The runtime trait that says a group needs one of its members, and its member
    /// arguments: `OneOf2` and `a, b`, or past six members `OneOfMany` and a tuple.
    fn one_of(&self, members: &[usize]) -> (Ident, TokenStream) {
        let tags: Vec<TokenStream> = members.iter().map(|&m| self.tag(&self.plan.members[m])).collect();
        if (2..=6).contains(&tags.len()) {
            (quote::format_ident!("OneOf{}", tags.len()), quote!(#(#tags),*))
        } else {
            (quote::format_ident!("OneOfMany"), quote!((#(#tags,)*)))
        }
    }

    /// The impls the tags of exclusive groups need (a member may be set again; a set
    /// member satisfies `exactly_one_of`), and for a field `#[cfg]` leaves out, the
    /// impl that lets `.build()` go without it.
    pub(super) fn leaf_impls(&self) -> TokenStream {
        let Builder { krate, params, unset, .. } = self;
        let ident = self.struct_type();
        let where_clause = &self.plan.container.generics.where_clause;
        let mut out = TokenStream::new();
        let mut chosen: Vec<usize> = Vec::new();
        for leaf in &self.plan.leaves {
            let Leaf::Group { kind, members } = leaf else { continue };
            if *kind == GroupKind::AtLeast {
                continue;
            }
            for &member in members {
                if !chosen.contains(&member) {
                    chosen.push(member);
                    let tag = self.tag(&self.plan.members[member]);
                    out.extend(quote! {
                        #[automatically_derived]
                        impl<#(#params),*> #krate::__private::MaySet<#ident, #tag> for #tag #where_clause {}
                    });
                }
            }
            if *kind == GroupKind::Exactly {
                let (check, tags) = self.one_of(members);
                for &member in members {
                    let tag = self.tag(&self.plan.members[member]);
                    out.extend(quote! {
                        #[automatically_derived]
                        impl<#(#params),*> #krate::__private::#check<#ident, #tags> for #tag #where_clause {}
                    });
                }
            }
        }
        for (_, member, wait) in self.plan.waited_fields() {
            if member.field.cfgs.is_empty() {
                continue;
            }
            let predicates = member.field.cfg_predicates();
            let tag = self.tag(member);
            let check = match wait {
                Wait::Set => quote!(IsSet),
                Wait::Item => quote!(HasItem),
            };
            out.extend(quote! {
                #[cfg(not(all(#(#predicates),*)))]
                impl<#(#params),*> #krate::__private::#check<#ident, #tag> for #unset #where_clause {}
            });
        }
        out
    }
}
