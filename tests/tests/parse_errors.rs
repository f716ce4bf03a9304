//! Malformed input: one test per kind of mistake, each checking the error's path (in
//! wire names), line and column, and that its message says all three and what was
//! expected.
//!
//! The documents span several lines so that a wrong line number shows. They are written
//! flush left, so that the line and column in a test are those of the text you read.

use callback_model::json::{self, ParseError};
use callback_model::{Callback, Segment, Valid, Validate, ValidationErrors, Wrapup};
use serde_json::error::Category;

/// The error of parsing `text` as a `Callback`.
fn callback_error(text: &str) -> ParseError {
    json::from_str::<Callback>(text).expect_err("malformed input must not parse")
}

/// The error has this path, line and column; its message contains `expected`; and its
/// `Display` says where (the path, or "the top level" for an empty path), the line,
/// the column and the message.
#[track_caller]
fn assert_error(error: &ParseError, path: &str, line: usize, column: usize, expected: &str) {
    assert_eq!(error.path(), path, "path of: {error}");
    assert_eq!((error.line(), error.column()), (line, column), "line and column of: {error}");
    assert!(error.message().contains(expected), "the message {:?} does not contain {expected:?}", error.message());

    let shown = error.to_string();
    let place = if path.is_empty() { "the top level" } else { path };
    assert!(shown.contains(&format!("at {place} ")), "{shown:?} does not name {place:?}");
    assert!(
        shown.contains(&format!("line {line}, column {column}")),
        "{shown:?} does not say line {line}, column {column}"
    );
    assert!(shown.contains(expected), "{shown:?} does not say {expected:?}");
}

const EXPECTED_TIMESTAMP: &str = "expected an RFC 3339 timestamp such as 2024-05-01T12:00:00.000Z";

// ---------------------------------------------------------------------------------
// Wrong type.

const WRONG_TYPE: &str = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "segments": [
    {
      "startTime": "2024-05-01T12:00:00.000Z",
      "type": "Alert"
    },
    {
      "startTime": 1714564820000,
      "type": "Interact"
    }
  ]
}"#;

#[test]
fn a_timestamp_given_as_a_number_names_the_segment_field() {
    let error = callback_error(WRONG_TYPE);
    assert_error(&error, "segments[1].startTime", 9, 32, "invalid type: integer `1714564820000`");
    assert!(error.message().contains(EXPECTED_TIMESTAMP), "{error}");
    assert_eq!(error.category(), Category::Data);
}

#[test]
fn a_wrong_type_deep_in_the_document_names_the_whole_path() {
    let text = r#"{
  "dialerPreview": {
    "phoneNumberColumns": [
      {"columnName": "Cell", "type": "cell"},
      {"columnName": "Home", "type": 2}
    ]
  }
}"#;
    let error = callback_error(text);
    assert_error(
        &error,
        "dialerPreview.phoneNumberColumns[1].type",
        5,
        38,
        "invalid type: integer `2`, expected a string",
    );
}

#[test]
fn a_wrong_type_in_a_list_of_strings_names_the_index() {
    let text = r#"{
  "callbackNumbers": [
    "+13175551234",
    13175550000
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "callbackNumbers[1]", 4, 15, "invalid type: integer `13175550000`, expected a string");
}

#[test]
fn a_segment_that_is_not_an_object_is_an_error_at_its_index() {
    let text = r#"{
  "segments": [
    "Alert"
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0]", 3, 11, r#"invalid type: string "Alert", expected struct Segment"#);
}

#[test]
fn a_null_start_time_is_an_error_not_an_absent_one() {
    let text = r#"{
  "segments": [
    {
      "startTime": null,
      "type": "Alert"
    }
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0].startTime", 4, 23, "invalid type: null");
    assert!(error.message().contains(EXPECTED_TIMESTAMP), "{error}");
}

// ---------------------------------------------------------------------------------
// Missing startTime.

