//! The rule predicates of `callback_model::rules` against plain references written
//! here, one character at a time, from the rules' documented meaning.
//!
//! `is_uuid` and `is_phone` read eight bytes at a time with bit tricks, and `is_blank`
//! has an ASCII fast path; a reference has neither, so a disagreement is a bug in the
//! optimization (or in the reference). The texts are:
//!
//! - generated edge cases: ASCII bases shaped like each rule's values (a UUID, an E.164
//!   number, phone numbers after every prefix, white space) cut to every length 0..=64,
//!   then one byte replaced, at every offset, by every ASCII byte (which includes the
//!   bytes either side of the hex, digit, separator and white-space boundaries) or by a
//!   character of two to four bytes (so it crosses every 8-byte block edge); and every
//!   Unicode white-space character, runs of them, with every other character placed
//!   at every position;
//! - random texts (proptest): any Unicode, the rules' own alphabets, and near misses.
//!
//! The rule functions (`uuid`, `e164`, `phone`, `non_blank`, `length`, `range`,
//! `not_before`) are checked to agree with the same references, and to report their
//! code.

use callback_model::rules::{self, HasLength, Text, is_blank, is_e164, is_phone, is_uuid, length, not_before, range};
use callback_tests::strategies::{e164_text, phone_text, text, uuid_text};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

// ---------------------------------------------------------------------------------
// The references.

/// An ASCII hex digit, either case, as a UUID's text says it. The references spell
/// their ranges out rather than share `u8::is_ascii_hexdigit` with the runtime.
#[allow(clippy::manual_is_ascii_check)]
fn is_hex(c: char) -> bool {
    matches!(c, '0'..='9' | 'a'..='f' | 'A'..='F')
}

/// An ASCII digit.
#[allow(clippy::manual_is_ascii_check)]
fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9')
}

/// `uuid`: 36 characters, `-` at 8, 13, 18 and 23, hex digits everywhere else.
fn uuid_reference(text: &str) -> bool {
    let mut count = 0;
    for (i, c) in text.chars().enumerate() {
        let expected = if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { is_hex(c) };
        if !expected {
            return false;
        }
        count += 1;
    }
    count == 36
}

/// `e164`: `+`, then 2 to 15 digits, the first not `0`.
fn e164_reference(text: &str) -> bool {
    let mut chars = text.chars();
    if chars.next() != Some('+') {
        return false;
    }
    let mut digits = 0;
    for (i, c) in chars.enumerate() {
        if !is_digit(c) || (i == 0 && c == '0') {
            return false;
        }
        digits += 1;
    }
    (2..=15).contains(&digits)
}

/// `phone`: an optional `tel:` in any ASCII case, an optional `+`, then digits and the
/// separators space, `-`, `.`, `(` and `)`, with 3 to 15 digits.
fn phone_reference(text: &str) -> bool {
    let is_tel = text.chars().take(4).map(|c| c.to_ascii_lowercase()).eq("tel:".chars());
    let mut rest = text.chars().skip(if is_tel { 4 } else { 0 }).peekable();
    rest.next_if_eq(&'+');
    let mut digits = 0;
    for c in rest {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return false,
        }
    }
    (3..=15).contains(&digits)
}

/// Every character with the Unicode property `White_Space` (PropList.txt): the ones
/// `char::is_whitespace` is documented to accept.
const WHITE_SPACE: [char; 25] = [
    '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}',
    '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}',
    '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
];

/// `non_blank` fails: no character, or white space only.
fn blank_reference(text: &str) -> bool {
    text.chars().all(|c| WHITE_SPACE.contains(&c))
}

/// Characters of two to four bytes: the first and last of each width, ones whose last
/// byte is an ASCII digit, hex letter, space, `-`, `+` or `:` with the high bit set
/// (what a missing high-bit check would let through), digits and letters of other
/// scripts, and the Kelvin sign (lower case `k` in Unicode, not in ASCII).
const MULTI_BYTE: [char; 19] = [
    '\u{80}',
    '\u{7ff}',
    '\u{800}',
    '\u{ffff}',
    '\u{10000}',
    '\u{10ffff}',
    '\u{b0}',
    '\u{b9}',
    '\u{e1}',
    '\u{c6}',
    '\u{a0}',
    '\u{ad}',
    '\u{ab}',
    '\u{ba}',
    '\u{130}',
    '\u{660}',
    '\u{ff10}',
    '\u{ff21}',
    '\u{212a}',
];

