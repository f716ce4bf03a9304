//! The JSON Schema of every model type (with the `schema` feature): golden files, the
//! keywords each rule becomes, and the patterns of the string rules, which accept
//! exactly what the rule functions accept.
//!
//! `UPDATE_SCHEMAS=1 cargo test -p callback-tests --features schema --test schema`
//! rewrites the golden files from the derive's output; review the diff.

#![cfg(feature = "schema")]

use callback_model::schema::{E164_PATTERN, NON_BLANK_PATTERN, PHONE_PATTERN, UUID_PATTERN, json_schema};
use callback_model::{
    AfterCallWork, Callback, CallbackIdentifier, ConversationQueueMediaSettings, CreateCallbackCommand,
    CreateCallbackResponse, DialerPreview, DomainEntityRef, PatchCallbackRequest, PhoneNumberColumn, RoutingData,
    ScoredAgent, Segment, Voicemail, Wrapup, rules,
};
use callback_tests::judge::Judge;
use callback_tests::strategies::{e164_text, phone_text, text, uuid_text};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::PathBuf;

/// A function that makes one type's schema.
type SchemaOf = fn() -> Value;

/// Every model type: the golden file's name and the type's schema.
const TYPES: &[(&str, SchemaOf)] = &[
    ("callback", json_schema::<Callback>),
    ("segment", json_schema::<Segment>),
    ("dialer_preview", json_schema::<DialerPreview>),
    ("phone_number_column", json_schema::<PhoneNumberColumn>),
    ("voicemail", json_schema::<Voicemail>),
    ("wrapup", json_schema::<Wrapup>),
    ("after_call_work", json_schema::<AfterCallWork>),
    ("conversation_queue_media_settings", json_schema::<ConversationQueueMediaSettings>),
    ("create_callback_command", json_schema::<CreateCallbackCommand>),
    ("routing_data", json_schema::<RoutingData>),
    ("scored_agent", json_schema::<ScoredAgent>),
    ("domain_entity_ref", json_schema::<DomainEntityRef>),
    ("create_callback_response", json_schema::<CreateCallbackResponse>),
    ("callback_identifier", json_schema::<CallbackIdentifier>),
    ("patch_callback_request", json_schema::<PatchCallbackRequest>),
];

#[test]
fn every_model_type_has_its_golden_schema() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/schemas");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (name, schema) in TYPES {
        let path = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(&schema()).unwrap() + "\n";
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these golden schemas differ from the derive's output (UPDATE_SCHEMAS=1 rewrites them): {stale:?}"
    );
}

#[test]
fn schema_for_gives_the_same_document() {
    assert_eq!(callback_model::schemars::schema_for!(Callback).to_value(), json_schema::<Callback>());
}

#[test]
fn every_schema_is_a_valid_draft_2020_12_schema() {
    for (name, schema) in TYPES {
        let schema = schema();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        assert!(jsonschema::meta::is_valid(&schema), "{name} is not a valid schema");
    }
}

#[test]
fn segment_says_its_required_field_and_the_rule_it_cannot_state() {
    let schema = json_schema::<Segment>();
    assert_eq!(schema["required"], json!(["startTime"]));
    assert_eq!(
        schema["properties"]["startTime"],
        json!({"type": "string", "format": "date-time", "description": "When the segment began."})
    );
    let end = &schema["properties"]["endTime"];
    assert_eq!(end["type"], json!(["string", "null"]));
    assert_eq!(end["x-rules"], json!(["not_before"]));
    let description = end["description"].as_str().unwrap();
    assert!(description.starts_with("When the segment ended;"), "{description}");
    assert!(description.contains("Must not be before `startTime` (rule `not_before`"), "{description}");
}

#[test]
fn a_create_command_needs_a_queue_in_one_of_two_places() {
    let schema = json_schema::<CreateCallbackCommand>();
    let present = |wire: &str| json!({"required": [wire], "properties": {wire: {"not": {"type": "null"}}}});
    assert_eq!(schema["allOf"], json!([{"anyOf": [present("queueId"), present("routingData")]}]));
    assert_eq!(schema["required"], json!(["callbackNumbers"]));
    let numbers = &schema["properties"]["callbackNumbers"];
    assert_eq!(numbers["minItems"], 1);
    // Two patterns on one value: the second is in `allOf`, so both must hold.
    assert_eq!(numbers["items"]["pattern"], NON_BLANK_PATTERN);
    assert_eq!(numbers["items"]["allOf"], json!([{"pattern": PHONE_PATTERN}]));
    assert_eq!(schema["$defs"]["RoutingData"]["properties"]["queueId"]["pattern"], UUID_PATTERN);
    assert_eq!(schema["$defs"]["RoutingData"]["properties"]["queueId"]["format"], "uuid");
}