#[test]
fn a_segment_without_start_time_names_the_missing_field() {
    let text = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "segments": [
    {
      "endTime": "2024-05-01T12:00:20.000Z",
      "type": "Alert"
    }
  ]
}"#;
    let error = callback_error(text);
    // Reported where the segment's object ends, which is where it is known to be missing.
    assert_error(&error, "segments[0].startTime", 7, 5, "missing field `startTime`");
    assert_eq!(error.category(), Category::Data);
}

#[test]
fn a_later_segment_without_start_time_names_its_own_index() {
    let text = r#"{
  "segments": [
    {"startTime": "2024-05-01T12:00:00.000Z", "type": "Alert"},
    {"type": "Interact"}
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "segments[1].startTime", 4, 24, "missing field `startTime`");
}

#[test]
fn a_lone_segment_without_start_time_names_just_the_field() {
    let text = "{\n  \"type\": \"Alert\"\n}";
    let error = json::from_str::<Segment>(text).expect_err("startTime is required");
    assert_error(&error, "startTime", 3, 1, "missing field `startTime`");
}

// ---------------------------------------------------------------------------------
// Bad date.

#[test]
fn an_impossible_date_names_the_field_and_quotes_the_text() {
    let text = r#"{
  "startAlertingTime": "2024-05-01T12:00:00.000Z",
  "connectedTime": "2024-13-45T25:00:00Z",
  "provider": "PureCloud"
}"#;
    let error = callback_error(text);
    assert_error(&error, "connectedTime", 3, 41, r#"invalid timestamp "2024-13-45T25:00:00Z": input is out of range"#);
    assert!(error.message().contains(EXPECTED_TIMESTAMP), "{error}");
}

#[test]
fn a_timestamp_without_an_offset_is_an_error() {
    // Without `Z` or an offset the instant is unknown: RFC 3339 requires one.
    let text = r#"{
  "segments": [
    {
      "startTime": "2024-05-01T12:00:00"
    }
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0].startTime", 4, 40, r#"invalid timestamp "2024-05-01T12:00:00""#);
}

#[test]
fn text_that_is_not_a_timestamp_in_a_nested_object_is_an_error() {
    let text = r#"{
  "wrapup": {
    "code": "e18c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e",
    "endTime": "yesterday"
  }
}"#;
    let error = callback_error(text);
    assert_error(&error, "wrapup.endTime", 4, 26, r#"invalid timestamp "yesterday""#);
}

// ---------------------------------------------------------------------------------
// int32 overflow.

#[test]
fn an_integer_above_i32_max_is_an_error() {
    let text = r#"{
  "callbackUserName": "Ada Lovelace",
  "timeoutSeconds": 3000000000
}"#;
    let error = callback_error(text);
    assert_error(&error, "timeoutSeconds", 3, 30, "invalid value: integer `3000000000`, expected i32");
    assert_eq!(error.category(), Category::Data);
}

#[test]
fn an_integer_below_i32_min_is_an_error() {
    let text = r#"{
  "callbackUserName": "Ada Lovelace",
  "timeoutSeconds": -3000000000
}"#;
    let error = callback_error(text);
    assert_error(&error, "timeoutSeconds", 3, 31, "invalid value: integer `-3000000000`, expected i32");
}

#[test]
fn one_past_i32_max_in_a_nested_object_is_an_error() {
    let text = r#"{
  "wrapup": {
    "durationSeconds": 2147483648
  }
}"#;
    let error = callback_error(text);
    assert_error(&error, "wrapup.durationSeconds", 3, 33, "invalid value: integer `2147483648`, expected i32");
}

// ---------------------------------------------------------------------------------
// Truncated text.

