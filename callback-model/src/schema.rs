//! JSON Schema of the wire format, with the `schema` feature: [`json_schema`], the
//! patterns the string rules become, and the runtime of `#[derive(Schema)]`.
//!
//! ```
//! # #[cfg(feature = "schema")] {
//! use callback_model::{Segment, schema::json_schema};
//!
//! let schema = json_schema::<Segment>();
//! assert_eq!(schema["required"], serde_json::json!(["startTime"]));
//! assert_eq!(schema["properties"]["endTime"]["x-rules"], serde_json::json!(["not_before"]));
//! # }
//! ```
//!
//! # What the schema says
//!
//! The document is JSON Schema draft 2020-12. It describes what the parser reads, in
//! wire names: every property serde reads (`rename`, `rename_all`, `flatten`; a
//! `skip`ped field is not there), `required` for the fields serde needs and those
//! `#[validate(required)]` makes necessary, `null` accepted where an `Option` may be
//! absent, and every `#[validate]` rule as the keyword that says it:
//!
//! | rule | keywords |
//! | --- | --- |
//! | `required` | the field is in `required`, and `null` is refused |
//! | `length(min, max)` | `minLength` / `maxLength` on strings (characters), `minItems` / `maxItems` on lists, `minProperties` / `maxProperties` on maps; both kinds on a type the derive cannot see into |
//! | `range(min, max)` | `minimum` / `maximum` |
//! | an integer type | `minimum` / `maximum` of the Rust type (`i32`: -2147483648 to 2147483647), as the parser refuses the rest; also on the elements of a list and the values of a map |
//! | `uuid` | `"format": "uuid"` and [`UUID_PATTERN`] |
//! | `e164`, `phone`, `non_blank` | [`E164_PATTERN`], [`PHONE_PATTERN`], [`NON_BLANK_PATTERN`] |
//! | `each(..)` | the rules' keywords in `items` |
//! | `nested` | nothing more: the nested type's schema (a `$ref`) holds its rules |
//! | `at_least_one_of(a, b)` | `anyOf` of the members present |
//! | `exactly_one_of(a, b)` | `oneOf` of the members present |
//! | `at_most_one_of(a, b)` | `not` of `anyOf` of two members present |
//! | `not_before`, `custom`, `check`, and `range` over a type that is no JSON number (a newtype) | `x-rules` (`["not_before"]`: the rule's code) and a sentence in the `description` |
//!
//! A group member is present as the rules count it: there, not `null`, and a list or
//! a map not empty. A rule's keywords go on the value it checks: an `Option`'s keywords
//! apply to its value, and `null` still passes them, as `None` passes the rule.
//!
//! # Where a validator and `Valid<T>` disagree
//!
//! A JSON Schema validator (draft 2020-12, formats asserted) accepts a document exactly
//! when `json::from_str::<Valid<T>>` does, except for:
//!
//! - the rules in `x-rules`, which JSON Schema cannot say (`not_before` compares two
//!   fields; `custom` and `check` run code);
//! - timestamps: the parser reads a space between date and time, which
//!   `"format": "date-time"` refuses, and a leap second (`:60`) at any minute, which
//!   `date-time` accepts only at 23:59:60 UTC;
//! - a number with a zero fraction or an exponent (`5.0`, `5e1`) for an integer field:
//!   JSON Schema calls it an integer, the parser refuses a float there;
//! - a repeated key: the parser refuses it, while a validator reads a parsed document,
//!   in which one of the two is left;
//! - `i128` and `u128` fields carry no type bounds (they do not fit a JSON number),
//!   and the bounds of an integer type are stated where the field's type names it
//!   (`i32`, `Option<i32>`, `Vec<i32>`, a map's `i32` values): an alias (`type Id =
//!   i32`), a tuple, a wrapper, or the values of a map with integer keys keep what
//!   their own schema says, which for `i32` is no bound;
//! - `range` on an `f32`: the parser compares in `f32`, a validator in `f64`;
//!
//! and, for structs of your own (none of these occurs in the model's types):
//!
//! - a missing field that serde fills in with a default (`#[serde(default)]`) is not
//!   in `required`, and its rules check the default at run time only;
//! - serde's derived `Deserialize` also reads a struct from an array of its fields in
//!   order (`["Ada", 3]`), which the schema of an object refuses; the model's types
//!   refuse arrays too;
//! - a set (`BTreeSet`, `HashSet`) is `uniqueItems` in its schema (schemars'), while
//!   serde keeps one of two equal elements;
//! - a borrowed `&str` field cannot hold a string with an escape (`"a\nb"`), which the
//!   parser refuses and the schema (a string) accepts.
//!
//! `tests/tests/schema_agreement.rs` has a named test for each.
//!
//! What the derive refuses, because its schema would be wrong: a struct serde does not
//! read; a field read by a function of its own without `#[schema(with = Type)]`;
//! `#[serde(transparent)]`, `tag`, `from` and `try_from`; `alias`; a unit struct; a
//! flattened `Option` or map, and a rule other than `nested` on a flattened field.

