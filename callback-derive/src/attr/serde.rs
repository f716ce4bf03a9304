//! The parts of `#[serde(...)]` that decide the wire view: on a field `rename`,
//! `flatten`, `skip`, `skip_deserializing`, `skip_serializing`, `default`, `alias`,
//! `with` and `deserialize_with`; on the struct `rename_all`, `default`,
//! `deny_unknown_fields`, and the keys that make the wire form something other than
//! the fields (`transparent`, `tag`, `from`, `try_from`).
//!
//! Everything else in `#[serde(...)]` is serde's business and is skipped without a
//! word (serde reports its own mistakes). Where serde allows separate names for
//! serializing and deserializing, the deserialize name is used: validation reports
//! point into the payload that was received.

use crate::names::unraw;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Ident, LitStr, Token};

/// The struct keys that make its wire form something other than its fields.
const RESHAPING: &[&str] = &["transparent", "tag", "from", "try_from"];

/// `#[serde(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    rename_all: Option<RenameRule>,
    /// `default`: a missing field takes its value from the struct's `Default`.
    pub(crate) default: bool,
    /// `deny_unknown_fields`: a field the struct does not have is an error.
    pub(crate) deny_unknown_fields: bool,
    /// `transparent`, `tag`, `from` or `try_from`: the wire form is not the fields. The
    /// key and where it is.
    pub(crate) reshaped: Option<(&'static str, proc_macro2::Span)>,
}

/// The wire side of a field.
#[derive(Default)]
pub(crate) struct Field {
    /// The field's name on the wire.
    pub(crate) name: String,
    /// `#[serde(flatten)]`: the field's own fields sit in the parent object.
    pub(crate) flatten: bool,
    /// `skip` or `skip_deserializing`: serde never reads the field. The span is the key's.
    pub(crate) skip_deserializing: Option<proc_macro2::Span>,
    /// `skip` or `skip_serializing`: serde never writes the field.
    pub(crate) skip_serializing: bool,
    /// `default` or `default = "path"`: a missing field takes a default value.
    pub(crate) default: bool,
    /// `with` or `deserialize_with`: a function reads the field, so its wire form is
    /// that function's. Where the key is.
    pub(crate) read_with: Option<proc_macro2::Span>,
    /// `alias`: another name the field is read by. Where the key is.
    pub(crate) alias: Option<proc_macro2::Span>,
}

impl Container {
    pub(crate) fn parse(attrs: &[Attribute]) -> Self {
        let mut out = Container::default();
        for_each_serde_item(attrs, |meta, key| match key {
            "rename_all" => {
                if let Some(rule) = renamed(meta)? {
                    out.rename_all = RenameRule::from_str(&rule);
                }
                Ok(true)
            }
            "default" => {
                out.default = true;
                Ok(false)
            }
            "deny_unknown_fields" => {
                out.deny_unknown_fields = true;
                Ok(false)
            }
            _ => {
                if let Some(key) = RESHAPING.iter().copied().find(|reshaping| *reshaping == key) {
                    out.reshaped = Some((key, syn::spanned::Spanned::span(&meta.path)));
                }
                Ok(false)
            }
        });
        out
    }

    /// The wire side of the field `ident`.
    pub(crate) fn field(&self, ident: &Ident, attrs: &[Attribute]) -> Field {
        let mut rename = None;
        let mut out = Field::default();
        for_each_serde_item(attrs, |meta, key| match key {
            "rename" => {
                rename = renamed(meta)?.or(rename.take());
                Ok(true)
            }
            "flatten" => {
                out.flatten = true;
                Ok(true)
            }
            "skip" => {
                out.skip_deserializing = Some(syn::spanned::Spanned::span(&meta.path));
                out.skip_serializing = true;
                Ok(false)
            }
            "skip_deserializing" => {
                out.skip_deserializing = Some(syn::spanned::Spanned::span(&meta.path));
                Ok(false)
            }
            "skip_serializing" => {
                out.skip_serializing = true;
                Ok(false)
            }
            "default" => {
                out.default = true;
                Ok(false)
            }
            "with" | "deserialize_with" => {
                out.read_with = Some(syn::spanned::Spanned::span(&meta.path));
                Ok(false)
            }
            "alias" => {
                out.alias = Some(syn::spanned::Spanned::span(&meta.path));
                Ok(false)
            }
            _ => Ok(false),
        });
        let name = rename.unwrap_or_else(|| {
            let name = unraw(ident);
            match self.rename_all {
                Some(rule) => rule.apply_to_field(&name),
                None => name,
            }
        });
        out.name = name;
        out
    }
}