#[test]
fn text_cut_off_inside_a_string_is_an_eof_error_at_that_field() {
    let text = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "segments": [
    {
      "startTime": "2024-05-01T12:00:00.000Z",
      "type": "Al"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0].type", 6, 17, "EOF while parsing a string");
    assert_eq!(error.category(), Category::Eof);
}

#[test]
fn text_cut_off_between_fields_is_an_eof_error_at_the_open_object() {
    let text = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "segments": [
    {
      "startTime": "2024-05-01T12:00:00.000Z",
"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0]", 6, 0, "EOF while parsing a value");
    assert_eq!(error.category(), Category::Eof);
}

#[test]
fn text_cut_off_after_a_field_of_the_top_object_is_an_eof_error_at_the_top_level() {
    let text = "{\n  \"held\": true,\n  \"provider\": \"PureCloud\"";
    let error = callback_error(text);
    assert_error(&error, "", 3, 25, "EOF while parsing an object");
    assert_eq!(error.category(), Category::Eof);
}

// ---------------------------------------------------------------------------------
// Other malformed documents.

#[test]
fn trailing_characters_after_the_value_are_an_error_at_the_top_level() {
    let text = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"
}
{
  "id": "0b9d6c2e-3f41-4a8b-9c7d-5e6f7a8b9c0d"
}"#;
    let error = callback_error(text);
    assert_error(&error, "", 4, 1, "trailing characters");
    assert_eq!(error.category(), Category::Syntax);
}

#[test]
fn empty_input_is_an_eof_error_at_the_top_level() {
    let error = callback_error("");
    assert_error(&error, "", 1, 0, "EOF while parsing a value");
    assert_eq!(error.category(), Category::Eof);
}

#[test]
fn input_of_only_whitespace_is_an_eof_error_on_its_last_line() {
    let error = callback_error("\n\n  ");
    assert_error(&error, "", 3, 2, "EOF while parsing a value");
}

#[test]
fn invalid_utf8_in_a_string_is_an_error_at_that_field() {
    let bytes = b"{\n  \"provider\": \"PureCloud\",\n  \"callbackUserName\": \"Ada \xFF Lovelace\"\n}";
    let error = json::from_slice::<Callback>(bytes).expect_err("not UTF-8");
    // Found at the offending byte.
    assert_error(&error, "callbackUserName", 3, 28, "invalid unicode code point");
}

#[test]
fn a_duplicate_field_names_the_field() {
    let text = r#"{
  "segments": [
    {
      "startTime": "2024-05-01T12:00:00.000Z",
      "type": "Alert",
      "startTime": "2024-05-01T12:00:20.000Z"
    }
  ]
}"#;
    let error = callback_error(text);
    assert_error(&error, "segments[0].startTime", 6, 17, "duplicate field `startTime`");
}

#[test]
fn a_duplicate_top_level_field_names_the_field() {
    let text = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "held": true,
  "id": "0b9d6c2e-3f41-4a8b-9c7d-5e6f7a8b9c0d"
}"#;
    let error = callback_error(text);
    assert_error(&error, "id", 4, 6, "duplicate field `id`");
}

#[test]
fn a_misspelled_literal_is_a_syntax_error_at_that_field() {
    let text = r#"{
  "provider": "PureCloud",
  "held": tru,
  "skipEnabled": true
}"#;
    let error = callback_error(text);
    assert_error(&error, "held", 3, 14, "expected ident");
    assert_eq!(error.category(), Category::Syntax);
}

#[test]
fn a_missing_comma_is_a_syntax_error_at_the_next_field() {
    let text = r#"{
  "provider": "PureCloud"
  "held": true
}"#;
    let error = callback_error(text);
    assert_error(&error, "", 3, 3, "expected `,` or `}`");
    assert_eq!(error.category(), Category::Syntax);
}

#[test]
fn the_error_keeps_the_json_error_as_its_source() {
    let error = callback_error(WRONG_TYPE);
    let source = std::error::Error::source(&error).expect("a source");
    let inner = source.downcast_ref::<serde_json::Error>().expect("a serde_json::Error");
    assert_eq!((inner.line(), inner.column()), (error.line(), error.column()));
}

// ---------------------------------------------------------------------------------
// The same error from every entry point.

/// The error of `text` from `from_str`, `from_slice` and `from_reader`, as
/// (path, line, column, message).
fn errors_of_every_entry_point(text: &str) -> [(String, usize, usize, String); 3] {
    let describe =
        |error: ParseError| (error.path().to_owned(), error.line(), error.column(), error.message().to_owned());
    [
        describe(json::from_str::<Callback>(text).expect_err("from_str")),
        describe(json::from_slice::<Callback>(text.as_bytes()).expect_err("from_slice")),
        describe(json::from_reader::<_, Callback>(text.as_bytes()).expect_err("from_reader")),
    ]
}

