//! `#[derive(Validate)]`: every rule on a valid and an invalid value, paths in Rust
//! names and JSON pointers in wire names, nesting through `Option`, `Vec` and `Box`,
//! overrides, custom rules, struct checks, and the runtime types.

use callback_model::{Builder, Report, Valid, Validate, ValidationErrors, Violation};
use serde::{Deserialize, Serialize};

/// `(path, pointer, code)` of every violation, in order.
fn found(errors: &ValidationErrors) -> Vec<(String, String, String)> {
    errors.iter().map(|v| (v.path().to_owned(), v.json_pointer().to_owned(), v.code().to_owned())).collect()
}

fn violations(value: &impl Validate) -> Vec<(String, String, String)> {
    value.validate().map_or_else(|errors| found(&errors), |()| Vec::new())
}

fn one(path: &str, pointer: &str, code: &str) -> Vec<(String, String, String)> {
    vec![(path.to_owned(), pointer.to_owned(), code.to_owned())]
}

#[derive(Debug, Clone, Default, Validate)]
struct Rules {
    #[validate(required)]
    required: Option<u8>,
    #[validate(length(min = 2, max = 4))]
    text: String,
    #[validate(length(max = 2))]
    list: Vec<u8>,
    #[validate(range(min = -5, max = 5))]
    number: i32,
    #[validate(range(min = 0, max = 1))]
    ratio: f64,
    #[validate(uuid)]
    id: Option<String>,
    #[validate(e164)]
    e164: Option<String>,
    #[validate(phone)]
    phone: Option<String>,
    #[validate(non_blank)]
    name: Option<String>,
}

fn valid_rules() -> Rules {
    Rules {
        required: Some(1),
        text: "abc".into(),
        list: vec![1],
        number: 0,
        ratio: 0.5,
        id: Some("123e4567-e89b-12d3-a456-426614174000".into()),
        e164: Some("+4930123456".into()),
        phone: Some("tel:+49 (30) 123-456".into()),
        name: Some(" x ".into()),
    }
}

#[test]
fn a_value_that_keeps_every_rule_is_valid() {
    assert_eq!(violations(&valid_rules()), []);
}

#[test]
fn required_fails_on_none() {
    let value = Rules { required: None, ..valid_rules() };
    assert_eq!(violations(&value), one("required", "/required", "required"));
}

#[test]
fn length_counts_characters_of_strings_and_items_of_collections() {
    assert_eq!(violations(&Rules { text: "é".into(), ..valid_rules() }), one("text", "/text", "length"));
    assert_eq!(violations(&Rules { text: "éééé".into(), ..valid_rules() }), []);
    assert_eq!(violations(&Rules { text: "abcde".into(), ..valid_rules() }), one("text", "/text", "length"));
    assert_eq!(violations(&Rules { list: vec![1, 2, 3], ..valid_rules() }), one("list", "/list", "length"));
}

#[test]
fn range_includes_its_bounds_for_integers_and_floats() {
    assert_eq!(violations(&Rules { number: -5, ..valid_rules() }), []);
    assert_eq!(violations(&Rules { number: 5, ..valid_rules() }), []);
    assert_eq!(violations(&Rules { number: 6, ..valid_rules() }), one("number", "/number", "range"));
    assert_eq!(violations(&Rules { ratio: 1.0, ..valid_rules() }), []);
    assert_eq!(violations(&Rules { ratio: -0.1, ..valid_rules() }), one("ratio", "/ratio", "range"));
    assert_eq!(violations(&Rules { ratio: f64::NAN, ..valid_rules() }), one("ratio", "/ratio", "range"));
}

#[test]
fn string_rules_apply_to_the_some_value_and_pass_none() {
    let none = Rules { id: None, e164: None, phone: None, name: None, ..valid_rules() };
    assert_eq!(violations(&none), []);
    let bad = Rules {
        id: Some("123e4567e89b12d3a456426614174000".into()),
        e164: Some("+0123".into()),
        phone: Some("12".into()),
        name: Some(" \t".into()),
        ..valid_rules()
    };
    let codes: Vec<String> = violations(&bad).into_iter().map(|(_, _, code)| code).collect();
    assert_eq!(codes, ["uuid", "e164", "phone", "non_blank"]);
}