/// Each predicate against the reference, for one text.
fn assert_predicates_agree(text: &str) {
    assert_eq!(is_uuid(text), uuid_reference(text), "is_uuid({text:?})");
    assert_eq!(is_e164(text), e164_reference(text), "is_e164({text:?})");
    assert_eq!(is_phone(text), phone_reference(text), "is_phone({text:?})");
    assert_eq!(is_blank(text), blank_reference(text), "is_blank({text:?})");
}

/// Each predicate and its rule function against the reference, for one text.
fn assert_agree(text: &str) {
    let uuid = uuid_reference(text);
    assert_eq!(is_uuid(text), uuid, "is_uuid({text:?})");
    assert_eq!(rules::uuid(text).is_ok(), uuid, "uuid({text:?})");
    let e164 = e164_reference(text);
    assert_eq!(is_e164(text), e164, "is_e164({text:?})");
    assert_eq!(rules::e164(text).is_ok(), e164, "e164({text:?})");
    let phone = phone_reference(text);
    assert_eq!(is_phone(text), phone, "is_phone({text:?})");
    assert_eq!(rules::phone(text).is_ok(), phone, "phone({text:?})");
    let blank = blank_reference(text);
    assert_eq!(is_blank(text), blank, "is_blank({text:?})");
    assert_eq!(rules::non_blank(text).is_err(), blank, "non_blank({text:?})");
}

// ---------------------------------------------------------------------------------
// The references say what the rules mean.

#[test]
fn the_references_accept_and_refuse_the_documented_examples() {
    assert!(uuid_reference("123e4567-e89b-12d3-a456-426614174000"));
    assert!(uuid_reference("123E4567-E89B-12D3-A456-426614174000"));
    assert!(!uuid_reference("123e4567e89b12d3a456426614174000"));
    assert!(e164_reference("+13175551234") && e164_reference("+12") && e164_reference("+123456789012345"));
    assert!(!e164_reference("+1") && !e164_reference("+1234567890123456") && !e164_reference("+01234"));
    assert!(phone_reference("tel:+1-317-555-1234") && phone_reference("TEL:911") && phone_reference("(317) 555.1234"));
    assert!(!phone_reference("91") && !phone_reference("1234567890123456") && !phone_reference("tél:3175551234"));
    assert!(blank_reference("") && blank_reference(" \t\u{2003}") && !blank_reference(" x "));
}