#[test]
fn integers_keep_the_bounds_of_their_rust_type_and_of_their_range() {
    let schema = json_schema::<ScoredAgent>();
    let score = &schema["properties"]["score"];
    assert_eq!((score["minimum"].clone(), score["maximum"].clone()), (json!(0), json!(100)));
    let schema = json_schema::<ConversationQueueMediaSettings>();
    let timeout = &schema["properties"]["alertingTimeoutSeconds"];
    assert_eq!((timeout["minimum"].clone(), timeout["maximum"].clone()), (json!(0), json!(i32::MAX)));
    let schema = json_schema::<RoutingData>();
    let priority = &schema["properties"]["priority"];
    assert_eq!((priority["minimum"].clone(), priority["maximum"].clone()), (json!(i32::MIN), json!(i32::MAX)));
}

#[test]
fn an_enum_that_keeps_unknown_values_accepts_any_string_and_lists_the_known_ones() {
    let schema = json_schema::<Callback>();
    let state = &schema["$defs"]["CallbackState"];
    assert_eq!(state["type"], "string");
    assert!(state.get("enum").is_none(), "{state}");
    let known: Vec<&str> =
        callback_model::CallbackState::KNOWN.iter().map(callback_model::CallbackState::as_str).collect();
    assert_eq!(state["examples"], json!(known));
    assert_eq!(schema["properties"]["state"]["anyOf"], json!([{"$ref": "#/$defs/CallbackState"}, {"type": "null"}]));
}

/// A validator of `{"type": "string", "pattern": pattern}`, by the crate that checks
/// agreement (its regular expressions are the ones that matter).
fn pattern_validator(pattern: &str) -> jsonschema::Validator {
    Judge::of_schema(json!({"type": "string", "pattern": pattern})).validator
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn the_uuid_pattern_accepts_exactly_what_uuid_accepts(value in prop_oneof![uuid_text(), text(), any::<String>()]) {
        let accepted = pattern_validator(UUID_PATTERN).is_valid(&json!(value));
        prop_assert_eq!(accepted, rules::is_uuid(&value), "{:?}", value);
    }

    #[test]
    fn the_e164_pattern_accepts_exactly_what_e164_accepts(value in prop_oneof![e164_text(), text(), any::<String>()]) {
        let accepted = pattern_validator(E164_PATTERN).is_valid(&json!(value));
        prop_assert_eq!(accepted, rules::is_e164(&value), "{:?}", value);
    }

    #[test]
    fn the_phone_pattern_accepts_exactly_what_phone_accepts(value in prop_oneof![phone_text(), "(?i:tel:)?\\+?[0-9 ().+-]{0,20}", text()]) {
        let accepted = pattern_validator(PHONE_PATTERN).is_valid(&json!(value));
        prop_assert_eq!(accepted, rules::is_phone(&value), "{:?}", value);
    }

    #[test]
    fn the_non_blank_pattern_accepts_exactly_what_non_blank_accepts(
        value in prop_oneof![text(), "[ \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{1680}\u{2000}-\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}\u{180e}\u{200b}x]{0,4}", any::<String>()]
    ) {
        let accepted = pattern_validator(NON_BLANK_PATTERN).is_valid(&json!(value));
        prop_assert_eq!(accepted, !rules::is_blank(&value), "{:?}", value);
    }
}

