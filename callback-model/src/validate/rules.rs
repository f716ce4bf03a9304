//! The rule functions behind `#[validate(..)]`, usable by hand too.
//!
//! Each rule is a function returning `Ok(())` when the value passes and a
//! [`Violation`] (not yet placed) when it does not. They do not allocate when the value
//! passes. The predicates (`is_uuid`, ...) are the same checks as plain `bool`s.

use super::Violation;
pub use super::groups::{at_least_one_of, at_most_one_of, exactly_one_of};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::fmt::Display;
use std::rc::Rc;
use std::sync::Arc;

/// Text a string rule can read: `str`, `String`, `Box<str>`, `Cow<str>`, `Rc<str>`,
/// `Arc<str>`, and references to them.
#[diagnostic::on_unimplemented(
    message = "`uuid`, `e164`, `phone` and `non_blank` apply to strings, and `{Self}` is not one",
    label = "this rule needs a string"
)]
pub trait Text {
    /// The text.
    fn as_text(&self) -> &str;
}

impl Text for str {
    fn as_text(&self) -> &str {
        self
    }
}

impl Text for String {
    fn as_text(&self) -> &str {
        self
    }
}

impl Text for Box<str> {
    fn as_text(&self) -> &str {
        self
    }
}

impl Text for Cow<'_, str> {
    fn as_text(&self) -> &str {
        self
    }
}

impl Text for Rc<str> {
    fn as_text(&self) -> &str {
        self
    }
}

impl Text for Arc<str> {
    fn as_text(&self) -> &str {
        self
    }
}

impl<T: Text + ?Sized> Text for &T {
    fn as_text(&self) -> &str {
        (**self).as_text()
    }
}

/// A value with a length: strings count characters, collections count items.
#[diagnostic::on_unimplemented(
    message = "`length` applies to strings and collections, and `{Self}` is neither",
    label = "has no length"
)]
pub trait HasLength {
    /// The length: characters for strings, items for collections.
    fn length(&self) -> usize;

    /// What the length counts, for messages: `"characters"` or `"items"`.
    fn unit(&self) -> &'static str {
        "items"
    }
}

macro_rules! text_length {
    ($($ty:ty),*) => {$(
        impl HasLength for $ty {
            fn length(&self) -> usize {
                self.as_text().chars().count()
            }

            fn unit(&self) -> &'static str {
                "characters"
            }
        }
    )*};
}

text_length!(str, String, Box<str>, Cow<'_, str>, Rc<str>, Arc<str>);

macro_rules! collection_length {
    ($([$($generics:tt)*] $ty:ty),* $(,)?) => {$(
        impl<$($generics)*> HasLength for $ty {
            fn length(&self) -> usize {
                self.len()
            }
        }
    )*};
}

collection_length!(
    [T] [T],
    [T, const N: usize] [T; N],
    [T] Vec<T>,
    [T] VecDeque<T>,
    [T] LinkedList<T>,
    [T, S] HashSet<T, S>,
    [T] BTreeSet<T>,
    [T] BinaryHeap<T>,
    [K, V, S] HashMap<K, V, S>,
    [K, V] BTreeMap<K, V>,
    [T] Box<[T]>,
    [T: Clone] Cow<'_, [T]>,
);

impl<T: HasLength + ?Sized> HasLength for &T {
    fn length(&self) -> usize {
        (**self).length()
    }

    fn unit(&self) -> &'static str {
        (**self).unit()
    }
}

/// `required`: the violation for an absent value.
#[cold]
#[inline(never)]
pub fn required() -> Violation {
    Violation::new("required", "is required")
}