#[test]
fn the_white_space_list_is_what_char_is_whitespace_accepts() {
    let accepted: Vec<char> =
        (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
    assert_eq!(accepted, WHITE_SPACE);
}

// ---------------------------------------------------------------------------------
// Generated edge cases.

/// `tel:` in some case, `+`, both, or neither: each moves the 8-byte blocks of the
/// number by a different offset (and `++`, which is not a prefix).
const PHONE_PREFIXES: [&str; 5] = ["", "+", "tel:", "TEL:+", "++"];

/// ASCII texts of at least 64 bytes, shaped like the values each rule accepts.
fn bases() -> Vec<String> {
    let repeat = |prefix: &str, cycle: &str| {
        let mut text = prefix.to_owned();
        while text.len() < 64 {
            text.push_str(cycle);
        }
        text
    };
    let mut bases = vec![
        // A UUID at length 36, and a longer text of the same characters.
        repeat("123e4567-E89B-12d3-a456-426614174000", "-89abcdefABCDEF0"),
        repeat("", "0123456789abcdefABCDEF"),
        // An E.164 number for lengths 3..=16.
        repeat("+", "1234567890"),
        // White space.
        repeat("", " "),
        repeat("", "\t\n\u{b}\u{c}\r "),
    ];
    for prefix in PHONE_PREFIXES {
        // Only digits: 3 to 15 of them after the prefix at the short lengths.
        bases.push(repeat(prefix, "0123456789"));
        // Two digits in ten characters: 3 to 15 digits at lengths up to 64.
        bases.push(repeat(prefix, "1 -.()2-. "));
    }
    bases
}

/// The ASCII bytes on either side of, and at, each boundary the predicates test: digits,
/// hex letters in both cases, the phone separators, `+`, `tel:` in both cases, and the
/// ASCII white space (`\t..=\r` and space); with NUL and DEL, the ends of ASCII.
fn boundary_bytes() -> Vec<u8> {
    let mut bytes: Vec<u8> =
        b"09afAF()-. +:telTEL\t\r".iter().flat_map(|&b| [b - 1, b, b + 1]).chain([0x00, 0x7f]).collect();
    bytes.sort_unstable();
    bytes.dedup();
    bytes
}

/// Every byte of [`boundary_bytes`], and every character of [`MULTI_BYTE`] and of
/// [`WHITE_SPACE`].
fn replacements() -> Vec<char> {
    boundary_bytes()
        .into_iter()
        .map(char::from)
        .chain(MULTI_BYTE)
        .chain(WHITE_SPACE.into_iter().filter(|c| !c.is_ascii()))
        .collect()
}

/// Every base cut to every length 0..=64, and each cut with one run of bytes, at every
/// offset, replaced by every character of [`replacements`] (as many bytes as it takes):
/// the texts keep their length in bytes.
fn for_each_edge_case(mut check: impl FnMut(&str)) {
    let replacements = replacements();
    let mut buffer = Vec::with_capacity(64);
    for base in bases() {
        for len in 0..=64 {
            let cut = &base.as_bytes()[..len];
            check(std::str::from_utf8(cut).expect("an ASCII base"));
            for ch in &replacements {
                let width = ch.len_utf8();
                for at in 0..=len.saturating_sub(width) {
                    if at + width > len {
                        continue;
                    }
                    buffer.clear();
                    buffer.extend_from_slice(&cut[..at]);
                    buffer.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                    buffer.extend_from_slice(&cut[at + width..]);
                    check(std::str::from_utf8(&buffer).expect("ASCII around one whole character"));
                }
            }
        }
    }
}

#[test]
fn the_predicates_agree_with_the_references_on_every_edge_case() {
    let (mut texts, mut uuids, mut e164s, mut phones, mut blanks) = (0, 0, 0, 0, 0);
    for_each_edge_case(|text| {
        assert_predicates_agree(text);
        texts += 1;
        uuids += usize::from(uuid_reference(text));
        e164s += usize::from(e164_reference(text));
        phones += usize::from(phone_reference(text));
        blanks += usize::from(blank_reference(text));
    });
    // The cases reach both answers of every rule, many times.
    assert!(texts > 500_000, "{texts} texts");
    for (rule, accepted) in [("uuid", uuids), ("e164", e164s), ("phone", phones), ("blank", blanks)] {
        assert!(accepted > 100 && accepted < texts / 2, "{rule}: {accepted} of {texts}");
    }
}

#[test]
fn a_uuid_with_a_multi_byte_character_in_36_bytes_is_not_one() {
    let uuid = "123e4567-e89b-12d3-a456-426614174000";
    for ch in MULTI_BYTE.into_iter().chain(WHITE_SPACE) {
        let width = ch.len_utf8();
        for at in 0..=uuid.len() - width {
            let text = format!("{}{ch}{}", &uuid[..at], &uuid[at + width..]);
            assert_eq!(text.len(), 36);
            assert!(!is_uuid(&text), "{text:?}");
            assert_agree(&text);
        }
    }
}

#[test]
fn runs_of_each_white_space_character_are_blank_until_another_character_joins() {
    let replacements = replacements();
    for space in WHITE_SPACE {
        for count in 0..=12 {
            let run: Vec<char> = vec![space; count];
            let text: String = run.iter().collect();
            assert!(is_blank(&text), "{text:?}");
            assert_agree(&text);
            for at in 0..count {
                for &ch in &replacements {
                    let mut changed = run.clone();
                    changed[at] = ch;
                    let changed: String = changed.into_iter().collect();
                    assert_eq!(is_blank(&changed), WHITE_SPACE.contains(&ch), "{changed:?}");
                    assert_predicates_agree(&changed);
                }
            }
        }
    }
}

#[test]
fn every_digit_count_around_the_phone_and_e164_bounds() {
    for prefix in PHONE_PREFIXES {
        for digits in 0..=20 {
            for separator in ["", " ", "-", ".", "()"] {
                let number: Vec<String> = (0..digits).map(|d| ((d * 7 + 1) % 10).to_string()).collect();
                let text = format!("{prefix}{}", number.join(separator));
                let expected = (3..=15).contains(&digits) && prefix != "++";
                assert_eq!(is_phone(&text), expected, "{text:?}");
                assert_agree(&text);
            }
        }
    }
    for digits in 0..=20 {
        let text = format!("+{}", "9".repeat(digits));
        assert_eq!(is_e164(&text), (2..=15).contains(&digits), "{text:?}");
        assert_agree(&text);
    }
}

// ---------------------------------------------------------------------------------
// Random texts.

/// Cases per property, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 2048;

fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() { default.cases } else { CASES };
    ProptestConfig { cases, failure_persistence: None, ..default }
}

