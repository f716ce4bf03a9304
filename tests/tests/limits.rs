//! Very large inputs (see `LIMITS.md`): parse and validate answer with a value or an
//! error, never a panic or a stack overflow, and their cost grows linearly with the
//! input. Measured by counting allocations and bytes (`allocation_counter`), never by
//! timing: an input ten times larger must cost about ten times more (between 5 and 20
//! times here), not a hundred.

use allocation_counter::AllocationInfo;
use callback_model::json::{self, ParseError};
use callback_model::{Callback, Valid, Validate};
use std::fmt::Write as _;

/// What `f` returns, and what it allocated (printed when `LIMITS_VERBOSE` is set:
/// `LIMITS_VERBOSE=1 cargo test -p callback-tests --test limits -- --nocapture`).
#[track_caller]
fn measure<T>(f: impl FnOnce() -> T) -> (T, AllocationInfo) {
    let mut out = None;
    let info = allocation_counter::measure(|| out = Some(f()));
    if std::env::var_os("LIMITS_VERBOSE").is_some() {
        eprintln!("{}: {info:?}", std::panic::Location::caller());
    }
    (out.expect("the closure ran"), info)
}

/// Parses `text` as a `Callback` and validates it: the number of violations, or the
/// parse error.
fn parse_and_validate(text: &str) -> Result<usize, ParseError> {
    let callback: Callback = json::from_str(text)?;
    Ok(callback.validate().err().map_or(0, |errors| errors.len()))
}

/// `{"segments":[...]}` with `n` segments; `segment(i)` writes segment `i`.
fn with_segments(n: usize, segment: impl Fn(&mut String, usize)) -> String {
    let mut text = String::from(r#"{"id":"6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f","segments":["#);
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        segment(&mut text, i);
    }
    text.push_str("]}");
    text
}

fn closed_segment(text: &mut String, i: usize) {
    let minute = i % 60;
    let _ = write!(
        text,
        r#"{{"startTime":"2024-05-01T12:{minute:02}:00.000Z","endTime":"2024-05-01T12:{minute:02}:30.000Z","type":"Interact","howEnded":"Hold"}}"#
    );
}

/// The end is before the start: one `not_before` violation a segment.
fn backwards_segment(text: &mut String, i: usize) {
    let minute = i % 60;
    let _ = write!(
        text,
        r#"{{"startTime":"2024-05-01T12:{minute:02}:30.000Z","endTime":"2024-05-01T12:{minute:02}:00.000Z","type":"Interact"}}"#
    );
}

/// `large` costs about `factor` times `small`: from half to twice that, in allocations,
/// bytes allocated in all, and peak bytes.
#[track_caller]
fn assert_grows_linearly(small: &AllocationInfo, large: &AllocationInfo, factor: u64) {
    assert_about(factor, "allocations", small.count_total, large.count_total);
    assert_bytes_grow_linearly(small, large, factor);
}

/// The same for bytes only, when the number of allocations does not depend on the size.
#[track_caller]
fn assert_bytes_grow_linearly(small: &AllocationInfo, large: &AllocationInfo, factor: u64) {
    assert_about(factor, "bytes allocated", small.bytes_total, large.bytes_total);
    assert_about(factor, "peak bytes", small.bytes_max, large.bytes_max);
}

#[track_caller]
fn assert_about(factor: u64, what: &str, small: u64, large: u64) {
    assert!(
        small * factor / 2 <= large && large <= small * factor * 2,
        "{what}: {small} for the small input, {large} for the {factor}x input"
    );
}

#[test]
fn parse_and_validate_grow_linearly_with_the_number_of_segments() {
    let small = with_segments(10_000, closed_segment);
    let large = with_segments(100_000, closed_segment);
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!(small_result.ok(), Some(0));
    assert_eq!(large_result.ok(), Some(0));
    assert_grows_linearly(&small_cost, &large_cost, 10);
    // One `Vec<Segment>` and two short strings a segment: the peak stays within a few
    // times the input.
    assert!(large_cost.bytes_max < 4 * large.len() as u64, "{large_cost:?} for {} bytes", large.len());
}

