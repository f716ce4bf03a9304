//! A field without docs: `missing_docs` reports the field, not also the getter and
//! setters that copy its (missing) docs.
#![deny(missing_docs)]

use callback_model::{Accessors, Builder};

/// An agent.
#[derive(Builder, Accessors)]
#[accessors(set, with)]
pub struct Agent {
    /// Documented.
    pub name: String,
    pub extension: Option<String>,
}

fn main() {}