/// `later` is `at` or the character after it (the next column, or the start of the next
/// line): a reader has looked one character past a number when the error is raised.
fn at_or_one_character_later(at: (usize, usize), later: (usize, usize)) -> bool {
    later == at || later == (at.0, at.1 + 1) || later == (at.0 + 1, 0)
}

#[test]
fn from_reader_and_from_slice_report_a_wrong_type_like_from_str() {
    let [from_str, from_slice, from_reader] = errors_of_every_entry_point(WRONG_TYPE);
    assert_eq!(from_str.0, "segments[1].startTime");
    assert_eq!((from_str.1, from_str.2), (9, 32));
    assert_eq!(from_slice, from_str, "from_slice");
    assert_eq!((&from_reader.0, &from_reader.3), (&from_str.0, &from_str.3), "from_reader");
    let (at, later) = ((from_str.1, from_str.2), (from_reader.1, from_reader.2));
    assert!(at_or_one_character_later(at, later), "from_reader at {later:?}, from_str at {at:?}");
}

#[test]
fn from_reader_and_from_slice_report_a_missing_start_time_like_from_str() {
    let text = "{\n  \"segments\": [\n    {\"type\": \"Alert\"}\n  ]\n}";
    let [from_str, from_slice, from_reader] = errors_of_every_entry_point(text);
    assert_eq!(from_str.0, "segments[0].startTime");
    assert_eq!((from_str.1, from_str.2), (3, 21));
    assert_eq!(from_slice, from_str, "from_slice");
    assert_eq!(from_reader, from_str, "from_reader");
}

#[test]
fn from_reader_and_from_slice_report_an_overflow_like_from_str() {
    let text = "{\n  \"wrapup\": {\n    \"durationSeconds\": 2147483648\n  }\n}";
    let [from_str, from_slice, from_reader] = errors_of_every_entry_point(text);
    assert_eq!(from_str.0, "wrapup.durationSeconds");
    assert_eq!((from_str.1, from_str.2), (3, 33));
    assert_eq!(from_slice, from_str, "from_slice");
    assert_eq!((&from_reader.0, &from_reader.3), (&from_str.0, &from_str.3), "from_reader");
    let (at, later) = ((from_str.1, from_str.2), (from_reader.1, from_reader.2));
    assert!(at_or_one_character_later(at, later), "from_reader at {later:?}, from_str at {at:?}");
}

#[test]
fn from_reader_and_from_slice_report_trailing_characters_like_from_str() {
    let text = "{\n  \"held\": true\n}\n,";
    let [from_str, from_slice, from_reader] = errors_of_every_entry_point(text);
    assert_eq!(from_str, (String::new(), 4, 1, "trailing characters".to_owned()));
    assert_eq!(from_slice, from_str, "from_slice");
    assert_eq!(from_reader, from_str, "from_reader");
}

// ---------------------------------------------------------------------------------
// A `Valid<T>` that breaks its rules keeps them.

/// Six rules broken: `id` and `scriptId` are not UUIDs, a callback number is blank
/// (and so not a phone number), `timeoutSeconds` is negative, the wrap-up's
/// `durationSeconds` too.
const SIX_VIOLATIONS: &str = r#"{
  "id": "42",
  "scriptId": "not-a-uuid",
  "timeoutSeconds": -5,
  "callbackNumbers": ["+13175551234", " "],
  "wrapup": {"durationSeconds": -1}
}"#;

/// `(pointer, code)` of each violation.
fn pointers_and_codes(errors: &ValidationErrors) -> Vec<(&str, &str)> {
    errors.iter().map(|v| (v.json_pointer(), v.code())).collect()
}