#[test]
fn a_violation_in_each_of_100k_segments_costs_linearly() {
    let small = with_segments(10_000, backwards_segment);
    let large = with_segments(100_000, backwards_segment);
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!(small_result.ok(), Some(10_000));
    assert_eq!(large_result.ok(), Some(100_000));
    assert_grows_linearly(&small_cost, &large_cost, 10);
}

#[test]
fn an_error_after_100k_segments_costs_linearly() {
    // The last segment has no `startTime`: the document is read once untracked, then
    // again with its path tracked, to say where.
    let broken = |n: usize| {
        with_segments(
            n,
            |text, i| {
                if i + 1 == n { text.push_str(r#"{"type":"Hold"}"#) } else { closed_segment(text, i) }
            },
        )
    };
    let (small, large) = (broken(10_000), broken(100_000));
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!(small_result.expect_err("no startTime").path(), "segments[9999].startTime");
    assert_eq!(large_result.expect_err("no startTime").path(), "segments[99999].startTime");
    assert_grows_linearly(&small_cost, &large_cost, 10);
}

#[test]
fn valid_of_100k_segments_costs_linearly() {
    let small = with_segments(10_000, backwards_segment);
    let large = with_segments(100_000, backwards_segment);
    let (small_result, small_cost) = measure(|| json::from_str::<Valid<Callback>>(&small).map(|_| ()));
    let (large_result, large_cost) = measure(|| json::from_str::<Valid<Callback>>(&large).map(|_| ()));
    assert!(small_result.expect_err("10k violations").message().contains("breaks 10000 rules"));
    assert!(large_result.expect_err("100k violations").message().contains("breaks 100000 rules"));
    assert_grows_linearly(&small_cost, &large_cost, 10);
}

/// `{"<field>":"<n x c>"}`.
fn long_string(field: &str, c: &str, n: usize) -> String {
    format!(r#"{{"{field}":"{}"}}"#, c.repeat(n))
}

#[test]
fn a_long_string_is_copied_once() {
    let (small, large) =
        (long_string("callbackUserName", "a", 500_000), long_string("callbackUserName", "a", 5_000_000));
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!((small_result.ok(), large_result.ok()), (Some(0), Some(0)));
    assert_eq!((small_cost.count_total, large_cost.count_total), (1, 1));
    assert_bytes_grow_linearly(&small_cost, &large_cost, 10);
    assert!(large_cost.bytes_max <= 5_000_000 + 4096, "{large_cost:?}");
}

#[test]
fn a_long_escaped_string_needs_at_most_two_copies() {
    // Escapes are decoded into a scratch buffer, then copied into the value.
    let (small, large) = (long_string("provider", "\\n", 500_000), long_string("provider", "\\n", 5_000_000));
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!((small_result.ok(), large_result.ok()), (Some(0), Some(0)));
    // The scratch buffer grows by doubling: a few more allocations, not ten times more.
    assert!(large_cost.count_total < small_cost.count_total + 16, "{small_cost:?} {large_cost:?}");
    assert_bytes_grow_linearly(&small_cost, &large_cost, 10);
    assert!(large_cost.bytes_max <= 4 * 5_000_000, "{large_cost:?}");
}

#[test]
fn validating_a_long_string_does_not_copy_it() {
    // A 5 MB callback number is neither a phone number nor blank: one violation, whose
    // message does not quote the value. A 5 MB id fails `uuid` on its length alone.
    let text = format!(r#"{{"callbackNumbers":["{}"],"id":"{}"}}"#, "1".repeat(5_000_000), "a".repeat(5_000_000));
    let callback: Callback = json::from_str(&text).expect("parses");
    let (errors, cost) = measure(|| callback.validate().expect_err("not a phone number, not a UUID"));
    let codes: Vec<&str> = errors.iter().map(callback_model::Violation::code).collect();
    assert_eq!(codes, ["uuid", "phone"]);
    assert!(cost.bytes_max < 4096, "{cost:?}");
}

/// A type that refuses unknown fields: its error quotes the field's name.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Strict {
    known: u8,
}

/// How a long-value test parses its text.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Str,
    Slice,
    Reader,
}

fn parse_as<T: serde::de::DeserializeOwned>(entry: Entry, text: &str) -> Result<T, ParseError> {
    match entry {
        Entry::Str => json::from_str(text),
        Entry::Slice => json::from_slice(text.as_bytes()),
        Entry::Reader => json::from_reader(text.as_bytes()),
    }
}

/// A long-value case: the document, the path of its error, how the message starts,
/// the value quoted short in it, how the message ends, and the most the peak may be,
/// in times the value's length in the document, from a slice and from a reader.
struct LongValue {
    text: String,
    path: String,
    opening: &'static str,
    quoted: String,
    ending: &'static str,
    peak: (u64, u64),
}

#[test]
fn an_error_on_a_long_value_quotes_a_short_prefix_and_its_length() {
    // serde_json's "invalid type" message quotes the string it found, the timestamp
    // error the text it could not read, serde's "unknown field" the name: each quotes
    // at most 32 characters of a long value, with its length, and the message ends as
    // it would for a short value. Before, each message was as long as the value and
    // parsing peaked at 5 times the value (9 times for a key).
    //
    // The peak that is left is serde_json's own: it makes its message whole (3 times
    // the value at the peak, as its `String` grows and shrinks) before it is read
    // short; a reader, or an escape, first copies the value into a buffer grown by
    // doubling; a key is also copied into the tracked path. The timestamp's message is
    // ours, and copies nothing.
    let n = 1_000_000;
    let sevens = "7".repeat(n);
    let short = "7".repeat(32);
    let cases = [
        LongValue {
            text: format!(r#"{{"timeoutSeconds":"{sevens}"}}"#),
            path: "timeoutSeconds".into(),
            opening: "invalid type: string \"",
            quoted: format!("\"{short}…\" ({n} bytes)"),
            ending: ", expected i32",
            peak: (3, 5),
        },
        LongValue {
            text: format!(r#"{{"startHoldTime":"{sevens}"}}"#),
            path: "startHoldTime".into(),
            opening: "invalid timestamp \"",
            quoted: format!("\"{short}…\" ({n} bytes)"),
            ending: "expected an RFC 3339 timestamp such as 2024-05-01T12:00:00.000Z",
            peak: (0, 3),
        },
        LongValue {
            text: format!(r#"{{"timeoutSeconds":"{}"}}"#, "\\n".repeat(n / 2)),
            path: "timeoutSeconds".into(),
            opening: "invalid type: string \"",
            quoted: format!("\"{}…\" ({} bytes)", "\\n".repeat(32), n / 2),
            ending: ", expected i32",
            peak: (4, 4),
        },
        LongValue {
            text: format!(r#"{{"{sevens}":1}}"#),
            path: format!("{short}…"),
            opening: "unknown field `",
            quoted: format!("`{short}…` ({n} bytes)"),
            ending: ", expected `known`",
            peak: (4, 6),
        },
    ];
    for case in &cases {
        let key = case.opening.starts_with("unknown field");
        for entry in [Entry::Str, Entry::Slice, Entry::Reader] {
            let (result, cost) = if key {
                measure(|| parse_as::<Strict>(entry, &case.text).map(|_| ()))
            } else {
                measure(|| parse_as::<Callback>(entry, &case.text).map(|_| ()))
            };
            let error = result.expect_err("a long value of the wrong kind");
            let message = error.message();
            let context = format!("{entry:?} of {} bytes: {message}", case.text.len());
            assert_eq!(error.path(), case.path, "{context}");
            assert!(message.starts_with(case.opening), "{context}");
            assert!(message.contains(&case.quoted), "{context}");
            assert!(message.ends_with(case.ending), "{context}");
            assert!(message.len() < 300, "{context}");
            assert!(error.to_string().len() < 400, "{context}");
            let source = std::error::Error::source(&error).expect("the serde_json error").to_string();
            assert!(source.len() < 400, "{context}: the source says {source}");
            let factor = if matches!(entry, Entry::Reader) { case.peak.1 } else { case.peak.0 };
            assert!(cost.bytes_max <= factor * n as u64 + 65_536, "{context}: {cost:?}, more than {factor}x");
        }
    }
}

/// `{"callbackTimeZone":` then `depth` nested arrays (or objects) around `null`, then `}`.
fn deeply_nested(depth: usize, object: bool) -> String {
    let (open, close) = if object { (r#"{"x":"#, "}") } else { ("[", "]") };
    format!(r#"{{"callbackTimeZone":{}null{}}}"#, open.repeat(depth), close.repeat(depth))
}

#[test]
fn deep_nesting_in_an_unknown_field_is_skipped_without_recursion() {
    // serde_json skips an unknown field's value with a loop and one byte a level, not
    // recursion: its recursion limit (128) does not apply, and a million levels parse,
    // with no stack overflow, at a cost that grows linearly.
    for object in [false, true] {
        let small = deeply_nested(100_000, object);
        let large = deeply_nested(1_000_000, object);
        let (small_result, small_cost) = measure(|| parse_and_validate(&small));
        let (large_result, large_cost) = measure(|| parse_and_validate(&large));
        assert_eq!((small_result.ok(), large_result.ok()), (Some(0), Some(0)));
        assert!(large_cost.bytes_max <= 2 * 1_000_000 + 4096, "{large_cost:?}");
        assert!(large_cost.bytes_max <= 20 * small_cost.bytes_max, "{small_cost:?} {large_cost:?}");
        assert!(json::from_str::<Valid<Callback>>(&large).is_ok());
    }
}

#[test]
fn deep_nesting_that_never_closes_is_an_error() {
    let text = format!(r#"{{"callbackTimeZone":{}"#, "[".repeat(1_000_000));
    let error = json::from_str::<Callback>(&text).expect_err("unterminated");
    assert!(error.message().contains("EOF while parsing"), "{error}");
    let error = json::from_str::<Valid<Callback>>(&text).expect_err("unterminated");
    assert!(error.message().contains("EOF while parsing"), "{error}");
}

#[test]
fn deep_nesting_in_a_known_field_is_an_error_at_the_first_level() {
    let text = format!(r#"{{"segments":{}{}}}"#, "[".repeat(1_000_000), "]".repeat(1_000_000));
    let error = json::from_str::<Callback>(&text).expect_err("a segment is an object");
    assert_eq!(error.path(), "segments[0]");
    assert_eq!(error.column(), 14);
}

#[test]
fn unknown_fields_cost_no_memory_that_grows_with_their_number() {
    let fields = |n: usize| {
        let mut text = String::from("{");
        for i in 0..n {
            let _ = write!(text, r#""newerField{i}":{{"value":[{i},"text",null]}},"#);
        }
        text.push_str(r#""id":"6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"}"#);
        text
    };
    let (small, large) = (fields(10_000), fields(100_000));
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!((small_result.ok(), large_result.ok()), (Some(0), Some(0)));
    assert_eq!(small_cost.count_total, large_cost.count_total, "{small_cost:?} {large_cost:?}");
    assert!(large_cost.bytes_max < 4096, "{large_cost:?}");
}

#[test]
fn a_number_of_a_million_digits_is_an_error_or_skipped() {
    let digits = "9".repeat(1_000_000);
    let error = json::from_str::<Callback>(&format!(r#"{{"timeoutSeconds":{digits}}}"#)).expect_err("not an i32");
    assert_eq!(error.path(), "timeoutSeconds");
    let skipped = format!(r#"{{"callbackTimeZone":{digits}}}"#);
    let (result, cost) = measure(|| parse_and_validate(&skipped));
    assert_eq!(result.ok(), Some(0));
    assert!(cost.bytes_max < 4096, "{cost:?}");
}

#[test]
fn many_callback_numbers_cost_linearly() {
    let numbers = |n: usize| {
        let list = vec![r#""+13175551234""#; n].join(",");
        format!(r#"{{"callbackNumbers":[{list}]}}"#)
    };
    let (small, large) = (numbers(10_000), numbers(100_000));
    let (small_result, small_cost) = measure(|| parse_and_validate(&small));
    let (large_result, large_cost) = measure(|| parse_and_validate(&large));
    assert_eq!((small_result.ok(), large_result.ok()), (Some(0), Some(0)));
    assert_grows_linearly(&small_cost, &large_cost, 10);
}