#[test]
fn every_violation_is_reported_not_only_the_first() {
    let value = Rules {
        required: None,
        text: String::new(),
        list: vec![0; 3],
        number: 9,
        ratio: 2.0,
        id: Some("x".into()),
        e164: Some("x".into()),
        phone: Some("x".into()),
        name: Some(String::new()),
    };
    assert_eq!(value.validate().expect_err("invalid").len(), 9);
}

#[derive(Debug, Clone, Validate, Serialize)]
#[serde(rename_all = "camelCase")]
struct Leg {
    #[validate(length(min = 1))]
    leg_name: String,
    #[serde(rename = "ID")]
    #[validate(uuid)]
    leg_id: String,
}

#[derive(Debug, Clone, Validate, Serialize)]
#[serde(rename_all = "kebab-case")]
struct Trip {
    #[validate(nested)]
    first_leg: Leg,
    #[validate(nested)]
    other_legs: Vec<Leg>,
    #[validate(nested)]
    spare_leg: Option<Leg>,
    #[validate(nested)]
    boxed_leg: Box<Leg>,
    #[validate(nested)]
    maybe_legs: Option<Vec<Option<Leg>>>,
    #[validate(each(length(max = 3), non_blank))]
    stop_names: Vec<String>,
    #[validate(each(each(range(min = 1))))]
    grid: Vec<Vec<u8>>,
}

fn leg() -> Leg {
    Leg { leg_name: "a".into(), leg_id: "123e4567-e89b-12d3-a456-426614174000".into() }
}

fn bad_leg() -> Leg {
    Leg { leg_name: String::new(), leg_id: leg().leg_id }
}

fn trip() -> Trip {
    Trip {
        first_leg: leg(),
        other_legs: vec![leg(), leg()],
        spare_leg: None,
        boxed_leg: Box::new(leg()),
        maybe_legs: None,
        stop_names: vec!["abc".into()],
        grid: vec![vec![1]],
    }
}

#[test]
fn nested_paths_use_rust_names_and_pointers_use_wire_names() {
    let value = Trip { first_leg: bad_leg(), ..trip() };
    assert_eq!(violations(&value), one("first_leg.leg_name", "/first-leg/legName", "length"));
}

#[test]
fn serde_rename_on_a_field_beats_rename_all() {
    let value = Trip { first_leg: Leg { leg_id: "nope".into(), ..leg() }, ..trip() };
    assert_eq!(violations(&value), one("first_leg.leg_id", "/first-leg/ID", "uuid"));
}

#[test]
fn nested_through_vec_adds_the_index() {
    let value = Trip { other_legs: vec![leg(), bad_leg()], ..trip() };
    assert_eq!(violations(&value), one("other_legs[1].leg_name", "/other-legs/1/legName", "length"));
}

#[test]
fn nested_through_option_and_box_adds_nothing() {
    let value = Trip { spare_leg: Some(bad_leg()), boxed_leg: Box::new(bad_leg()), ..trip() };
    assert_eq!(
        violations(&value),
        [
            ("spare_leg.leg_name".to_owned(), "/spare-leg/legName".to_owned(), "length".to_owned()),
            ("boxed_leg.leg_name".to_owned(), "/boxed-leg/legName".to_owned(), "length".to_owned()),
        ]
    );
}

#[test]
fn nested_through_option_vec_option() {
    let value = Trip { maybe_legs: Some(vec![None, Some(leg()), Some(bad_leg())]), ..trip() };
    assert_eq!(violations(&value), one("maybe_legs[2].leg_name", "/maybe-legs/2/legName", "length"));
}

#[test]
fn each_applies_its_rules_to_every_element_at_its_index() {
    let value = Trip { stop_names: vec!["ok".into(), "long!".into(), " ".into()], ..trip() };
    assert_eq!(
        violations(&value),
        [
            ("stop_names[1]".to_owned(), "/stop-names/1".to_owned(), "length".to_owned()),
            ("stop_names[2]".to_owned(), "/stop-names/2".to_owned(), "non_blank".to_owned()),
        ]
    );
}

#[test]
fn each_nests_for_collections_of_collections() {
    let value = Trip { grid: vec![vec![1, 1], vec![1, 0]], ..trip() };
    assert_eq!(violations(&value), one("grid[1][1]", "/grid/1/1", "range"));
}

#[test]
fn json_pointers_escape_tilde_and_slash() {
    #[derive(Validate, Serialize)]
    struct Odd {
        #[serde(rename = "a/b~c")]
        #[validate(required)]
        field: Option<u8>,
    }
    assert_eq!(violations(&Odd { field: None }), one("field", "/a~1b~0c", "required"));
}