use crate::rules;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

/// The draft 2020-12 document of `T`: its schema, with the types it refers to in
/// `$defs`.
pub fn json_schema<T: JsonSchema + ?Sized>() -> Value {
    schemars::generate::SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>().to_value()
}

/// The `pattern` of `uuid`: exactly what [`rules::is_uuid`] accepts.
pub const UUID_PATTERN: &str = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/// The `pattern` of `e164`: exactly what [`rules::is_e164`] accepts.
pub const E164_PATTERN: &str = "^\\+[1-9][0-9]{1,14}$";

/// The `pattern` of `phone`: exactly what [`rules::is_phone`] accepts.
pub const PHONE_PATTERN: &str = "^(?:[Tt][Ee][Ll]:)?\\+?[ ().-]*(?:[0-9][ ().-]*){3,15}$";

/// The `pattern` of `non_blank`: a character that is not white space as
/// [`char::is_whitespace`] counts it, each named by its code point (`\s` in a JSON
/// Schema pattern is ECMAScript's, which counts U+FEFF and not U+0085).
pub const NON_BLANK_PATTERN: &str =
    "[^\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

// The rule functions these patterns stand for, so that a reader of one finds the other.
// (`non_blank` is a closure: a function used only here is dead code to rustc 1.85.)
const _: [fn(&str) -> bool; 4] = [rules::is_uuid, rules::is_e164, rules::is_phone, |value| !rules::is_blank(value)];

/// What the generated `JsonSchema` impls call. Not a public API.
#[doc(hidden)]
pub mod private {
    use super::{E164_PATTERN, NON_BLANK_PATTERN, PHONE_PATTERN, UUID_PATTERN};
    use schemars::{JsonSchema, Schema, SchemaGenerator};
    use serde_json::{Map, Value};

