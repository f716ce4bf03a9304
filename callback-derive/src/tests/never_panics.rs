//! Property: whatever struct a user writes, with whatever attributes (well-formed or
//! not), each derive returns tokens, never panics, and its output parses as a Rust
//! file (generated items and `compile_error!`s alike).
//!
//! 3 x 512 generated inputs per run.

use super::expand;
use crate::ast::Derive;
use proptest::prelude::*;

const TYPES: &[&str] = &[
    "String",
    "u32",
    "i64",
    "f64",
    "bool",
    "char",
    "Option<String>",
    "Option<u8>",
    "Option<Option<u8>>",
    "Vec<String>",
    "Option<Vec<u16>>",
    "std::collections::HashMap<String, u8>",
    "std::collections::BTreeSet<u8>",
    "Box<Inner>",
    "Option<Box<Inner>>",
    "Vec<Inner>",
    "&'a str",
    "std::borrow::Cow<'a, str>",
    "[u8; 4]",
    "(u8, u16)",
    "T",
    "Vec<T>",
    "Inner",
    "fn(u8) -> u8",
    "dyn Fn()",
    "impl Sized",
    "_",
];

const ATTRIBUTES: &[&str] = &[
    // builder
    "#[builder(default)]",
    "#[builder(default = 5)]",
    "#[builder(default = )]",
    "#[builder(default(1))]",
    "#[builder(each = \"item\")]",
    "#[builder(each = item)]",
    "#[builder(each = \"not an ident\")]",
    "#[builder(each = 5)]",
    "#[builder(each)]",
    "#[builder(eahc = \"x\")]",
    "#[builder]",
    "#[builder = 1]",
    "#[builder(start_fn = new)]",
    "#[builder(,)]",
    "#[builder(default, default)]",
    // validate
    "#[validate(required)]",
    "#[validate(length(min = 1, max = 3))]",
    "#[validate(length(min = 3, max = 1))]",
    "#[validate(length())]",
    "#[validate(length(min = -1))]",
    "#[validate(length(min = 1.5))]",
    "#[validate(length(min = \"x\"))]",
    "#[validate(range(min = 0))]",
    "#[validate(range(min = 0.5, max = -2))]",
    "#[validate(range)]",
    "#[validate(uuid, e164, phone, non_blank)]",
    "#[validate(uuid(code = \"c\", message = \"m\"))]",
    "#[validate(uuid(mesage = \"m\"))]",
    "#[validate(each(non_blank, each(uuid)))]",
    "#[validate(each)]",
    "#[validate(each())]",
    "#[validate(nested)]",
    "#[validate(not_before = f0)]",
    "#[validate(not_before = missing)]",
    "#[validate(not_before = \"f1\")]",
    "#[validate(not_before)]",
    "#[validate(custom = check_it)]",
    "#[validate(custom = )]",
    "#[validate(lenght(min = 1))]",
    "#[validate(message = 5)]",
    "#[validate(code = \"x\", message = \"y\")]",
    "#[validate]",
    "#[validate(check = f)]",
    "#[validate(each(message = \"m\"))]",
    "#[validate(nested, code = \"c\")]",
    "#[validate(required, length(min = 1))]",
    "#[validate()]",
    "#[builder()]",
    "#[serde(skip)]",
    // accessors
    "#[accessors(copy)]",
    "#[accessors(skip)]",
    "#[accessors(set, mut, with)]",
    "#[accessors(get = false)]",
    "#[accessors(set = \"yes\")]",
    "#[accessors(skp)]",
    "#[accessors(crate = x)]",
    // serde and others
    "#[serde(rename = \"x-y\")]",
    "#[serde(rename(serialize = \"a\", deserialize = \"b\"))]",
    "#[serde(flatten)]",
    "#[serde(rename = 5)]",
    "#[doc = \"docs\"]",
    "#[cfg(any())]",
    "#[cfg(test)]",
];