#[test]
fn flattened_fields_are_in_the_path_but_not_in_the_pointer() {
    #[derive(Validate, Serialize)]
    struct Outer {
        #[serde(flatten)]
        #[validate(nested)]
        inner: Leg,
    }
    assert_eq!(violations(&Outer { inner: bad_leg() }), one("inner.leg_name", "/legName", "length"));
}

#[derive(Debug, Validate)]
struct Times {
    start: u32,
    #[validate(not_before = start)]
    end: Option<u32>,
    #[validate(not_before = end)]
    after_end: Option<u32>,
}

#[test]
fn not_before_compares_when_both_are_present() {
    assert_eq!(violations(&Times { start: 5, end: Some(5), after_end: None }), []);
    assert_eq!(violations(&Times { start: 5, end: Some(4), after_end: None }), one("end", "/end", "not_before"));
    assert_eq!(violations(&Times { start: 5, end: None, after_end: Some(1) }), []);
    let errors = Times { start: 5, end: Some(6), after_end: Some(1) }.validate().expect_err("invalid");
    assert_eq!(errors.iter().next().map(Violation::message), Some("must not be before end"));
}

#[allow(clippy::trivially_copy_pass_by_ref)] // `custom` rules take `&FieldType`
fn even(value: &u32) -> Result<(), Violation> {
    if value % 2 == 0 { Ok(()) } else { Err(Violation::new("even", "must be even")) }
}

fn sorted(value: &Ordered, report: &mut Report<'_>) {
    if value.low > value.high {
        report.push(Violation::new("order", "low must not exceed high"));
        report.push_at("low", "lowValue", Violation::new("order", "too high"));
    }
}

#[derive(Debug, Validate)]
#[validate(check = sorted)]
struct Ordered {
    #[validate(custom = even)]
    low: u32,
    #[validate(custom = even)]
    high: u32,
    #[validate(custom = even)]
    maybe: Option<u32>,
}

#[test]
fn custom_rules_receive_the_value_and_keep_their_code() {
    let errors = Ordered { low: 1, high: 2, maybe: Some(3) }.validate().expect_err("invalid");
    assert_eq!(
        found(&errors),
        [
            ("low".to_owned(), "/low".to_owned(), "even".to_owned()),
            ("maybe".to_owned(), "/maybe".to_owned(), "even".to_owned()),
        ]
    );
}

#[test]
fn struct_checks_report_at_the_struct_or_at_a_field_they_name() {
    let errors = Ordered { low: 4, high: 2, maybe: None }.validate().expect_err("invalid");
    assert_eq!(
        found(&errors),
        [
            (String::new(), String::new(), "order".to_owned()),
            ("low".to_owned(), "/lowValue".to_owned(), "order".to_owned())
        ]
    );
}

#[derive(Debug, Validate)]
struct Overrides {
    #[validate(uuid(code = "bad_id", message = "is not an id"))]
    id: String,
    #[validate(length(max = 1, message = "one letter"), message = "unused", code = "short")]
    letter: String,
    #[validate(non_blank, phone, code = "bad_number")]
    number: String,
    #[validate(each(non_blank, message = "no blanks"))]
    tags: Vec<String>,
}

#[test]
fn message_and_code_override_per_rule_and_per_list() {
    let value = Overrides { id: "x".into(), letter: "ab".into(), number: " ".into(), tags: vec![String::new()] };
    let errors = value.validate().expect_err("invalid");
    let seen: Vec<(&str, &str)> = errors.iter().map(|v| (v.code(), v.message())).collect();
    assert_eq!(seen[0], ("bad_id", "is not an id"));
    assert_eq!(seen[1], ("short", "one letter"));
    assert_eq!((seen[2].0, seen[3].0), ("bad_number", "bad_number"));
    assert_eq!(seen[4], ("non_blank", "no blanks"));
    assert_eq!(seen.len(), 5);
}

#[derive(Debug, Validate)]
struct Inherited {
    #[validate(each(non_blank, length(max = 3)), message = "bad tag", code = "tag")]
    tags: Vec<String>,
}

#[test]
fn list_overrides_pass_down_into_each() {
    let errors = Inherited { tags: vec![" ".into(), "long".into()] }.validate().expect_err("invalid");
    let seen: Vec<(&str, &str, &str)> = errors.iter().map(|v| (v.json_pointer(), v.code(), v.message())).collect();
    assert_eq!(seen, [("/tags/0", "tag", "bad tag"), ("/tags/1", "tag", "bad tag")]);
}

