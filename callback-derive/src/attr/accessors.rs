//! `#[accessors(...)]`: the families `get`, `set`, `mut`, `with` (each `key` or
//! `key = bool`) on the struct or a field; `skip` and `copy` on a field; `crate` on the
//! struct.

use super::{flag, for_each_item, path_value, unknown_key};
use crate::ctxt::Errors;
use syn::{Attribute, Path};

const CONTAINER_KEYS: &[&str] = &["get", "set", "mut", "with", "crate"];
const FIELD_KEYS: &[&str] = &["get", "set", "mut", "with", "skip", "copy"];

/// Which accessor families were asked for; `None` means "not said here".
#[derive(Default, Clone, Copy)]
pub(crate) struct Families {
    pub(crate) get: Option<bool>,
    pub(crate) set: Option<bool>,
    pub(crate) mut_: Option<bool>,
    pub(crate) with: Option<bool>,
}

impl Families {
    /// Sets the family named `key`; `false` when `key` is not a family.
    fn set_by_key(&mut self, key: &str, value: bool) -> bool {
        let slot = match key {
            "get" => &mut self.get,
            "set" => &mut self.set,
            "mut" => &mut self.mut_,
            "with" => &mut self.with,
            _ => return false,
        };
        *slot = Some(value);
        true
    }

    fn is_family(key: &str) -> bool {
        matches!(key, "get" | "set" | "mut" | "with")
    }
}

/// `#[accessors(...)]` on the struct.
#[derive(Default)]
pub(crate) struct Container {
    pub(crate) families: Families,
    /// `crate = path`: where the runtime is (`copy` getters call a helper there).
    pub(crate) krate: Option<Path>,
}

/// `#[accessors(...)]` on a field.
#[derive(Default)]
pub(crate) struct Field {
    pub(crate) families: Families,
    /// `skip`: no accessor at all for this field.
    pub(crate) skip: bool,
    /// `copy`: the getter returns the value, not a reference.
    pub(crate) copy: bool,
}

impl Container {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Container::default();
        for_each_item(attrs, "accessors", errors, |meta, key| {
            if Families::is_family(key) {
                out.families.set_by_key(key, flag(meta)?);
            } else if key == "crate" {
                out.krate = Some(path_value(meta, "::callback_model")?);
            } else if FIELD_KEYS.contains(&key) {
                return Err(meta.error(format_args!("`{key}` belongs on a field, not on the struct")));
            } else {
                return Err(unknown_key(meta, "#[accessors(...)]", CONTAINER_KEYS));
            }
            Ok(())
        });
        out
    }
}

impl Field {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = Field::default();
        for_each_item(attrs, "accessors", errors, |meta, key| {
            match key {
                "skip" => out.skip = flag(meta)?,
                "copy" => out.copy = flag(meta)?,
                _ if Families::is_family(key) => {
                    out.families.set_by_key(key, flag(meta)?);
                }
                "crate" => return Err(meta.error("`crate` belongs on the struct, not on a field")),
                _ => return Err(unknown_key(meta, "#[accessors(...)]", FIELD_KEYS)),
            }
            Ok(())
        });
        out
    }
}
