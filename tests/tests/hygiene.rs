//! Generated code names everything by its full path: it compiles in a module without
//! the prelude, next to user types and traits named like the prelude's and like the
//! runtime's, and with fields named like the methods it generates or calls. (The
//! technique of serde's `test_gen.rs`.)

#[no_implicit_prelude]
#[allow(dead_code, non_camel_case_types, non_upper_case_globals, clippy::struct_field_names)]
mod no_prelude {
    // Unit structs also take the value names `Some`, `None`, `Ok`, `Err`: an
    // unqualified pattern in generated code would match them instead.
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Vec;
    pub struct String;
    pub struct Box;
    pub struct PhantomData;
    pub struct Report;
    pub struct Valid;
    pub struct Violation;
    pub struct ValidationErrors;
    pub trait Into {}
    pub trait From {}
    pub trait Default {}
    pub trait Validate {}
    pub trait Iterator {}
    pub trait IntoIterator {}
    pub trait Extend {}
    pub trait Clone {}
    pub trait Copy {}
    pub trait Deref {}
    // No constant `value`: the setters' and accessors' parameter is called `value`, the
    // name a user reads in hover cards and docs (SPEC 3.1), and a function parameter
    // cannot be named like a constant in scope (E0530). A lowercase constant is against
    // Rust's naming convention (`non_upper_case_globals`), as in bon's builders.
    pub const violation: u8 = 0;
    pub const report: u8 = 0;

    #[derive(::callback_model::Builder, ::callback_model::Validate, ::callback_model::Accessors)]
    #[accessors(set, mut, with)]
    pub struct Everything<'a, T: ::std::clone::Clone> {
        pub required: ::std::string::String,
        #[validate(length(min = 1))]
        pub name: ::std::option::Option<::std::string::String>,
        #[builder(each = "item")]
        #[validate(each(non_blank))]
        pub items: ::std::vec::Vec<::std::string::String>,
        #[builder(default)]
        pub count: u32,
        #[builder(default = 7)]
        pub seven: u8,
        #[validate(nested)]
        pub inner: ::std::option::Option<::std::boxed::Box<Inner>>,
        #[validate(nested)]
        pub inners: ::std::vec::Vec<Inner>,
        pub borrowed: &'a str,
        pub generic: T,
        #[accessors(copy)]
        pub pair: (u8, u8),
        // Fields named like the methods generated or called. A getter named like a
        // trait method would shadow it (a compile error): those fields keep their
        // setters and rules, without a getter.
        #[validate(range(min = 0))]
        #[accessors(get = false)]
        pub validate: i32,
        #[validate(not_before = validate)]
        pub later: ::std::option::Option<i32>,
        #[accessors(get = false)]
        pub validate_into: u8,
        pub into_inner: u8,
        pub len: u8,
        #[allow(clippy::iter_not_returning_iterator)] // the name under test
        pub iter: u8,
        pub field: u8,
        pub push: u8,
        pub index: u8,
        pub new: u8,
        #[accessors(get = false)]
        pub into: u8,
    }

    /// Type parameters and a lifetime named like what the derives generate, next to a
    /// required field `id` (whose state parameter was once `__Id`) and a group.
    #[derive(::callback_model::Builder, ::callback_model::Validate, ::callback_model::Accessors)]
    #[validate(at_least_one_of(a, b))]
    pub struct Clashing<'__callback, __S, S, __Id, __SL0: ::std::default::Default> {
        pub id: __Id,
        pub s: S,
        pub a: ::std::option::Option<&'__callback __S>,
        pub b: ::std::option::Option<__SL0>,
    }

    /// `Schema` next to the same names, with fields named like its locals and a bound
    /// named like a constant of the module.
    #[cfg(feature = "schema")]
    #[derive(::serde::Deserialize, ::callback_model::Validate, ::callback_model::Schema)]
    #[serde(rename_all = "camelCase")]
    #[validate(at_least_one_of(email_address, phone))]
    pub struct Schemed<T> {
        #[validate(range(min = report))]
        pub object: u8,
        #[validate(length(min = 1), each(uuid))]
        pub generator: ::std::vec::Vec<::std::string::String>,
        pub email_address: ::std::option::Option<::std::string::String>,
        pub phone: ::std::option::Option<T>,
        #[validate(nested)]
        pub inner: ::std::option::Option<::std::boxed::Box<SchemedInner>>,
    }

    #[cfg(feature = "schema")]
    #[derive(::serde::Deserialize, ::callback_model::Validate, ::callback_model::Schema)]
    pub struct SchemedInner {
        #[validate(uuid)]
        pub id: ::std::string::String,
    }

    #[derive(::callback_model::Builder, ::callback_model::Validate, ::callback_model::Accessors)]
    pub struct Inner {
        #[validate(uuid)]
        pub id: ::std::string::String,
    }
}