#[derive(Debug, Validate)]
struct Wrapped<T: Validate> {
    #[validate(nested)]
    inner: T,
}

#[test]
fn nested_works_on_generic_fields() {
    let errors = Wrapped { inner: bad_leg() }.validate().expect_err("invalid");
    assert_eq!(found(&errors), one("inner.leg_name", "/inner/legName", "length"));
}

#[test]
fn valid_is_only_made_by_validating_and_derefs_to_the_value() {
    let valid = Valid::new(leg()).expect("valid");
    assert_eq!(valid.leg_name, "a");
    assert_eq!(valid.into_inner().leg_name, "a");
    assert!(Valid::new(bad_leg()).is_err());
}

#[test]
fn valid_serializes_as_the_value() {
    let valid = Valid::new(leg()).expect("valid");
    assert_eq!(serde_json::to_value(&valid).expect("json"), serde_json::to_value(leg()).expect("json"));
}

#[derive(Debug, Deserialize, Validate)]
struct Input {
    #[validate(range(max = 10))]
    n: u8,
}

#[test]
fn deserializing_valid_parses_then_validates() {
    let valid: Valid<Input> = callback_model::json::from_str(r#"{"n": 3}"#).expect("valid");
    assert_eq!(valid.n, 3);
    let error = callback_model::json::from_str::<Valid<Input>>("{\n  \"n\": 11\n}\n").expect_err("invalid");
    assert!(error.to_string().contains("/n: must be at most 10 (is 11) (range)"), "{error}");
    // Placed at the end of the value, since the whole value breaks the rule.
    assert_eq!((error.line(), error.column()), (3, 1));
    let error = callback_model::json::from_str::<Valid<Input>>(r#"{"n": "11"}"#).expect_err("not a number");
    assert_eq!(error.path(), "n");
}

#[test]
fn validation_errors_display_one_violation_a_line() {
    let errors = Rules { required: None, number: 9, ..valid_rules() }.validate().expect_err("invalid");
    assert_eq!(errors.to_string(), "required: is required (required)\nnumber: must be between -5 and 5 (is 9) (range)");
    let source: &dyn std::error::Error = &errors;
    assert!(source.source().is_none());
}

#[test]
fn validation_errors_serialize_as_an_api_error_body() {
    let errors = Rules { required: None, ..valid_rules() }.validate().expect_err("invalid");
    assert_eq!(
        serde_json::to_value(&errors).expect("json"),
        serde_json::json!([{"path": "required", "pointer": "/required", "code": "required", "message": "is required"}])
    );
}

#[test]
fn validation_errors_iterate_by_reference_and_by_value() {
    let errors = Rules { required: None, number: 9, ..valid_rules() }.validate().expect_err("invalid");
    assert_eq!((&errors).into_iter().count(), 2);
    assert_eq!(errors.as_slice().len(), errors.len());
    let codes: Vec<String> = errors.into_iter().map(|v| v.code().to_owned()).collect();
    assert_eq!(codes, ["required", "range"]);
}

/// A contact that needs a way to reach it, and that may name one preferred channel.
#[derive(Debug, Default, Deserialize, Validate)]
#[serde(rename_all = "camelCase")]
#[validate(at_least_one_of(email_address, phone_numbers))]
#[validate(at_most_one_of(prefers_email, prefers_phone))]
struct Contact {
    email_address: Option<String>,
    #[serde(default)]
    phone_numbers: Vec<String>,
    prefers_email: Option<bool>,
    prefers_phone: Option<bool>,
}

/// A shipment that goes to exactly one of a depot and an address.
#[derive(Debug, Deserialize, Validate)]
#[serde(rename_all = "camelCase")]
#[validate(exactly_one_of(depot_id, street_address))]
struct Destination {
    depot_id: Option<String>,
    street_address: Option<String>,
}

#[derive(Debug, Deserialize, Validate)]
#[serde(rename_all = "camelCase")]
struct Shipment {
    #[validate(nested)]
    legs: Vec<Destination>,
}

// A group member behind `#[cfg]`: the group is gated with the same predicate (the
// derives see the struct after `cfg` is applied). The same struct twice, with the
// member's cfg on (`test`) and off (`not(test)`).
#[derive(Debug, Builder, Validate)]
#[cfg_attr(test, validate(at_least_one_of(email, phone, sms)))]
#[cfg_attr(not(test), validate(at_least_one_of(email, phone)))]
struct ReachWithSms {
    email: Option<String>,
    phone: Option<String>,
    #[cfg(test)]
    sms: Option<String>,
}

#[derive(Debug, Builder, Validate)]
#[cfg_attr(not(test), validate(at_least_one_of(email, phone, sms)))]
#[cfg_attr(test, validate(at_least_one_of(email, phone)))]
struct ReachWithoutSms {
    email: Option<String>,
    phone: Option<String>,
    #[cfg(not(test))]
    sms: Option<String>,
}

#[test]
fn a_group_member_behind_cfg_counts_when_the_cfg_is_on() {
    let none = ReachWithSms { email: None, phone: None, sms: None };
    assert_eq!(none.validate().unwrap_err().as_slice()[0].message(), "needs one of email, phone, sms");
    assert!(ReachWithSms::builder().sms("+13175550142").build().validate().is_ok());
}

#[test]
fn a_group_member_behind_cfg_is_left_out_when_the_cfg_is_off() {
    let none = ReachWithoutSms { email: None, phone: None };
    assert_eq!(none.validate().unwrap_err().as_slice()[0].message(), "needs one of email, phone");
    assert!(ReachWithoutSms::builder().phone("+13175550142").build().validate().is_ok());
}

#[test]
fn at_least_one_of_is_reported_at_the_struct_naming_members_by_wire_name() {
    let contact: Contact = serde_json::from_str(r#"{"phoneNumbers": []}"#).unwrap();
    let errors = contact.validate().unwrap_err();
    assert_eq!(found(&errors), one("", "", "at_least_one_of"));
    assert_eq!(errors.as_slice()[0].message(), "needs one of emailAddress, phoneNumbers");
}

#[test]
fn a_group_member_is_present_when_some_or_a_non_empty_collection() {
    for text in [r#"{"emailAddress": "a@example.com"}"#, r#"{"phoneNumbers": ["+13175550142"]}"#] {
        let contact: Contact = serde_json::from_str(text).unwrap();
        assert!(contact.validate().is_ok(), "{text}");
    }
}

#[test]
fn at_most_one_of_accepts_none_and_one_and_refuses_two() {
    let base = r#""emailAddress": "a@example.com""#;
    for (extra, ok) in
        [("", true), (r#","prefersEmail": true"#, true), (r#","prefersEmail": true, "prefersPhone": false"#, false)]
    {
        let contact: Contact = serde_json::from_str(&format!("{{{base}{extra}}}")).unwrap();
        assert_eq!(contact.validate().is_ok(), ok, "{extra}");
    }
    let contact: Contact =
        serde_json::from_str(r#"{"emailAddress": "a", "prefersEmail": true, "prefersPhone": true}"#).unwrap();
    let errors = contact.validate().unwrap_err();
    assert_eq!(found(&errors), one("", "", "at_most_one_of"));
    assert_eq!(
        errors.as_slice()[0].message(),
        "accepts at most one of prefersEmail, prefersPhone (2 are set: prefersEmail, prefersPhone)"
    );
}

#[test]
fn exactly_one_of_is_placed_at_the_nested_struct() {
    let shipment: Shipment =
        serde_json::from_str(r#"{"legs": [{"depotId": "D1"}, {"depotId": "D2", "streetAddress": "1 Main St"}, {}]}"#)
            .unwrap();
    let errors = shipment.validate().unwrap_err();
    assert_eq!(
        found(&errors),
        [
            ("legs[1]".to_owned(), "/legs/1".to_owned(), "exactly_one_of".to_owned()),
            ("legs[2]".to_owned(), "/legs/2".to_owned(), "exactly_one_of".to_owned()),
        ]
    );
    assert_eq!(errors.as_slice()[1].message(), "needs exactly one of depotId, streetAddress (none is set)");
}

/// An alias of `Option`: the derive reads the type as written and cannot see the
/// `Option`, so `required` asks it through a trait the compiler checks.
type MaybeName = Option<String>;

#[derive(Debug, Validate)]
struct Aliased {
    #[validate(required)]
    name: MaybeName,
}

#[test]
fn required_works_on_an_alias_of_option() {
    assert_eq!(violations(&Aliased { name: None }), one("name", "/name", "required"));
    assert!(Aliased { name: Some("Ada".to_owned()) }.validate().is_ok());
}