/// The wire view of a struct of one's own: `flatten`, `skip`, `default`,
/// `deny_unknown_fields`, `rename`, a 128-bit integer, the other two groups.
mod wire_view {
    use callback_model::{Schema, Validate, schema::json_schema};
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)] // read by serde and the schema only
    #[serde(deny_unknown_fields)]
    #[validate(exactly_one_of(email, phone), at_most_one_of(fax, pager))]
    struct Contact {
        #[serde(rename = "mail")]
        email: Option<String>,
        phone: Option<String>,
        fax: Option<String>,
        #[validate(length(min = 1))]
        pager: Option<Vec<String>>,
        #[serde(default)]
        attempts: u32,
        #[serde(skip)]
        cache: u64,
        total: i128,
        counts: std::collections::BTreeMap<String, i32>,
        #[serde(flatten)]
        #[validate(nested)]
        address: Address,
    }

    #[derive(Deserialize, Validate, Schema)]
    struct Address {
        #[validate(non_blank)]
        street: String,
        #[validate(each(required))]
        lines: Vec<Option<String>>,
    }

    #[test]
    fn is_stated_as_serde_reads_it() {
        let schema = json_schema::<Contact>();
        let properties = schema["properties"].as_object().unwrap();
        let mut names: Vec<&str> = properties.keys().map(String::as_str).collect();
        names.sort_unstable();
        assert_eq!(names, ["attempts", "counts", "fax", "lines", "mail", "pager", "phone", "street", "total"]);
        assert_eq!(schema["required"], json!(["total", "counts", "street", "lines"]));
        assert_eq!(schema["unevaluatedProperties"], false);
        // A 128-bit integer carries no bounds: JSON numbers do not hold them.
        assert!(properties["total"].get("minimum").is_none(), "{}", properties["total"]);
        assert_eq!(properties["attempts"]["maximum"], u32::MAX);
        assert_eq!(properties["counts"]["additionalProperties"]["maximum"], i32::MAX);
        assert_eq!(properties["lines"]["items"]["not"], json!({"type": "null"}));
        let validator = callback_tests::judge::Judge::of_schema(schema).validator;
        let base = json!({"total": 1, "counts": {"a": 1}, "street": "Main", "lines": ["1"], "mail": "a@b"});
        assert!(validator.is_valid(&base));
        let with = |key: &str, value: serde_json::Value| {
            let mut document = base.clone();
            document[key] = value;
            document
        };
        // exactly one of mail and phone; at most one of fax and a non-empty pager.
        assert!(!validator.is_valid(&with("phone", json!("1"))));
        assert!(validator.is_valid(&with("phone", json!(null))));
        assert!(validator.is_valid(&with("fax", json!("1"))));
        let both = with("fax", json!("1"));
        let mut both = both;
        both["pager"] = json!(["1"]);
        assert!(!validator.is_valid(&both));
        both["pager"] = json!(null);
        assert!(validator.is_valid(&both));
        assert!(!validator.is_valid(&with("unknown", json!(1))));
        assert!(!validator.is_valid(&with("lines", json!([null]))));
        assert!(!validator.is_valid(&with("street", json!(" "))));
        assert!(!validator.is_valid(&with("counts", json!({"a": 2_147_483_648_i64}))));
    }
}

/// A struct that borrows from the input derives `Schema` too.
mod borrowed {
    use callback_model::{Schema, Validate, schema::json_schema};
    use serde::Deserialize;

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)] // read by serde and the schema only
    struct Tagged<'a> {
        #[validate(non_blank)]
        name: &'a str,
        #[serde(borrow)]
        tags: Vec<&'a str>,
    }

    /// Generic as well: read for the inputs that outlive `'a`, not for every input.
    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)] // read by serde and the schema only
    struct Page<'a, T> {
        #[serde(borrow)]
        #[validate(non_blank)]
        cursor: &'a str,
        #[validate(length(max = 50))]
        items: Vec<T>,
    }

    #[test]
    fn a_generic_one_has_the_schema_of_its_owned_twin() {
        let schema = json_schema::<Page<'static, u32>>();
        assert_eq!(schema["required"], serde_json::json!(["cursor", "items"]));
        assert_eq!(schema["properties"]["cursor"]["pattern"], callback_model::schema::NON_BLANK_PATTERN);
        assert_eq!(schema["properties"]["items"]["maxItems"], 50);
    }

    #[test]
    fn has_the_schema_of_its_owned_twin() {
        let schema = json_schema::<Tagged<'static>>();
        assert_eq!(schema["required"], serde_json::json!(["name", "tags"]));
        assert_eq!(schema["properties"]["name"]["pattern"], callback_model::schema::NON_BLANK_PATTERN);
        assert_eq!(schema["properties"]["tags"]["items"]["type"], "string");
    }
}

