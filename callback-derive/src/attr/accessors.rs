//! `#[accessors(...)]`: the families `get`, `set`, `mut`, `with` (each `key` or
//! `key = bool`) on the struct or a field; `skip` and `copy` on a field; `crate` on the
//! struct.

use super::{flag, for_each_item, path_value, unknown_key};
use crate::ast;
use crate::ctxt::Errors;
use crate::names::affixed;
use syn::{Attribute, Ident, Path};

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
    /// The families a field gets: its own choice, else the struct's, else the default
    /// (getters on, the rest off).
    pub(crate) fn resolve(field: Families, container: Families) -> Resolved {
        Resolved {
            get: field.get.or(container.get).unwrap_or(true),
            set: field.set.or(container.set).unwrap_or(false),
            mut_: field.mut_.or(container.mut_).unwrap_or(false),
            with: field.with.or(container.with).unwrap_or(false),
        }
    }

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

/// The families a field ends up with.
#[derive(Clone, Copy)]
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Resolved {
    pub(crate) get: bool,
    pub(crate) set: bool,
    pub(crate) mut_: bool,
    pub(crate) with: bool,
}

/// The names of a field's accessors, one per family: `x`, `set_x`, `x_mut`, `with_x`.
/// The generator names its methods with these, and the clash check claims them.
pub(crate) struct MethodNames {
    pub(crate) get: Ident,
    pub(crate) set: Ident,
    pub(crate) mut_: Ident,
    pub(crate) with: Ident,
}

impl MethodNames {
    pub(crate) fn of(field: &Ident) -> Self {
        MethodNames {
            get: field.clone(),
            set: affixed("set_", field, ""),
            mut_: affixed("", field, "_mut"),
            with: affixed("with_", field, ""),
        }
    }
}

/// The families field `field` of `container` gets, after `skip` and the struct's and
/// the field's choices; `None` when it is skipped.
pub(crate) fn resolved(container: &ast::Container<'_>, field: &ast::Field<'_>) -> Option<Resolved> {
    if field.accessors.skip {
        return None;
    }
    Some(Families::resolve(field.accessors.families, container.accessors.families))
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