const CONTAINER_ATTRIBUTES: &[&str] = &[
    "",
    "#[serde(rename_all = \"camelCase\")]",
    "#[serde(rename_all = \"nonsense\")]",
    "#[builder(start_fn = make, finish_fn = finish)]",
    "#[builder(start_fn = \"fn\")]",
    "#[builder(crate = ::callback_model)]",
    "#[builder(crate = \"not a path\")]",
    "#[validate(check = whole)]",
    "#[validate(required)]",
    "#[validate(at_least_one_of(f0, f1))]",
    "#[validate(exactly_one_of(f0, r#type, item))]",
    "#[validate(at_most_one_of(f0, f0))]",
    "#[validate(at_most_one_of(f0))]",
    "#[validate(at_least_one_of(missing, f1), exactly_one_of())]",
    "#[validate(exactly_one_of)]",
    "#[builder(tags = crate::tags)]",
    "#[builder(tags = 5)]",
    "#[validate()]",
    "#[accessors(set, with)]",
    "#[accessors(copy)]",
];

const SHAPES: &[&str] = &[
    "struct S<'a, T> {FIELDS}",
    "pub struct S<'a, T: Clone = u8, const N: usize = 3> where T: Default {FIELDS}",
    "pub(crate) struct S<'a, T> {FIELDS}",
    "struct S<'a, T>;",
    "struct S<'a, T>(u8, T);",
    "enum S<'a, T> { A(T), B {FIELDS} }",
    "union S<'a, T> {FIELDS}",
];

const NAMES: &[&str] =
    &["f0", "f1", "r#type", "build", "builder", "maybe_f0", "f0_mut", "item", "validate", "len", "__callback_marker"];

fn field() -> impl Strategy<Value = String> {
    (
        prop::sample::select(NAMES),
        prop::sample::select(TYPES),
        prop::collection::vec(prop::sample::select(ATTRIBUTES), 0..4),
    )
        .prop_map(|(name, ty, attrs)| format!("{} {name}: {ty},", attrs.join(" ")))
}

fn input() -> impl Strategy<Value = String> {
    (prop::sample::select(SHAPES), prop::sample::select(CONTAINER_ATTRIBUTES), prop::collection::vec(field(), 0..6))
        .prop_map(|(shape, attr, fields)| format!("{attr} {}", shape.replace("FIELDS", &fields.concat())))
}

fn parses_as_a_file(source: &str, derive: Derive) -> Result<(), TestCaseError> {
    let tokens = source.parse::<proc_macro2::TokenStream>();
    prop_assert!(tokens.is_ok(), "the generator wrote something that is not Rust tokens:\n{source}");
    let Ok(tokens) = tokens else { return Ok(()) };
    let output = crate::expand(tokens, derive);
    let parsed = syn::parse2::<syn::File>(output.clone());
    prop_assert!(parsed.is_ok(), "{} on:\n{source}\ngave tokens that are not a Rust file:\n{output}", derive.name());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn builder_never_panics_and_emits_rust(source in input()) {
        parses_as_a_file(&source, Derive::Builder)?;
    }

    #[test]
    fn validate_never_panics_and_emits_rust(source in input()) {
        parses_as_a_file(&source, Derive::Validate)?;
    }

    #[test]
    fn accessors_never_panics_and_emits_rust(source in input()) {
        parses_as_a_file(&source, Derive::Accessors)?;
    }
}

#[cfg(feature = "schema")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn schema_never_panics_and_emits_rust(source in input()) {
        parses_as_a_file(&source, Derive::Schema)?;
    }
}

#[test]
fn the_snapshot_helper_input_expands() {
    // A sanity check of the helper itself: a plain struct gives an impl, not an error.
    let output = expand("struct S { a: u8 }", Derive::Accessors).to_string();
    assert!(output.contains("fn a"), "{output}");
    assert!(!output.contains("compile_error"), "{output}");
}