use callback_model::Validate;
use no_prelude::{Clashing, Everything, Inner};

fn everything(items: &[&str], validate: i32) -> Everything<'static, u8> {
    let mut builder = Everything::builder()
        .required("r")
        .name("n")
        .inner(Box::new(Inner::builder().id("x").build()))
        .inners([Inner::builder().id("123e4567-e89b-12d3-a456-426614174000").build()])
        .borrowed("b")
        .generic(1_u8)
        .pair((1, 2))
        .validate(validate)
        .later(5)
        .validate_into(1)
        .into_inner(2)
        .len(3)
        .iter(4)
        .field(5)
        .push(6)
        .index(7)
        .new(8)
        .into(9);
    for item in items {
        builder = builder.item(*item);
    }
    builder.build()
}

#[test]
fn builder_works_without_the_prelude() {
    let value = everything(&["a", "b"], 1);
    assert_eq!(value.items, ["a", "b"]);
    assert_eq!((value.count, value.seven), (0, 7));
    assert_eq!((value.len, value.into), (3, 9));
}

#[test]
fn validate_works_without_the_prelude() {
    // The field `validate` has no getter, so the method is the trait's.
    let errors = everything(&["a", " "], 9).validate().expect_err("invalid");
    let pointers: Vec<&str> = errors.iter().map(callback_model::Violation::json_pointer).collect();
    assert_eq!(pointers, ["/items/1", "/inner/id", "/later"]);
}

#[test]
fn accessors_work_without_the_prelude() {
    let mut value = everything(&[], 0);
    assert_eq!(value.name(), Some("n"));
    assert_eq!(value.pair(), (1, 2));
    assert_eq!(value.validate, 0);
    value.set_len(10_u8).set_name(Some("m".to_owned()));
    *value.iter_mut() = 11;
    let value = value.with_index(12_u8);
    assert_eq!((value.len(), value.name(), value.iter(), value.index()), (10, Some("m"), 11, 12));
}

#[test]
fn generated_parameters_never_clash_with_the_users() {
    let text = String::from("t");
    let value: Clashing<'_, String, u8, u16, u32> = Clashing::builder().id(7_u16).s(1_u8).a(&text).build();
    assert_eq!((value.id, value.s, value.a.map(String::as_str), value.b), (7, 1, Some("t"), None));
    assert!(value.validate().is_ok());
    let missing: Clashing<'_, String, u8, u16, u32> =
        Clashing::builder().id(7_u16).s(1_u8).b(2_u32).try_build().unwrap().into_inner();
    assert_eq!(missing.b, Some(2));
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_of_a_generic_struct_without_the_prelude() {
    let schema = callback_model::schema::json_schema::<no_prelude::Schemed<u32>>();
    assert_eq!(schema["title"], "Schemed_for_uint32");
    assert_eq!(schema["required"], serde_json::json!(["object", "generator"]));
    assert_eq!(schema["properties"]["object"]["minimum"], 0);
    assert_eq!(schema["properties"]["generator"]["minItems"], 1);
    assert_eq!(schema["properties"]["inner"]["anyOf"][0]["$ref"], "#/$defs/SchemedInner");
    assert_eq!(schema["allOf"][0]["anyOf"][1]["required"], serde_json::json!(["phone"]));
}