/// Cases a review found the schema and `Valid<T>` to disagree on, each now agreeing.
mod review {
    use callback_model::{Schema, Validate, schema::json_schema};
    use callback_tests::judge::judged;
    use serde::Deserialize;
    use serde_json::{Value, json};

    type Maybe = Option<i32>;

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct OptionsByAnotherName {
        boxed: Box<Option<i32>>,
        aliased: Maybe,
        #[validate(required)]
        #[allow(clippy::option_option)] // the case under test
        twice: Option<Option<i32>>,
        #[validate(required)]
        any: Option<Value>,
    }

    #[test]
    fn an_option_by_another_name_may_be_missing_and_required_refuses_null_inside() {
        let both = |document: Value| judged::<OptionsByAnotherName>(&document);
        assert_eq!(both(json!({"twice": 1, "any": 1})), (true, true));
        assert_eq!(both(json!({"twice": null, "any": 1})), (false, false));
        assert_eq!(both(json!({"twice": 1, "any": null})), (false, false));
        assert_eq!(both(json!({"boxed": null, "aliased": 2, "twice": 1, "any": []})), (true, true));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Renamed {
        #[serde(rename(serialize = "outName"))]
        in_name: String,
        #[serde(rename(serialize = "written", deserialize = "read"))]
        both: String,
    }

    #[test]
    fn a_serialize_only_rename_leaves_the_name_serde_reads() {
        let schema = json_schema::<Renamed>();
        assert_eq!(schema["required"], json!(["in_name", "read"]));
        assert_eq!(judged::<Renamed>(&json!({"in_name": "x", "read": "y"})), (true, true));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Wide {
        #[validate(range(max = 3_000_000_000))]
        big: i64,
        #[validate(length(max = 3_000_000_000))]
        name: String,
    }

    #[test]
    fn a_literal_bound_beyond_i32_is_the_number_written() {
        let schema = json_schema::<Wide>();
        assert_eq!(schema["properties"]["big"]["maximum"], 3_000_000_000_i64);
        assert_eq!(schema["properties"]["name"]["maxLength"], 3_000_000_000_u64);
    }

    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Deserialize)]
    struct Score(u8);

    impl callback_model::schemars::JsonSchema for Score {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "Score".into()
        }

        fn json_schema(_: &mut callback_model::schemars::SchemaGenerator) -> callback_model::schemars::Schema {
            callback_model::schemars::json_schema!({"type": "integer", "minimum": 0, "maximum": 255})
        }
    }

    impl std::fmt::Display for Score {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{}", self.0)
        }
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Rated {
        #[validate(range(min = Score(1)))]
        score: Score,
    }

    #[test]
    fn a_range_over_a_type_json_schema_cannot_compare_is_in_x_rules() {
        let schema = json_schema::<Rated>();
        assert_eq!(schema["properties"]["score"]["x-rules"], json!(["range"]));
        let says = schema["properties"]["score"]["description"].as_str().unwrap();
        assert!(says.contains("at least `Score(1)`"), "{says}");
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Sized<const N: usize> {
        #[validate(length(max = N))]
        items: Vec<i32>,
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct TwoSizes {
        one: Sized<1>,
        three: Sized<3>,
    }

    #[test]
    fn const_parameters_name_the_schema() {
        let schema = json_schema::<TwoSizes>();
        assert_eq!(schema["$defs"]["Sized_for_1"]["properties"]["items"]["maxItems"], 1);
        assert_eq!(schema["$defs"]["Sized_for_3"]["properties"]["items"]["maxItems"], 3);
        assert_eq!(judged::<TwoSizes>(&json!({"one": {"items": [1]}, "three": {"items": [1, 2, 3]}})), (true, true));
    }

    #[derive(Deserialize, Validate, Schema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        x: i32,
    }

    #[derive(Deserialize, Validate, Schema)]
    #[allow(dead_code)]
    struct Outer {
        y: i32,
        #[serde(flatten)]
        strict: Strict,
    }

    #[test]
    fn a_flattened_struct_refuses_nothing_of_its_parent() {
        assert_eq!(judged::<Outer>(&json!({"x": 1, "y": 2})), (true, true));
        assert_eq!(judged::<Outer>(&json!({"y": 2})), (false, false));
    }
}
