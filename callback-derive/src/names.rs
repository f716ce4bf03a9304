//! Names the derives make: setter, getter and type names, raw when a keyword.

use proc_macro2::Span;
use syn::Ident;

/// The identifier as a user reads it: `r#type` is `type`.
pub(crate) fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(bare) => bare.to_owned(),
        None => name,
    }
}

/// An identifier named `name`, made raw (`r#type`) when `name` is a keyword.
///
/// `name` must already be an identifier or a keyword (it always comes from a parsed
/// identifier, possibly with an ASCII prefix or suffix added).
pub(crate) fn make_ident(name: &str, span: Span) -> Ident {
    if KEYWORDS.contains(&name) { Ident::new_raw(name, span) } else { Ident::new(name, span) }
}

/// `prefix` + the field's name + `suffix`, at the field's span.
pub(crate) fn affixed(prefix: &str, ident: &Ident, suffix: &str) -> Ident {
    make_ident(&format!("{prefix}{}{suffix}", unraw(ident)), ident.span())
}

/// `start_time` -> `StartTime`: serde's `PascalCase` rule, ASCII letters only.
pub(crate) fn upper_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for ch in name.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.push(ch.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// Keywords that can be written raw. (`self`, `Self`, `super` and `crate` cannot be raw;
/// they are left as they are and rustc reports them.)
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let",
    "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type",
    "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// `CreateCallbackCommand` -> `create_callback_command`: an underscore before each
/// upper-case letter but the first, everything in lower case.
pub(crate) fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, ch) in name.chars().enumerate() {
        if ch.is_uppercase() && i > 0 && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}