/// `length(min, max)`: `min <= length <= max`, counting characters or items.
///
/// # Errors
///
/// A `length` violation saying the bounds and the actual length.
#[inline]
pub fn length<T: HasLength + ?Sized>(value: &T, min: Option<usize>, max: Option<usize>) -> Result<(), Violation> {
    let length = value.length();
    if min.is_some_and(|min| length < min) || max.is_some_and(|max| length > max) {
        return Err(length_violation(length, min, max, value.unit()));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn length_violation(length: usize, min: Option<usize>, max: Option<usize>, unit: &str) -> Violation {
    // "characters" / "items", singular after a bound of 1.
    let unit_for = |n: usize| if n == 1 { unit.strip_suffix('s').unwrap_or(unit) } else { unit };
    let message = match (min, max) {
        (Some(min), Some(max)) if min == max => format!("must have exactly {min} {} (has {length})", unit_for(min)),
        (Some(min), Some(max)) => format!("must have {min} to {max} {unit} (has {length})"),
        (Some(min), None) => format!("must have at least {min} {} (has {length})", unit_for(min)),
        (None, Some(max)) => format!("must have at most {max} {} (has {length})", unit_for(max)),
        (None, None) => format!("must have any number of {unit} (has {length})"),
    };
    Violation::new("length", message)
}

/// `range(min, max)`: `min <= value <= max`.
///
/// # Errors
///
/// A `range` violation saying the bounds and the value. `NaN` is outside every range.
#[inline]
#[allow(clippy::needless_pass_by_value)] // bounds are literals: by value reads best at the call
pub fn range<T: PartialOrd + Display>(value: &T, min: Option<T>, max: Option<T>) -> Result<(), Violation> {
    let above_min = min.as_ref().is_none_or(|min| value >= min);
    let below_max = max.as_ref().is_none_or(|max| value <= max);
    if above_min && below_max {
        return Ok(());
    }
    Err(range_violation(value, min.as_ref(), max.as_ref()))
}

#[cold]
#[inline(never)]
fn range_violation<T: Display>(value: &T, min: Option<&T>, max: Option<&T>) -> Violation {
    let message = match (min, max) {
        (Some(min), Some(max)) => format!("must be between {min} and {max} (is {value})"),
        (Some(min), None) => format!("must be at least {min} (is {value})"),
        (None, Some(max)) => format!("must be at most {max} (is {value})"),
        (None, None) => format!("must be a number (is {value})"),
    };
    Violation::new("range", message)
}

/// `uuid`: a canonical hyphenated UUID, any hex case.
///
/// # Errors
///
/// A `uuid` violation.
#[inline]
pub fn uuid<S: Text + ?Sized>(value: &S) -> Result<(), Violation> {
    if is_uuid(value.as_text()) { Ok(()) } else { Err(uuid_violation()) }
}

#[cold]
#[inline(never)]
fn uuid_violation() -> Violation {
    Violation::new("uuid", "must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens")
}

/// `e164`: `+`, then 2 to 15 digits, the first not 0.
///
/// # Errors
///
/// An `e164` violation.
#[inline]
pub fn e164<S: Text + ?Sized>(value: &S) -> Result<(), Violation> {
    if is_e164(value.as_text()) { Ok(()) } else { Err(e164_violation()) }
}

#[cold]
#[inline(never)]
fn e164_violation() -> Violation {
    Violation::new("e164", "must be an E.164 number: `+`, then 2 to 15 digits, the first not 0")
}

/// `phone`: a dialable number (see [`is_phone`]).
///
/// # Errors
///
/// A `phone` violation.
#[inline]
pub fn phone<S: Text + ?Sized>(value: &S) -> Result<(), Violation> {
    if is_phone(value.as_text()) { Ok(()) } else { Err(phone_violation()) }
}

#[cold]
#[inline(never)]
fn phone_violation() -> Violation {
    Violation::new(
        "phone",
        "must be a dialable phone number: 3 to 15 digits, optionally after `tel:` and `+`, separated only by spaces, `-`, `.`, `(` or `)`",
    )
}

/// `non_blank`: at least one character that is not white space.
///
/// # Errors
///
/// A `non_blank` violation.
#[inline]
pub fn non_blank<S: Text + ?Sized>(value: &S) -> Result<(), Violation> {
    if is_blank(value.as_text()) { Err(non_blank_violation()) } else { Ok(()) }
}

#[cold]
#[inline(never)]
fn non_blank_violation() -> Violation {
    Violation::new("non_blank", "must not be blank")
}

/// `not_before = other`: when `other` is present, `value >= other`. `other_name` is
/// the other field's wire name, for the message.
///
/// # Errors
///
/// A `not_before` violation naming the other field.
#[inline]
pub fn not_before<T: PartialOrd + ?Sized>(
    value: &T,
    other: Option<&T>,
    other_name: &'static str,
) -> Result<(), Violation> {
    match other {
        Some(other) if value < other => Err(not_before_violation(other_name)),
        _ => Ok(()),
    }
}

#[cold]
#[inline(never)]
fn not_before_violation(other_name: &'static str) -> Violation {
    Violation::new("not_before", format!("must not be before {other_name}"))
}

/// A canonical hyphenated UUID (`123e4567-e89b-12d3-a456-426614174000`), any hex case.
#[inline]
pub fn is_uuid(value: &str) -> bool {
    let Ok(b) = <&[u8; 36]>::try_from(value.as_bytes()) else {
        return false;
    };
    // The 32 hex digits as four words of eight bytes: 0..8, 9..13 with 14..18,
    // 19..23 with 24..28, and 28..36.
    let four = |at: usize| u64::from(u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]));
    let eight = |at: usize| four(at) | (four(at + 4) << 32);
    b[8] == b'-'
        && b[13] == b'-'
        && b[18] == b'-'
        && b[23] == b'-'
        && hex_digits(eight(0))
            & hex_digits(four(9) | (four(14) << 32))
            & hex_digits(four(19) | (four(24) << 32))
            & hex_digits(eight(28))
}