    /// One keyword a rule becomes, on the value the rule checks.
    pub enum Keyword<'a> {
        /// `length` on a string: `minLength` / `maxLength`.
        TextLength(Option<u64>, Option<u64>),
        /// `length` on a list: `minItems` / `maxItems`.
        ItemsLength(Option<u64>, Option<u64>),
        /// `length` on a map: `minProperties` / `maxProperties`.
        MapLength(Option<u64>, Option<u64>),
        /// `length` on a type the derive cannot see into: all three.
        AnyLength(Option<u64>, Option<u64>),
        /// `range`, or the bounds of an integer type: `minimum` / `maximum`.
        Range(Option<Value>, Option<Value>),
        /// `uuid`.
        Uuid,
        /// `e164`.
        E164,
        /// `phone`.
        Phone,
        /// `non_blank`.
        NonBlank,
        /// `required` inside `each(..)`: `null` is refused.
        NotNull,
        /// `each(..)`: keywords of the elements.
        Items(&'a [Keyword<'a>]),
        /// Keywords of a map's values (the bounds of an integer value type).
        Values(&'a [Keyword<'a>]),
        /// A rule JSON Schema cannot say: its code, for `x-rules`, and what it checks.
        Unstated {
            /// The rule's code.
            code: &'static str,
            /// A sentence for the `description`.
            says: &'a str,
        },
    }

    /// How a group member counts as present.
    #[derive(Clone, Copy)]
    pub enum Presence {
        /// An `Option`: there and not `null`.
        Some,
        /// A list: there and not empty (`null` when it is an `Option`).
        Items,
        /// A map: there and not empty.
        Entries,
    }

    /// Which group rule.
    #[derive(Clone, Copy)]
    pub enum Group {
        /// `at_least_one_of`.
        AtLeastOne,
        /// `exactly_one_of`.
        ExactlyOne,
        /// `at_most_one_of`.
        AtMostOne,
    }

    /// A number as JSON: the bound of a `range`, or of an integer type.
    pub trait Number: Copy {
        /// The number, or `None` when JSON cannot hold it exactly.
        fn to_json(self) -> Option<Value>;
    }

    macro_rules! numbers {
        ($($ty:ty),* $(,)?) => {$(
            impl Number for $ty {
                fn to_json(self) -> Option<Value> {
                    serde_json::to_value(self).ok().filter(|value| !value.is_null())
                }
            }
        )*};
    }
    numbers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

    impl Number for i128 {
        fn to_json(self) -> Option<Value> {
            i64::try_from(self).map(Value::from).or_else(|_| u64::try_from(self).map(Value::from)).ok()
        }
    }

    impl Number for u128 {
        fn to_json(self) -> Option<Value> {
            u64::try_from(self).ok().map(Value::from)
        }
    }

    pub use serde;

    /// Asserts, where the impl is generated, that serde reads the type: the schema is
    /// of what serde reads. For some lifetime: a struct that borrows from the input
    /// (`&'a str`) is read for the lifetimes that outlive `'a` only.
    pub fn reads_json<'de, T: serde::Deserialize<'de>>() {}

    /// Whether serde reads a missing field of type `T` (one without a default) as a
    /// value: serde asks `T` to read itself from a deserializer that has nothing but
    /// `None` to give, and an option type (`Option`, an alias of it, a `Box` of it)
    /// reads that. This is that deserializer.
    pub fn absent_when_missing<'de, T: serde::Deserialize<'de>>() -> bool {
        T::deserialize(Missing).is_ok()
    }

    /// A missing field, as serde reads one: `None` to an option, an error to anything
    /// else.
    struct Missing;

    impl<'de> serde::Deserializer<'de> for Missing {
        type Error = serde::de::value::Error;

        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("missing field"))
        }

        fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            visitor.visit_none()
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf unit unit_struct newtype_struct seq tuple
            tuple_struct map struct enum identifier ignored_any
        }
    }

    /// A literal `range` bound.
    pub fn int(number: i128) -> Option<Value> {
        i128::to_json(number)
    }

    /// A literal `range` bound with a fraction.
    pub fn float(number: f64) -> Option<Value> {
        f64::to_json(number)
    }

    /// A `length` bound as a count, `None` when it is negative.
    pub fn count<N: TryInto<u64>>(count: N) -> Option<u64> {
        count.try_into().ok()
    }

    /// `number` as JSON.
    pub fn number<N: Number>(number: N) -> Option<Value> {
        number.to_json()
    }

    /// The bounds of the integer type `N` (none for 128-bit types, which JSON numbers
    /// do not hold).
    pub fn int_bounds<N: Number>(min: N, max: N) -> Keyword<'static> {
        match (min.to_json(), max.to_json()) {
            (Some(min), Some(max)) => Keyword::Range(Some(min), Some(max)),
            _ => Keyword::Range(None, None),
        }
    }

    /// A struct's schema, property by property.
    pub struct Object<'g> {
        generator: &'g mut SchemaGenerator,
        properties: Map<String, Value>,
        required: Vec<Value>,
        all_of: Vec<Value>,
        x_rules: Vec<Value>,
        says: Vec<String>,
    }

    impl<'g> Object<'g> {
        /// An object with no properties yet.
        pub fn new(generator: &'g mut SchemaGenerator) -> Self {
            Object {
                generator,
                properties: Map::new(),
                required: Vec::new(),
                all_of: Vec::new(),
                x_rules: Vec::new(),
                says: Vec::new(),
            }
        }

        /// The property `wire`, of type `T`, with the keywords of its rules.
        pub fn property<T: JsonSchema + ?Sized>(
            &mut self,
            wire: &str,
            required: bool,
            doc: &str,
            keywords: &[Keyword<'_>],
        ) {
            let mut schema = self.generator.subschema_for::<T>();
            if !(keywords.is_empty() && doc.is_empty()) {
                let object = schema.ensure_object();
                apply_to(object, keywords);
                // A `$ref`'s own type has its description in `$defs`: the field's doc
                // goes before whatever the type's inline schema says.
                describe(object, doc, Place::First);
            }
            if required {
                self.required.push(Value::from(wire));
            }
            self.properties.insert(wire.to_owned(), schema.to_value());
        }

        /// A `#[serde(flatten)]` field of type `T`: its properties are this object's.
        pub fn flatten<T: JsonSchema + ?Sized>(&mut self) {
            let schema = T::json_schema(self.generator).to_value();
            let Value::Object(schema) = schema else {
                self.all_of.push(schema);
                return;
            };
            for (key, value) in schema {
                match (key.as_str(), value) {
                    ("properties", Value::Object(properties)) => self.properties.extend(properties),
                    ("required", Value::Array(required)) => self.required.extend(required),
                    // serde reads a flattened struct's fields and hands it the rest:
                    // its own `deny_unknown_fields` refuses nothing there.
                    (
                        "type" | "description" | "title" | "$schema" | "unevaluatedProperties" | "additionalProperties",
                        _,
                    ) => {}
                    ("allOf", Value::Array(all_of)) => self.all_of.extend(all_of),
                    (_, value) => self.all_of.push(Value::Object(Map::from_iter([(key, value)]))),
                }
            }
        }

        /// A group rule over `members` (wire name and how each counts as present).
        pub fn group(&mut self, group: Group, members: &[(&str, Presence)]) {
            let present: Vec<Value> = members.iter().map(|&(wire, presence)| present(wire, presence)).collect();
            let rule = match group {
                Group::AtLeastOne => serde_json::json!({ "anyOf": present }),
                Group::ExactlyOne => serde_json::json!({ "oneOf": present }),
                Group::AtMostOne => {
                    let mut pairs = Vec::new();
                    for (i, first) in present.iter().enumerate() {
                        for second in &present[i + 1..] {
                            pairs.push(serde_json::json!({ "allOf": [first, second] }));
                        }
                    }
                    serde_json::json!({ "not": { "anyOf": pairs } })
                }
            };
            self.all_of.push(rule);
        }

        /// A struct rule JSON Schema cannot say (`check = f`).
        pub fn unstated(&mut self, code: &'static str, says: &str) {
            self.x_rules.push(Value::from(code));
            self.says.push(says.to_owned());
        }

        /// The object's schema.
        pub fn finish(self, doc: &str, deny_unknown_fields: bool) -> Schema {
            let mut out = Map::new();
            out.insert("type".to_owned(), Value::from("object"));
            out.insert("properties".to_owned(), Value::Object(self.properties));
            if !self.required.is_empty() {
                out.insert("required".to_owned(), Value::Array(self.required));
            }
            if !self.all_of.is_empty() {
                out.insert("allOf".to_owned(), Value::Array(self.all_of));
            }
            if deny_unknown_fields {
                out.insert("unevaluatedProperties".to_owned(), Value::Bool(false));
            }
            if !self.x_rules.is_empty() {
                out.insert("x-rules".to_owned(), Value::Array(self.x_rules));
            }
            describe(&mut out, doc, Place::Last);
            for says in &self.says {
                describe(&mut out, says, Place::Last);
            }
            Schema::from(out)
        }
    }

    /// The schema of a member being present.
    fn present(wire: &str, presence: Presence) -> Value {
        let value = match presence {
            Presence::Some => serde_json::json!({ "not": { "type": "null" } }),
            Presence::Items => serde_json::json!({ "type": "array", "minItems": 1 }),
            Presence::Entries => serde_json::json!({ "type": "object", "minProperties": 1 }),
        };
        serde_json::json!({ "required": [wire], "properties": { wire: value } })
    }

    /// Where a text goes in a description.
    #[derive(Clone, Copy)]
    enum Place {
        /// Before what is there (a field's doc, before its type's description).
        First,
        /// After it (a sentence a rule adds).
        Last,
    }

    /// Adds `text` (when there is one) to the `description` of `object`, a paragraph
    /// of its own at `place`.
    fn describe(object: &mut Map<String, Value>, text: &str, place: Place) {
        if text.is_empty() {
            return;
        }
        let text = match (object.get("description").and_then(Value::as_str), place) {
            (Some(before), Place::First) if !before.is_empty() => format!("{text}\n\n{before}"),
            (Some(before), Place::Last) if !before.is_empty() => format!("{before}\n\n{text}"),
            _ => text.to_owned(),
        };
        object.insert("description".to_owned(), Value::String(text));
    }

    /// Puts `keywords` on `object`; a rule JSON Schema cannot say adds its sentence to
    /// the description.
    fn apply_to(object: &mut Map<String, Value>, keywords: &[Keyword<'_>]) {
        for keyword in keywords {
            match keyword {
                Keyword::TextLength(min, max) => bounds(object, ["minLength", "maxLength"], *min, *max),
                Keyword::ItemsLength(min, max) => bounds(object, ["minItems", "maxItems"], *min, *max),
                Keyword::MapLength(min, max) => bounds(object, ["minProperties", "maxProperties"], *min, *max),
                Keyword::AnyLength(min, max) => {
                    bounds(object, ["minLength", "maxLength"], *min, *max);
                    bounds(object, ["minItems", "maxItems"], *min, *max);
                    bounds(object, ["minProperties", "maxProperties"], *min, *max);
                }
                Keyword::Range(min, max) => {
                    if let Some(min) = min {
                        tighter(object, "minimum", min, std::cmp::Ordering::Greater);
                    }
                    if let Some(max) = max {
                        tighter(object, "maximum", max, std::cmp::Ordering::Less);
                    }
                }
                Keyword::Uuid => {
                    merge(object, "format", Value::from("uuid"));
                    merge(object, "pattern", Value::from(UUID_PATTERN));
                }
                Keyword::NotNull => merge(object, "not", serde_json::json!({ "type": "null" })),
                Keyword::E164 => merge(object, "pattern", Value::from(E164_PATTERN)),
                Keyword::Phone => merge(object, "pattern", Value::from(PHONE_PATTERN)),
                Keyword::NonBlank => merge(object, "pattern", Value::from(NON_BLANK_PATTERN)),
                Keyword::Items(inner) => within(object, "items", inner),
                Keyword::Values(inner) => within(object, "additionalProperties", inner),
                Keyword::Unstated { code, says } => {
                    let rules = object.entry("x-rules").or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(rules) = rules {
                        rules.push(Value::from(*code));
                    }
                    describe(object, says, Place::Last);
                }
            }
        }
    }

    /// Puts `keywords` on the subschema at `key` (`items`, `additionalProperties`),
    /// made an object when it is absent or `true`.
    fn within(object: &mut Map<String, Value>, key: &str, keywords: &[Keyword<'_>]) {
        let inner = object.entry(key).or_insert_with(|| Value::Object(Map::new()));
        if let Value::Bool(true) = inner {
            *inner = Value::Object(Map::new());
        }
        if let Value::Object(inner) = inner {
            apply_to(inner, keywords);
        }
    }

    fn bounds(object: &mut Map<String, Value>, keys: [&str; 2], min: Option<u64>, max: Option<u64>) {
        if let Some(min) = min {
            tighter(object, keys[0], &Value::from(min), std::cmp::Ordering::Greater);
        }
        if let Some(max) = max {
            tighter(object, keys[1], &Value::from(max), std::cmp::Ordering::Less);
        }
    }

    /// Sets `key` to `bound`, or keeps the bound there when it is tighter already
    /// (`wins` is how a tighter bound compares with a looser one).
    fn tighter(object: &mut Map<String, Value>, key: &str, bound: &Value, wins: std::cmp::Ordering) {
        let replace = match object.get(key) {
            Some(before) => compare(bound, before) == Some(wins),
            None => true,
        };
        if replace {
            object.insert(key.to_owned(), bound.clone());
        }
    }

    fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
        let (Value::Number(a), Value::Number(b)) = (a, b) else { return None };
        match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
            (Some(a), Some(b), _, _) => Some(a.cmp(&b)),
            (_, _, Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
        }
    }

    /// Sets `key` to `value`; when the type's own schema has another value there
    /// (its own `pattern`, say), both must hold: the rule's goes in `allOf`.
    pub(super) fn merge(object: &mut Map<String, Value>, key: &str, value: Value) {
        match object.get(key) {
            None => {
                object.insert(key.to_owned(), value);
            }
            Some(before) if *before == value => {}
            Some(_) => {
                let all_of = object.entry("allOf").or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(all_of) = all_of {
                    all_of.push(Value::Object(Map::from_iter([(key.to_owned(), value)])));
                }
            }
        }
    }
}

/// The schema of a string enum that keeps unknown values: any string, with the values
/// this version knows as `examples` and in the description (an `enum` keyword would
/// refuse a value of a newer API version, which the parser accepts).
#[doc(hidden)]
pub fn open_enum(known: &[&str], doc: &str) -> Schema {
    let list = known.iter().map(|value| format!("`{value}`")).collect::<Vec<_>>().join(", ");
    let says = format!("Known values: {list}; a newer API version may send others, which are kept.");
    let description = if doc.is_empty() { says } else { format!("{doc}\n\n{says}") };
    let mut out = Map::new();
    out.insert("type".to_owned(), Value::from("string"));
    out.insert("examples".to_owned(), serde_json::json!(known));
    out.insert("description".to_owned(), Value::from(description));
    Schema::from(out)
}
