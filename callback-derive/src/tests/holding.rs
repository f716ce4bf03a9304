//! How a builder holds its storage, by what the struct is: bare (no field has drop
//! glue, or the struct has lifetimes), in `BuilderStorage`, or boxed (a wide struct).

use super::expand;
use crate::ast::Derive;

/// The builder's `fields: ..` type, as the expansion writes it.
fn storage_of(source: &str) -> String {
    let text = expand(source, Derive::Builder).to_string();
    let start = text.find("fields :").expect("the builder has a `fields` slot");
    let end = start + text[start..].find(',').expect("the slot ends");
    text[start..end].to_owned()
}

fn fields(count: usize, ty: &str) -> String {
    (0..count).map(|i| format!("f{i}: {ty}")).collect::<Vec<_>>().join(", ")
}

#[test]
fn primitives_keep_their_storage_bare() {
    let storage = storage_of("struct Pixel { x: u8, y: Option<u16>, on: bool }");
    assert!(!storage.contains("Storage <"), "{storage}");
}

#[test]
fn a_field_with_drop_glue_puts_the_storage_in_builder_storage() {
    assert!(storage_of("struct Note { text: String }").contains("BuilderStorage"));
}

#[test]
fn lifetimes_keep_the_storage_bare() {
    let storage = storage_of("struct Note<'a> { text: &'a str, owned: String }");
    assert!(!storage.contains("Storage <"), "{storage}");
}

#[test]
fn a_wide_struct_boxes_its_storage_sooner_when_a_field_has_drop_glue() {
    assert!(storage_of(&format!("struct S {{ {} }}", fields(32, "String"))).contains("BuilderStorage"));
    assert!(storage_of(&format!("struct S {{ {} }}", fields(33, "String"))).contains("BoxedStorage"));
    assert!(!storage_of(&format!("struct S {{ {} }}", fields(64, "u32"))).contains("Storage <"));
    assert!(storage_of(&format!("struct S {{ {} }}", fields(65, "u32"))).contains("BoxedStorage"));
}