#[test]
fn a_valid_that_breaks_its_rules_keeps_every_violation() {
    let expected = json::from_str::<Callback>(SIX_VIOLATIONS).expect("parses").validate().expect_err("invalid");
    assert_eq!(expected.len(), 6);
    let errors = [
        json::from_str::<Valid<Callback>>(SIX_VIOLATIONS).expect_err("from_str"),
        json::from_slice::<Valid<Callback>>(SIX_VIOLATIONS.as_bytes()).expect_err("from_slice"),
        json::from_reader::<_, Valid<Callback>>(SIX_VIOLATIONS.as_bytes()).expect_err("from_reader"),
    ];
    for error in &errors {
        // Paths, pointers, codes and messages: the same violations as `validate()`'s.
        assert_eq!(error.violations(), Some(&expected), "{error}");
        // The value as a whole breaks its rules: the top level, at the end of the value.
        assert_eq!(error.path(), "", "{error}");
        assert_eq!(error.category(), Category::Data);
    }
    assert_eq!((errors[0].line(), errors[0].column()), (7, 1));
}

#[test]
fn the_message_lists_the_first_three_violations_and_counts_the_rest() {
    let error = json::from_str::<Valid<Callback>>(SIX_VIOLATIONS).expect_err("invalid");
    assert_eq!(
        error.message(),
        "the value breaks 6 rules: \
         /id: must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens (uuid); \
         /callbackNumbers/1: must not be blank (non_blank); \
         /callbackNumbers/1: must be a dialable phone number: 3 to 15 digits, optionally after \
         `tel:` and `+`, separated only by spaces, `-`, `.`, `(` or `)` (phone); \
         and 3 more"
    );
    assert_eq!(
        error.to_string(),
        format!("at the top level (line 7, column 1): {}", error.message()),
        "the Display says where and what"
    );
    // The source says the same, not the six violations in full.
    let source = std::error::Error::source(&error).expect("a source").to_string();
    assert_eq!(source, format!("{} at line 7 column 1", error.message()));
}

#[test]
fn up_to_three_violations_are_listed_without_a_count() {
    let text = r#"{"id": "42", "scriptId": "x", "timeoutSeconds": -1}"#;
    let error = json::from_str::<Valid<Callback>>(text).expect_err("three rules broken");
    assert_eq!(pointers_and_codes(error.violations().expect("violations")).len(), 3);
    assert!(error.message().starts_with("the value breaks 3 rules: /id: "), "{error}");
    assert!(error.message().ends_with("/timeoutSeconds: must be at least 0 (is -1) (range)"), "{error}");
    assert!(!error.message().contains("more"), "{error}");

    let text = r#"{"id": "42", "scriptId": "x", "peerId": "y", "timeoutSeconds": -1}"#;
    let error = json::from_str::<Valid<Callback>>(text).expect_err("four rules broken");
    assert_eq!(error.violations().map(ValidationErrors::len), Some(4));
    assert!(error.message().ends_with("(range); and 1 more"), "{error}");

    let error = json::from_str::<Valid<Callback>>(r#"{"timeoutSeconds": -1}"#).expect_err("one rule broken");
    assert_eq!(error.message(), "the value breaks 1 rule: /timeoutSeconds: must be at least 0 (is -1) (range)");
}

/// A `Valid<Callback>` inside a document of the caller's own.
#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Envelope {
    request_id: String,
    data: Valid<Callback>,
}

#[test]
fn a_valid_field_keeps_its_violations_at_their_place_in_the_value() {
    let text = r#"{
  "request_id": "r-1",
  "data": {
    "id": "42",
    "timeoutSeconds": -5
  }
}"#;
    let error = json::from_str::<Envelope>(text).expect_err("data breaks its rules");
    // `path()` is where the `Valid<T>` is; the violations are placed inside it.
    assert_eq!(error.path(), "data");
    let violations = error.violations().expect("violations");
    assert_eq!(pointers_and_codes(violations), [("/id", "uuid"), ("/timeoutSeconds", "range")]);
    let paths: Vec<&str> = violations.iter().map(callback_model::Violation::path).collect();
    assert_eq!(paths, ["id", "timeout_seconds"]);
    // serde_json places it where it learns of it: once the enclosing object is read.
    assert_eq!((error.line(), error.column()), (7, 1), "{error}");
    assert!(error.to_string().starts_with("at data (line 7, column 1): the value breaks 2 rules: /id: "), "{error}");
}