/// `0x01` in every byte of a `u64`.
const ONES: u64 = u64::MAX / 0xff;
/// The high bit of every byte of a `u64`.
const HIGH: u64 = ONES << 7;

/// The high bit set in each byte of `word` that lies in `lo..=hi`, for a `word` whose
/// bytes are all ASCII (below `0x80`), and `lo <= hi < 0x80`: `byte + (0x80 - lo)`
/// reaches the high bit exactly when `byte >= lo`, and `byte + (0x7f - hi)` exactly
/// when `byte > hi`; neither carries into the next byte.
#[inline]
fn bytes_in(word: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = word.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = word.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & HIGH
}

/// Each of the eight bytes of `word` is an ASCII hex digit, any case. Eight bytes at a
/// time (no branch per byte): a UUID is four such words.
#[inline]
fn hex_digits(word: u64) -> bool {
    // Setting bit 5 folds `A..=F` onto `a..=f` (and moves no other byte into it).
    word & HIGH == 0 && (bytes_in(word, b'0', b'9') | bytes_in(word | (ONES * 0x20), b'a', b'f')) == HIGH
}

/// `+`, then 2 to 15 ASCII digits, the first not `0`.
pub fn is_e164(value: &str) -> bool {
    let Some(digits) = value.strip_prefix('+') else {
        return false;
    };
    (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
}

/// A dialable number: an optional `tel:` (any case), an optional `+`, then ASCII
/// digits and the separators space, `-`, `.`, `(` and `)`, with 3 to 15 digits in all.
pub fn is_phone(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut start = if bytes.len() >= 4 && bytes[..4].eq_ignore_ascii_case(b"tel:") { 4 } else { 0 };
    if bytes.get(start) == Some(&b'+') {
        start += 1;
    }
    let number = &bytes[start..];
    // Eight bytes at a time, without a branch per byte; the last few bytes as the
    // top lanes of the value's last eight (whose other bytes are checked already, or
    // are `tel:` / `+`), or one by one when the whole value is shorter than eight.
    let mut words = number.chunks_exact(8);
    let mut digits = 0;
    for word in &mut words {
        let Some(count) = phone_digits(word_at(word, 0), HIGH) else {
            return false;
        };
        digits += count;
    }
    let tail = words.remainder().len();
    if tail > 0 {
        let count = if bytes.len() >= 8 {
            phone_digits(word_at(bytes, bytes.len() - 8), HIGH << (8 * (8 - tail)))
        } else {
            phone_digits_bytewise(words.remainder())
        };
        let Some(count) = count else {
            return false;
        };
        digits += count;
    }
    (3..=15).contains(&digits)
}

/// The eight bytes of `bytes` from `at`, as a little-endian word.
#[inline]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// How many digits the bytes of `word` marked in `lanes` (high bits) hold, or `None`
/// when one of them is neither a digit nor a separator. Every byte of `word` outside
/// `lanes` must be ASCII.
#[inline]
fn phone_digits(word: u64, lanes: u64) -> Option<usize> {
    if word & HIGH != 0 {
        return None;
    }
    let digits = bytes_in(word, b'0', b'9') & lanes;
    let separators = (bytes_in(word, b' ', b' ') | bytes_in(word, b'(', b')') | bytes_in(word, b'-', b'.')) & lanes;
    if digits | separators != lanes {
        return None;
    }
    // Each digit's lane holds 1 after the shift; the multiply adds them up into the
    // top byte (eight at most, so no carry).
    usize::try_from(((digits >> 7).wrapping_mul(ONES)) >> 56).ok()
}

fn phone_digits_bytewise(bytes: &[u8]) -> Option<usize> {
    let mut digits = 0;
    for b in bytes {
        match b {
            b'0'..=b'9' => digits += 1,
            b' ' | b'-' | b'.' | b'(' | b')' => {}
            _ => return None,
        }
    }
    Some(digits)
}

/// Empty, or white space only (Unicode white space).
#[inline]
pub fn is_blank(value: &str) -> bool {
    match value.as_bytes().first() {
        None => true,
        // An ASCII byte that is not white space: most text ends here, at its first byte.
        Some(&b) if b.is_ascii() && !is_ascii_white_space(b) => false,
        Some(_) => all_white_space(value),
    }
}

/// ASCII white space as [`char::is_whitespace`] counts it: also `\x0b` (vertical tab),
/// which [`u8::is_ascii_whitespace`] leaves out.
#[inline]
const fn is_ascii_white_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

fn all_white_space(value: &str) -> bool {
    value.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_accepts_any_hex_case_and_rejects_other_shapes() {
        assert!(is_uuid("123e4567-e89b-12d3-a456-426614174000"));
        assert!(is_uuid("123E4567-E89B-12D3-A456-426614174000"));
        assert!(!is_uuid("123e4567e89b12d3a456426614174000"));
        assert!(!is_uuid("{123e4567-e89b-12d3-a456-426614174000}"));
        assert!(!is_uuid("123e4567-e89b-12d3-a456-42661417400g"));
        assert!(!is_uuid(""));
    }

    /// `is_uuid` as the rule is written: hyphens at 8, 13, 18 and 23, hex elsewhere.
    fn uuid_by_the_letter(bytes: &[u8]) -> bool {
        bytes.len() == 36
            && bytes.iter().enumerate().all(|(i, b)| match i {
                8 | 13 | 18 | 23 => *b == b'-',
                _ => b.is_ascii_hexdigit(),
            })
    }

    #[test]
    fn uuid_agrees_with_the_rule_for_every_byte_at_every_place() {
        let valid = *b"123e4567-E89B-12d3-a456-426614174000";
        for at in 0..valid.len() {
            for byte in 0..=u8::MAX {
                let mut bytes = valid;
                bytes[at] = byte;
                // A byte that makes the text invalid UTF-8 cannot reach `is_uuid`; the
                // same byte in a two-byte character can (below).
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    assert_eq!(is_uuid(text), uuid_by_the_letter(&bytes), "{text:?}");
                }
            }
        }
        // A character of two or three bytes in place of as many ASCII ones: still 36
        // bytes, not a UUID.
        for ch in ['\u{80}', '\u{e9}', '\u{ff10}'] {
            for at in [0, 6, 7, 8, 22, 33] {
                let mut text = String::from("123e4567-e89b-12d3-a456-426614174000");
                text.replace_range(at..at + ch.len_utf8(), ch.encode_utf8(&mut [0; 4]));
                assert_eq!(text.len(), 36);
                assert!(!is_uuid(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn hex_digits_checks_each_of_the_eight_bytes() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = *b"09afAF3c";
                bytes[at] = byte;
                assert_eq!(hex_digits(u64::from_le_bytes(bytes)), byte.is_ascii_hexdigit(), "{bytes:?}");
            }
        }
    }

    /// `is_phone` as the rule is written, one byte at a time.
    fn phone_by_the_letter(value: &str) -> bool {
        let rest = match value.get(..4) {
            Some(scheme) if scheme.eq_ignore_ascii_case("tel:") => &value[4..],
            _ => value,
        };
        let rest = rest.strip_prefix('+').unwrap_or(rest);
        let mut digits = 0;
        for b in rest.bytes() {
            match b {
                b'0'..=b'9' => digits += 1,
                b' ' | b'-' | b'.' | b'(' | b')' => {}
                _ => return false,
            }
        }
        (3..=15).contains(&digits)
    }

    #[test]
    fn phone_agrees_with_the_rule_for_every_byte_at_every_place_and_every_length() {
        for template in ["tel:+1 (317) 555-0000", "+13175551234", "(317) 555.1234 99", "TEL:911"] {
            // Every prefix and every suffix, so each length meets each word boundary.
            let cuts = (0..=template.len()).flat_map(|n| [&template[..n], &template[n..]]);
            for text in cuts {
                let bytes = text.as_bytes().to_vec();
                assert_eq!(is_phone(text), phone_by_the_letter(text), "{text:?}");
                for at in 0..bytes.len() {
                    for byte in 0..=u8::MAX {
                        let mut changed = bytes.clone();
                        changed[at] = byte;
                        if let Ok(changed) = std::str::from_utf8(&changed) {
                            assert_eq!(is_phone(changed), phone_by_the_letter(changed), "{changed:?}");
                        }
                    }
                }
            }
        }
        for text in ["tel:+1 (317) 555-00\u{e9}", "\u{e9}3175551234", "+1317555123\u{ff10}", "tél:3175551234"] {
            assert_eq!(is_phone(text), phone_by_the_letter(text), "{text:?}");
        }
    }

    #[test]
    fn blank_agrees_with_char_is_whitespace_whatever_the_first_character() {
        for first in (0..=0x7f).map(char::from).chain([' ', '\u{85}', '\u{a0}', '\u{2003}', '\u{3000}', 'é']) {
            for rest in ["", " ", "\t\u{2003}", " x", "\u{0b}"] {
                let text = format!("{first}{rest}");
                assert_eq!(is_blank(&text), text.chars().all(char::is_whitespace), "{text:?}");
            }
        }
    }

    #[test]
    fn e164_wants_plus_and_two_to_fifteen_digits_not_starting_with_zero() {
        assert!(is_e164("+13175551234"));
        assert!(is_e164("+12"));
        assert!(is_e164("+123456789012345"));
        assert!(!is_e164("+1234567890123456"));
        assert!(!is_e164("+1"));
        assert!(!is_e164("+01234"));
        assert!(!is_e164("13175551234"));
        assert!(!is_e164("+1 317 555 1234"));
    }

    #[test]
    fn phone_allows_tel_plus_and_separators() {
        assert!(is_phone("tel:+1-317-555-1234"));
        assert!(is_phone("TEL:3175551234"));
        assert!(is_phone("(317) 555.1234"));
        assert!(is_phone("911"));
        assert!(!is_phone("91"));
        assert!(!is_phone("1234567890123456"));
        assert!(!is_phone("317-555-CALL"));
        assert!(!is_phone("++13175551234"));
        assert!(!is_phone(""));
        assert!(!is_phone("tél:3175551234"));
    }

    #[test]
    fn blank_means_white_space_only() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{2003}"));
        assert!(!is_blank(" x "));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(length("héllo", Some(5), Some(5)).is_ok());
        let violation = length("héllo!", None, Some(5)).unwrap_err();
        assert_eq!(violation.message(), "must have at most 5 characters (has 6)");
        assert_eq!(length("", Some(1), None).unwrap_err().message(), "must have at least 1 character (has 0)");
        assert_eq!(length(&[0u8; 2][..], Some(1), Some(1)).unwrap_err().message(), "must have exactly 1 item (has 2)");
    }

    #[test]
    fn range_rejects_nan() {
        assert!(range(&f64::NAN, Some(0.0), None).is_err());
        assert_eq!(range(&-1, Some(0), None).unwrap_err().message(), "must be at least 0 (is -1)");
    }
}