/// Calls `each` on every item of every `#[serde(...)]`; `each` answers whether it
/// consumed the item's value. Malformed attributes are left to serde to report.
fn for_each_serde_item(attrs: &[Attribute], mut each: impl FnMut(&ParseNestedMeta<'_>, &str) -> syn::Result<bool>) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = super::key_of(&meta);
            if !each(&meta, &key)? {
                super::skip_value(meta.input)?;
            }
            Ok(())
        });
    }
}

/// `key = "name"` gives `name`; `key(serialize = "a", deserialize = "b")` gives `b`;
/// `key(serialize = "a")` alone gives nothing, since serde still reads the field by
/// its own name then.
fn renamed(meta: &ParseNestedMeta<'_>) -> syn::Result<Option<String>> {
    if meta.input.peek(Token![=]) {
        return Ok(Some(meta.value()?.parse::<LitStr>()?.value()));
    }
    let mut deserialize = None;
    meta.parse_nested_meta(|inner| {
        let value = inner.value()?.parse::<LitStr>()?.value();
        if inner.path.is_ident("deserialize") {
            deserialize = Some(value);
        }
        Ok(())
    })?;
    Ok(deserialize)
}

/// serde's `rename_all` rules, applied to a field name exactly as serde applies them.
#[derive(Clone, Copy)]
enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    fn from_str(rule: &str) -> Option<Self> {
        Some(match rule {
            "lowercase" => RenameRule::Lower,
            "UPPERCASE" => RenameRule::Upper,
            "PascalCase" => RenameRule::Pascal,
            "camelCase" => RenameRule::Camel,
            "snake_case" => RenameRule::Snake,
            "SCREAMING_SNAKE_CASE" => RenameRule::ScreamingSnake,
            "kebab-case" => RenameRule::Kebab,
            "SCREAMING-KEBAB-CASE" => RenameRule::ScreamingKebab,
            _ => return None,
        })
    }

    fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => crate::names::upper_camel(field),
            RenameRule::Camel => {
                let pascal = RenameRule::Pascal.apply_to_field(field);
                let mut chars = pascal.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => pascal,
                }
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule;

    #[test]
    fn rename_rules_match_serde() {
        let cases = [
            ("outcome", "outcome", "OUTCOME", "Outcome", "outcome", "outcome", "OUTCOME", "outcome", "OUTCOME"),
            (
                "very_tasty",
                "very_tasty",
                "VERY_TASTY",
                "VeryTasty",
                "veryTasty",
                "very_tasty",
                "VERY_TASTY",
                "very-tasty",
                "VERY-TASTY",
            ),
            ("a", "a", "A", "A", "a", "a", "A", "a", "A"),
            ("z42", "z42", "Z42", "Z42", "z42", "z42", "Z42", "z42", "Z42"),
        ];
        for (original, lower, upper, pascal, camel, snake, screaming, kebab, screaming_kebab) in cases {
            assert_eq!(RenameRule::Lower.apply_to_field(original), lower);
            assert_eq!(RenameRule::Upper.apply_to_field(original), upper);
            assert_eq!(RenameRule::Pascal.apply_to_field(original), pascal);
            assert_eq!(RenameRule::Camel.apply_to_field(original), camel);
            assert_eq!(RenameRule::Snake.apply_to_field(original), snake);
            assert_eq!(RenameRule::ScreamingSnake.apply_to_field(original), screaming);
            assert_eq!(RenameRule::Kebab.apply_to_field(original), kebab);
            assert_eq!(RenameRule::ScreamingKebab.apply_to_field(original), screaming_kebab);
        }
    }
}