#[test]
fn valid_elements_of_a_list_keep_their_violations_and_index() {
    let text = r#"[
  {"startTime": "2024-05-01T12:00:00Z"},
  {"startTime": "2024-05-01T12:00:00Z", "endTime": "2024-05-01T11:00:00Z"}
]"#;
    for error in [
        json::from_str::<Vec<Valid<Segment>>>(text).expect_err("the second ends before it starts"),
        json::from_reader::<_, Vec<Valid<Segment>>>(text.as_bytes()).expect_err("from_reader"),
    ] {
        assert_eq!(error.path(), "[1]");
        assert_eq!(pointers_and_codes(error.violations().expect("violations")), [("/endTime", "not_before")]);
    }
}

/// A `Valid<Wrapup>` flattened into a request, and one in an internally tagged enum:
/// serde reads both from a buffer of the document, and passes their errors on.
#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Flattened {
    request_id: String,
    #[serde(flatten)]
    wrapup: Valid<Wrapup>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(tag = "kind")]
#[allow(dead_code)]
enum Tagged {
    Wrapup(Valid<Wrapup>),
}

#[test]
fn a_flattened_or_tagged_valid_keeps_its_violations() {
    let flattened = json::from_str::<Flattened>(r#"{"request_id": "r-1", "durationSeconds": -1, "tags": [" "]}"#)
        .expect_err("breaks two rules");
    let tagged = json::from_str::<Tagged>(r#"{"kind": "Wrapup", "durationSeconds": -1, "tags": [" "]}"#)
        .expect_err("breaks two rules");
    for error in [flattened, tagged] {
        let violations = error.violations().unwrap_or_else(|| panic!("no violations in {error}"));
        assert_eq!(
            pointers_and_codes(violations),
            [("/tags/0", "non_blank"), ("/durationSeconds", "range")],
            "{error}"
        );
    }
}

/// Either a valid callback or a plain text: serde tries each in turn and replaces
/// their errors with its own.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum CallbackOrNote {
    Callback(Box<Valid<Callback>>),
    Note(String),
}

#[test]
fn an_untagged_enum_replaces_the_violations_with_its_own_error() {
    // Written down in the json module's docs: the violations travel in the error, and
    // an untagged enum makes a new one.
    let error = json::from_str::<CallbackOrNote>(r#"{"timeoutSeconds": -1}"#).expect_err("neither");
    assert!(error.violations().is_none(), "{error}");
    assert!(error.message().contains("did not match any variant"), "{error}");
}

#[test]
fn errors_that_are_not_rule_violations_have_none() {
    for text in ["{", r#"{"timeoutSeconds": "5"}"#, r#"{"segments": [{}]}"#, r#"{"timeoutSeconds": -1} ]"#] {
        let error = json::from_str::<Valid<Callback>>(text).expect_err("does not parse");
        assert!(error.violations().is_none(), "{text}: {error}");
        assert!(!error.message().contains("breaks"), "{text}: {error}");
    }
    assert!(callback_error(WRONG_TYPE).violations().is_none());
}

#[test]
fn a_message_that_only_looks_like_a_rule_failure_has_no_violations() {
    // A `Deserialize` of the caller's that words its own error like a rule failure.
    #[derive(Debug)]
    struct Lookalike;
    impl<'de> serde::Deserialize<'de> for Lookalike {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            serde::de::IgnoredAny::deserialize(deserializer)?;
            Err(serde::de::Error::custom("the value breaks 2 rules: [{\"path\":\"a\"}]"))
        }
    }
    let error = json::from_str::<Lookalike>("{}").expect_err("always fails");
    assert!(error.violations().is_none(), "{error}");
    assert_eq!(error.message(), "the value breaks 2 rules: [{\"path\":\"a\"}]");
}

#[test]
fn a_valid_error_from_serde_json_itself_carries_every_violation_as_json() {
    // Outside `json::`, the violations are in the message: `serde_json::from_str` (or
    // any format) gives them all, as `ValidationErrors` serializes.
    let error = serde_json::from_str::<Valid<Callback>>(r#"{"id": "42", "timeoutSeconds": -5}"#).expect_err("invalid");
    let message = error.to_string();
    // Raised after the whole value was read: serde_json gives it no position.
    let list = message.strip_prefix("the value breaks 2 rules: ").unwrap_or_else(|| panic!("{message}"));
    let listed: serde_json::Value = serde_json::from_str(list).expect("a JSON array");
    let expected = json::from_str::<Callback>(r#"{"id": "42", "timeoutSeconds": -5}"#)
        .expect("parses")
        .validate()
        .expect_err("invalid");
    assert_eq!(listed, serde_json::to_value(&expected).expect("serializes"));
}

// ---------------------------------------------------------------------------------
// A UTF-8 byte-order mark at the start is skipped.

/// A reader that gives one byte a call, and is interrupted before each.
struct Trickle<'a> {
    bytes: &'a [u8],
    interrupt: bool,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(std::io::ErrorKind::Interrupted.into());
        }
        let Some((&first, rest)) = self.bytes.split_first() else { return Ok(0) };
        if buf.is_empty() {
            return Ok(0);
        }
        buf[0] = first;
        self.bytes = rest;
        Ok(1)
    }
}

