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
//! The messages come from the runtime's traits (`callback_model::builder`: `IsSet`,
//! `IsUnset`, `MaySet`, `OneOf2`, ...), which print the tags: an empty type per field
//! (and per `each` pusher a message names), named as the field, in the public state
//! module (`segment_builder::start_time`), so that a message names the field from
//! another crate too. The traits live in the runtime because `#[diagnostic]` attributes
//! do not resolve under `#![no_implicit_prelude]`.
//!
//! A setter of a run-time value (`maybe_x`, the setter of a whole collection) proves
//! nothing: see `How` in the plan for what each setter does to each kind of leaf.

use super::Builder;
use crate::attr::validate::GroupKind;
use crate::check::builder::{How, Leaf, Member, Role, Setter, Wait};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;
use syn::Ident;

/// What [`Builder::imports`] brings into the `const _` block.
const STATE_ITEMS: &[&str] = &[
    "Set",
    "Unset",
    "Proven",
    "Maybe",
    "IsSet",
    "IsUnset",
    "HasItem",
    "NotPushed",
    "MaySet",
    "MayChoose",
    "MayClear",
    "MayClearAt",
    "Member",
    "OneOf2",
    "OneOf3",
    "OneOf4",
    "OneOf5",
    "OneOf6",
    "OneOfMany",
    "Plain",
];

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
    /// The parameters the impl binds the leaf to: one, or one per member of an
    /// `at_least_one_of` whose state is a flag per member.
    pub(super) params: Vec<Ident>,
    /// The leaf's type before the setter, over `params`.
    pub(super) input: TokenStream,
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
    /// The state module: one tag per field (and `each` pusher) the messages name (none
    /// when `#[builder(tags = path)]` names a module of tags).
    pub(super) fn state_mod(&self) -> TokenStream {
        if self.plan.tags.is_some() {
            return TokenStream::new();
        }
        let container = self.plan.container;
        let (ident, vis, state_mod) = (container.ident, container.vis, &self.plan.state_mod);
        let mut tags = TokenStream::new();
        for member in &self.plan.members {
            let name = &member.field.name;
            if member.tagged {
                let tag = member.field.ident;
                let doc =
                    format!(" The field `{name}` of [`{ident}`](super::{ident}), as the builder's messages name it.");
                tags.extend(quote! {
                    #[doc = #doc]
                    #[allow(non_camel_case_types)]
                    pub enum #tag {}
                });
            }
            if let (true, Some(push)) = (member.push_tagged, member.pusher) {
                let doc = format!(
                    " The setter that adds an element to `{name}` of [`{ident}`](super::{ident}), as the builder's messages name it."
                );
                tags.extend(quote! {
                    #[doc = #doc]
                    #[allow(non_camel_case_types)]
                    pub enum #push {}
                });
            }
        }
        let first = self.plan.leaves.iter().find_map(|leaf| match leaf {
            Leaf::Field { member, wait: Wait::Set } => Some(self.plan.members[*member].field.name.clone()),
            _ => None,
        });
        let example = match first {
            Some(name) => format!(" (\"`{ident}` cannot be built without `{name}`: call `.{name}(..)` first\")"),
            None => String::new(),
        };
        let doc = format!(
            " The names [`{ident}Builder`](super::{ident}Builder)'s compile errors use: an empty type per field they can name{example}."
        );
        quote! {
            #[doc = #doc]
            #[allow(non_snake_case, dead_code)]
            #vis mod #state_mod {
                #tags
            }
        }
    }

    /// The tag of `member`'s field: `segment_builder::start_time`. A tag from a module
    /// `tags = path` names is located at the field, so that a missing one is reported
    /// there.
    pub(super) fn tag(&self, member: &Member<'_, '_>) -> TokenStream {
        self.tag_named(member.field.ident)
    }

    /// The tag named `name`, in the state module or the module `tags = path` names.
    fn tag_named(&self, name: &Ident) -> TokenStream {
        if let Some(path) = self.plan.tags {
            return crate::emit::respan(&quote!(#path::#name), name.span());
        }
        let state_mod = &self.plan.state_mod;
        quote!(#state_mod::#name)
    }

    /// The call that proves `member` present, as a message names it: its `each`
    /// pusher's tag when it has one, else its field's.
    fn call_tag(&self, member: &Member<'_, '_>) -> TokenStream {
        match (member.push_tagged, member.pusher) {
            (true, Some(push)) => self.tag_named(push),
            _ => self.tag(member),
        }
    }

    /// A runtime state type or trait, as the code in the `const _` block names it: its
    /// bare name, which [`imports`](Self::imports) brings in, so that hover cards read
    /// `impl Plain<u16>` and `Nights: IsUnset<..>`; its path when the input uses the name
    /// (a type of the user's called `Set`).
    pub(super) fn state_item(&self, name: &str) -> TokenStream {
        let (krate, ident) = (&self.krate, Ident::new(name, proc_macro2::Span::call_site()));
        if self.plan.container.idents.contains(name) { quote!(#krate::builder::#ident) } else { quote!(#ident) }
    }

    /// The `use` of the runtime's state types and traits at the top of the `const _`
    /// block, each that the input does not use as a name of its own.
    pub(super) fn imports(&self) -> TokenStream {
        let krate = &self.krate;
        let names = STATE_ITEMS
            .iter()
            .filter(|name| !self.plan.container.idents.contains(**name))
            .map(|name| Ident::new(name, proc_macro2::Span::call_site()));
        quote! {
            #[allow(unused_imports)]
            use #krate::builder::{#(#names),*};
        }
    }

    /// The runtime's state types and traits, by path: for the builder type's
    /// declaration, outside the `const _` block.
    pub(super) fn state_path(&self, name: &str) -> TokenStream {
        let (krate, ident) = (&self.krate, Ident::new(name, proc_macro2::Span::call_site()));
        quote!(#krate::builder::#ident)
    }

    /// The state with every leaf `Unset`, by path (for the builder's declaration).
    pub(super) fn initial_state(&self) -> TokenStream {
        let unset = self.state_path("Unset");
        tree(0, self.plan.leaves.len(), &mut |leaf| match self.flags(leaf) {
            Some(n) => {
                let flags = std::iter::repeat_n(&unset, n);
                quote!((#(#flags),*))
            }
            None => unset.clone(),
        })
    }

    /// The number of members of leaf `leaf` when its state is a flag per member: an
    /// `at_least_one_of` of six members or fewer (`(Set, Unset)`: which members are
    /// proven). A larger one is `Proven<member, position>` (see `touches`).
    pub(super) fn flags(&self, leaf: usize) -> Option<usize> {
        match &self.plan.leaves[leaf] {
            Leaf::Group { kind: GroupKind::AtLeast, members } if members.len() <= 6 => Some(members.len()),
            _ => None,
        }
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
            let param = self.plan.range_param(lo, hi);
            pattern.params.push(param.clone());
            return (quote!(#param), quote!(#param));
        }
        if hi - lo == 1 {
            let (_, touch) = inside[0];
            pattern.params.extend(touch.params.iter().cloned());
            pattern.bounds.extend(touch.bound.clone());
            return (touch.input.clone(), touch.output.clone());
        }
        let mid = lo + (hi - lo) / 2;
        let (left_in, left_out) = self.pattern_of(lo, mid, touches, pattern);
        let (right_in, right_out) = self.pattern_of(mid, hi, touches, pattern);
        (quote!((#left_in, #right_in)), quote!((#left_out, #right_out)))
    }

    /// How `member`'s `setter` touches each of its leaves (see `How`). A group's state
    /// names a member by the call that proves it and its position in the group
    /// (`Proven<queue_id, 0>`), which the runtime's traits read without an impl of the
    /// struct's own.
    pub(super) fn touches(&self, member: &Member<'_, '_>, setter: Setter) -> Vec<(usize, Touch)> {
        let set = &self.state_item("Set");
        let ident = self.struct_type();
        let (tag, call) = (self.tag(member), self.call_tag(member));
        let index = self.plan.members.iter().position(|m| std::ptr::eq(m, member)).unwrap_or_default();
        let proves = member.proves(setter);
        member
            .moves
            .iter()
            .map(|step| {
                let param = self.plan.leaf_param(step.leaf);
                let at = match &self.plan.leaves[step.leaf] {
                    Leaf::Group { members, .. } => members.iter().position(|&m| m == index).unwrap_or_default(),
                    Leaf::Field { .. } => 0,
                };
                if let (How::Prove, Some(n)) = (step.how, self.flags(step.leaf)) {
                    // A flag per member: a proving setter sets its own; a run-time one asks
                    // its own to be unset (the group does not rest on it).
                    let flags: Vec<Ident> = (0..n).map(|k| self.plan.flag_param(step.leaf, k)).collect();
                    let input = quote!((#(#flags),*));
                    let (output, bound) = if proves {
                        let out =
                            flags.iter().enumerate().map(|(k, flag)| if k == at { set.clone() } else { quote!(#flag) });
                        (quote!((#(#out),*)), None)
                    } else {
                        let (may_clear, flag) = (self.state_item("MayClear"), &flags[at]);
                        (input.clone(), Some(quote!(#flag: #may_clear<#ident, #call>)))
                    };
                    return (step.leaf, Touch { params: flags, input, output, bound });
                }
                let ask = |name: &str, tag: &TokenStream| {
                    let item = self.state_item(name);
                    Some(quote!(#param: #item<#ident, #tag>))
                };
                let keep = quote!(#param);
                let proven_item = self.state_item("Proven");
                let settled = quote!(#proven_item<#call, #at>);
                let (output, bound) = match step.how {
                    How::Once => (set.clone(), ask("IsUnset", &tag)),
                    How::Fill => (set.clone(), None),
                    How::Item if setter == Setter::Push => (set.clone(), None),
                    How::Item => (keep.clone(), ask("NotPushed", &tag)),
                    How::Prove if proves => (settled, None),
                    How::Prove => {
                        let may_clear = self.state_item("MayClearAt");
                        (keep.clone(), Some(quote!(#param: #may_clear<#ident, #call, #at>)))
                    }
                    How::Choose if proves => (settled, ask("MaySet", &call)),
                    How::Choose => {
                        let maybe = self.state_item("Maybe");
                        (quote!(#maybe<#call>), ask("MayChoose", &call))
                    }
                    How::Pick => (settled, ask("MaySet", &call)),
                };
                (step.leaf, Touch { params: vec![param], input: keep, output, bound })
            })
            .collect()
    }

    /// The bound a finishing method asks of leaf `index`, bound to `param`; `None` when
    /// it may stay as it is (an `at_most_one_of`, and for `try_build` every leaf but a
    /// required field's, which it checks when it runs).
    pub(super) fn finish_bound(&self, index: usize, param: &Ident, checked: bool) -> Option<TokenStream> {
        let ident = self.struct_type();
        match &self.plan.leaves[index] {
            Leaf::Field { member, .. } if checked && !matches!(self.plan.members[*member].role, Role::Required) => None,
            Leaf::Field { member, wait: Wait::Set } => {
                let (check, tag) = (self.state_item("IsSet"), self.tag(&self.plan.members[*member]));
                Some(quote!(#param: #check<#ident, #tag>))
            }
            Leaf::Field { member, wait: Wait::Item } => {
                let member = &self.plan.members[*member];
                let (check, tag, push) = (self.state_item("HasItem"), self.tag(member), self.call_tag(member));
                Some(quote!(#param: #check<#ident, #tag, #push>))
            }
            Leaf::Group { .. } if checked => None,
            Leaf::Group { kind: GroupKind::AtMost, .. } => None,
            Leaf::Group { members, .. } => {
                let (check, tags) = self.one_of(members);
                Some(quote!(#param: #check<#ident, #tags>))
            }
        }
    }

    /// The runtime trait that says a group needs one of its members, and its arguments,
    /// the calls that prove each member: `OneOf2` and `a, b`, or past six members
    /// `OneOfMany` and a tuple.
    fn one_of(&self, members: &[usize]) -> (TokenStream, TokenStream) {
        let tags: Vec<TokenStream> = members.iter().map(|&m| self.call_tag(&self.plan.members[m])).collect();
        if (2..=6).contains(&tags.len()) {
            (self.state_item(&format!("OneOf{}", tags.len())), quote!(#(#tags),*))
        } else {
            (self.state_item("OneOfMany"), quote!((#(#tags,)*)))
        }
    }

    /// The impls a group of more than six members needs: each member is one of its
    /// group (`Member`, over the calls that prove each member), which `.build()`'s
    /// `OneOfMany` reads (a smaller group needs none: see `touches`). And for a field
    /// `#[cfg]` leaves out, the impl that lets `.build()` go without it.
    pub(super) fn leaf_impls(&self) -> TokenStream {
        let Builder { params, .. } = self;
        let unset = self.state_item("Unset");
        let ident = self.struct_type();
        let where_clause = &self.plan.container.generics.where_clause;
        // Written once each: two groups may share members.
        let mut impls: BTreeSet<String> = BTreeSet::new();
        let mut out = TokenStream::new();
        let member_trait = self.state_item("Member");
        for leaf in &self.plan.leaves {
            let Leaf::Group { kind, members } = leaf else { continue };
            if *kind == GroupKind::AtMost || members.len() <= 6 {
                continue;
            }
            let calls: Vec<TokenStream> = members.iter().map(|&m| self.call_tag(&self.plan.members[m])).collect();
            for call in &calls {
                let item = quote! {
                    #[automatically_derived]
                    impl<#(#params),*> #member_trait<#ident, (#(#calls,)*)> for #call #where_clause {}
                };
                if impls.insert(item.to_string()) {
                    out.extend(item);
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
                Wait::Set => {
                    let item = self.state_item("IsSet");
                    quote!(#item<#ident, #tag>)
                }
                Wait::Item => {
                    let (item, push) = (self.state_item("HasItem"), self.call_tag(member));
                    quote!(#item<#ident, #tag, #push>)
                }
            };
            out.extend(quote! {
                #[cfg(not(all(#(#predicates),*)))]
                impl<#(#params),*> #check for #unset #where_clause {}
            });
        }
        out
    }
}
