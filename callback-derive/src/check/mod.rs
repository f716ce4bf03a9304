//! Checking: from the parsed input ([`crate::ast`]) to the plan a generator reads, one
//! file per derive. A check finds every problem (none stops the search for the next) and
//! returns the plan only when there is none, so a generator never second-guesses it.
//!
//! What a plan holds is decided here once: each field's role in the builder, the names
//! the derive generates and who asked for each, the rules resolved against the field
//! types (`not_before` pointing at its field), the accessor families.

pub(crate) mod accessors;
pub(crate) mod builder;
#[cfg(feature = "schema")]
pub(crate) mod schema;
pub(crate) mod validate;

use crate::ctxt::Errors;
use crate::names::unraw;
use std::collections::BTreeMap;
use syn::Ident;

/// One generated method name and who asked for it, for the clash check.
pub(crate) struct Claim<'f> {
    /// The name claimed.
    pub(crate) name: Ident,
    /// Where to point when the claim clashes.
    pub(crate) at: &'f Ident,
    /// Who makes it: "the setter of field `id`".
    pub(crate) who: String,
    /// How they can stop: "rename field `id`".
    pub(crate) fix: String,
}

/// Who holds a name already.
struct Holder {
    who: String,
    fix: String,
}

/// Generated names and who asked for them; a second claim on a name is an error.
#[derive(Default)]
pub(crate) struct Names {
    taken: BTreeMap<String, Holder>,
}

impl Names {
    /// Holds `name` for the derive itself (a finishing method), so a claim on it later
    /// clashes with `who`.
    pub(crate) fn reserve(&mut self, name: &Ident, who: String, fix: String) {
        self.taken.insert(unraw(name), Holder { who, fix });
    }

    /// Takes the name `claim` asks for; on a clash, reports at `claim.at` who has it
    /// already and the two ways out.
    pub(crate) fn claim(&mut self, claim: Claim<'_>, errors: &mut Errors) {
        let key = unraw(&claim.name);
        if let Some(first) = self.taken.get(&key) {
            errors.spanned(
                claim.at,
                format_args!(
                    "{} makes `{key}()`, and so does {}; {}, or {}",
                    claim.who, first.who, claim.fix, first.fix
                ),
            );
        } else {
            self.taken.insert(key, Holder { who: claim.who, fix: claim.fix });
        }
    }
}

/// A type as written, for messages: `Vec<String>`.
pub(crate) fn type_name(ty: &syn::Type) -> String {
    let text = quote::ToTokens::to_token_stream(ty).to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let next = chars.peek().copied();
        let drop_space = ch == ' '
            && (matches!(next, Some('<' | '>' | ',' | ':' | ']' | ')'))
                || matches!(out.chars().last(), Some('<' | '&' | ':' | '[' | '(')));
        if !drop_space {
            out.push(ch);
        }
    }
    out
}
