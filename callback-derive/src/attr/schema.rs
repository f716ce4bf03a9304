//! `#[schema(...)]`: `crate = path` on the struct; `with = Type` on a field whose wire
//! form serde reads with a function (`#[serde(with)]`, `deserialize_with`), naming a
//! type whose schema is that wire form.

use super::{for_each_item, unknown_key};
use crate::ctxt::Errors;
use syn::{Attribute, Path, Type};

const CONTAINER_KEYS: &[&str] = &["crate"];
const FIELD_KEYS: &[&str] = &["with"];

/// `#[schema(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    /// `crate = path`.
    pub(crate) krate: Option<Path>,
}

/// `#[schema(...)]` on a field.
#[derive(Default)]
pub(crate) struct Field {
    /// `with = Type`: the schema of the field is `Type`'s.
    pub(crate) with: Option<Type>,
}

impl Container {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Container::default();
        for_each_item(attrs, "schema", errors, |meta, key| {
            match key {
                "crate" => out.krate = Some(super::path_value(meta, "::callback_model")?),
                "with" => return Err(meta.error("`with` belongs on a field, not on the struct")),
                _ => return Err(unknown_key(meta, "#[schema(...)]", CONTAINER_KEYS)),
            }
            Ok(())
        });
        out
    }
}

impl Field {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Field::default();
        for_each_item(attrs, "schema", errors, |meta, key| {
            match key {
                "with" => out.with = Some(super::parsed_value(meta, "a type", "DateTime<Utc>")?),
                "crate" => return Err(meta.error("`crate` belongs on the struct, not on a field")),
                _ => return Err(unknown_key(meta, "#[schema(...)]", FIELD_KEYS)),
            }
            Ok(())
        });
        out
    }
}