/// Texts from the characters the rules care about, any Unicode, and the near misses
/// of `callback_tests::strategies`.
fn rule_text() -> BoxedStrategy<String> {
    let alphabet: Vec<char> =
        "0123456789abcdefABCDEFgG-+:().tTeElL /\u{b}\t\r\n".chars().chain(MULTI_BYTE).chain(WHITE_SPACE).collect();
    prop_oneof![
        3 => vec(select(alphabet), 0..48).prop_map(String::from_iter),
        2 => any::<String>(),
        1 => text(),
        2 => uuid_text(),
        2 => phone_text(),
        2 => e164_text(),
        1 => vec(select(WHITE_SPACE.to_vec()), 0..24).prop_map(String::from_iter),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_predicates_agree_with_the_references_on_random_texts(text in rule_text()) {
        assert_agree(&text);
    }

    #[test]
    fn length_counts_characters_and_items_as_the_bounds_say(
        text in rule_text(),
        min in proptest::option::of(0..40usize),
        max in proptest::option::of(0..40usize),
    ) {
        let passes = |n: usize| min.is_none_or(|min| min <= n) && max.is_none_or(|max| n <= max);
        let characters = text.chars().count();
        prop_assert_eq!(text.as_str().length(), characters);
        prop_assert_eq!(length(text.as_str(), min, max).is_ok(), passes(characters));
        let items: Vec<char> = text.chars().collect();
        prop_assert_eq!(length(items.as_slice(), min, max).is_ok(), passes(items.len()));
        if let Err(violation) = length(text.as_str(), min, max) {
            prop_assert_eq!(violation.code(), "length");
            let has = format!("(has {characters})");
            prop_assert!(violation.message().ends_with(&has), "{}", violation.message());
        }
    }

    #[test]
    fn range_passes_between_its_bounds_inclusive(
        value in -50..50i64,
        min in proptest::option::of(-50..50i64),
        max in proptest::option::of(-50..50i64),
    ) {
        let passes = min.is_none_or(|min| min <= value) && max.is_none_or(|max| value <= max);
        let result = range(&value, min, max);
        prop_assert_eq!(result.is_ok(), passes);
        if let Err(violation) = result {
            prop_assert_eq!(violation.code(), "range");
            let is = format!("(is {value})");
            prop_assert!(violation.message().ends_with(&is), "{}", violation.message());
        }
    }

    #[test]
    fn range_of_floats_refuses_nan_and_keeps_its_bounds(
        value in prop_oneof![4 => -10.0..10.0f64, 1 => Just(f64::NAN), 1 => Just(-0.0), 1 => Just(f64::INFINITY)],
        min in proptest::option::of(-10.0..10.0f64),
        max in proptest::option::of(-10.0..10.0f64),
    ) {
        let passes = min.is_none_or(|min| min <= value) && max.is_none_or(|max| value <= max);
        prop_assert_eq!(range(&value, min, max).is_ok(), passes);
        if value.is_nan() && (min.is_some() || max.is_some()) {
            prop_assert!(range(&value, min, max).is_err());
        }
    }

    #[test]
    fn not_before_fails_only_before_a_present_other(value in -5..5i32, other in proptest::option::of(-5..5i32)) {
        let result = not_before(&value, other.as_ref(), "startTime");
        prop_assert_eq!(result.is_ok(), other.is_none_or(|other| value >= other));
        if let Err(violation) = result {
            prop_assert_eq!((violation.code(), violation.message()), ("not_before", "must not be before startTime"));
        }
    }

    #[test]
    fn text_reads_the_same_through_every_string_type(text in rule_text()) {
        let boxed: Box<str> = text.as_str().into();
        let rc: std::rc::Rc<str> = text.as_str().into();
        let arc: std::sync::Arc<str> = text.as_str().into();
        let cow: std::borrow::Cow<'_, str> = text.as_str().into();
        prop_assert_eq!(boxed.as_text(), text.as_str());
        prop_assert_eq!(rc.as_text(), text.as_str());
        prop_assert_eq!(arc.as_text(), text.as_str());
        prop_assert_eq!(cow.as_text(), text.as_str());
        let by_reference: &String = &text;
        prop_assert_eq!(Text::as_text(&by_reference), text.as_str());
    }
}