/// `text` parsed by every entry point, a reader of one byte a call included.
fn every_entry_point<T: serde::de::DeserializeOwned>(text: &str) -> [Result<T, ParseError>; 4] {
    [
        json::from_str::<T>(text),
        json::from_slice::<T>(text.as_bytes()),
        json::from_reader::<_, T>(text.as_bytes()),
        json::from_reader::<_, T>(Trickle { bytes: text.as_bytes(), interrupt: false }),
    ]
}

#[test]
fn a_byte_order_mark_at_the_start_is_skipped() {
    let text = "\u{feff}{\"id\": \"6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f\", \"held\": true}";
    for result in every_entry_point::<Callback>(text) {
        let callback = result.expect("a byte-order mark, then JSON");
        assert_eq!((callback.id(), callback.held()), (Some("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"), Some(true)));
    }
    for result in every_entry_point::<Valid<Callback>>(text) {
        assert!(result.is_ok());
    }
}

#[test]
fn after_a_byte_order_mark_columns_count_from_the_character_after_it() {
    let text = "\u{feff}{\"timeoutSeconds\": \"5\"}";
    for result in every_entry_point::<Callback>(text) {
        let error = result.expect_err("a string for a number");
        assert_error(&error, "timeoutSeconds", 1, 22, "invalid type: string \"5\", expected i32");
    }
}

#[test]
fn a_byte_order_mark_alone_or_not_at_the_start_is_an_error() {
    for result in every_entry_point::<Callback>("\u{feff}") {
        assert_error(&result.expect_err("nothing after the mark"), "", 1, 0, "EOF while parsing a value");
    }
    for text in ["\u{feff}\u{feff}{}", " \u{feff}{}", "{}\u{feff}"] {
        for result in every_entry_point::<Callback>(text) {
            let error = result.expect_err("a mark that is not at the very start");
            assert_eq!(error.category(), Category::Syntax, "{text:?}: {error}");
        }
    }
}

#[test]
fn only_the_whole_byte_order_mark_is_skipped() {
    // The first two bytes of the mark, then JSON: invalid UTF-8, and not a mark.
    let bytes = b"\xEF\xBB{}";
    assert!(json::from_slice::<Callback>(bytes).is_err());
    assert!(json::from_reader::<_, Callback>(&bytes[..]).is_err());
    // Short documents with no mark are read whole.
    for text in ["{}", "[]", "1", ""] {
        let [from_str, from_slice, from_reader, trickle] = every_entry_point::<serde_json::Value>(text);
        let describe = |r: Result<serde_json::Value, ParseError>| r.map_err(|e| e.to_string());
        let expected = describe(from_str);
        assert_eq!(describe(from_slice), expected, "{text:?}");
        assert_eq!(describe(from_reader), expected, "{text:?}");
        assert_eq!(describe(trickle), expected, "{text:?}");
    }
}
