//! The wire form of timestamps: written `YYYY-MM-DDTHH:MM:SS.sssZ` (always
//! milliseconds, always UTC), read from any RFC 3339 form.
//!
//! For your own structs, use it as serde's `with` module:
//!
//! ```
//! use chrono::{DateTime, Utc};
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Event {
//!     #[serde(with = "callback_model::timestamp")]
//!     at: DateTime<Utc>,
//!     #[serde(default, skip_serializing_if = "Option::is_none", with = "callback_model::timestamp::option")]
//!     until: Option<DateTime<Utc>>,
//! }
//!
//! let event: Event = serde_json::from_str(r#"{"at": "2024-05-01T14:00:00+02:00"}"#).unwrap();
//! assert_eq!(serde_json::to_string(&event).unwrap(), r#"{"at":"2024-05-01T12:00:00.000Z"}"#);
//! ```

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::{Deserializer, Serializer, de};
use std::fmt;

/// The form written: `2024-05-01T12:00:00.000Z`; finer digits than milliseconds are
/// dropped, not rounded.
///
/// # Errors
///
/// A year outside 0000 to 9999, which RFC 3339 cannot write.
pub fn format(value: &DateTime<Utc>) -> Result<String, YearOutOfRange> {
    let mut buf = [0u8; 24];
    write(value, &mut buf)?;
    Ok(buf.iter().map(|&b| char::from(b)).collect())
}

/// Parses any RFC 3339 timestamp (`Z` or an offset, any fraction or none) into UTC.
///
/// # Errors
///
/// The text is not an RFC 3339 timestamp.
pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(text).map(|value| value.with_timezone(&Utc))
}

/// A timestamp whose year RFC 3339 cannot write (before 0000 or after 9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearOutOfRange(pub i32);

impl fmt::Display for YearOutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the year {} cannot be written as an RFC 3339 timestamp (0000 to 9999)", self.0)
    }
}

impl std::error::Error for YearOutOfRange {}

/// Writes the 24 bytes of the wire form into `buf`.
fn write(value: &DateTime<Utc>, buf: &mut [u8; 24]) -> Result<(), YearOutOfRange> {
    let year = value.year();
    let Ok(year_digits) = u32::try_from(year) else {
        return Err(YearOutOfRange(year));
    };
    if year_digits > 9999 {
        return Err(YearOutOfRange(year));
    }
    // A leap second is kept as nanoseconds past 1e9 with the second at 59; RFC 3339
    // writes it as second 60.
    let nanos = value.nanosecond();
    let (second, millis) = if nanos >= 1_000_000_000 {
        (value.second() + 1, (nanos - 1_000_000_000) / 1_000_000)
    } else {
        (value.second(), nanos / 1_000_000)
    };
    digits(&mut buf[0..4], year_digits);
    buf[4] = b'-';
    digits(&mut buf[5..7], value.month());
    buf[7] = b'-';
    digits(&mut buf[8..10], value.day());
    buf[10] = b'T';
    digits(&mut buf[11..13], value.hour());
    buf[13] = b':';
    digits(&mut buf[14..16], value.minute());
    buf[16] = b':';
    digits(&mut buf[17..19], second);
    buf[19] = b'.';
    digits(&mut buf[20..23], millis);
    buf[23] = b'Z';
    Ok(())
}

/// Writes `value` as exactly `out.len()` decimal digits, zero-padded.
fn digits(out: &mut [u8], mut value: u32) {
    for slot in out.iter_mut().rev() {
        // `value % 10` is below 10, so the narrowing is exact.
        *slot = b'0' + u8::try_from(value % 10).unwrap_or(0);
        value /= 10;
    }
}

/// serde `serialize_with` for a `DateTime<Utc>`.
///
/// # Errors
///
/// A year outside 0000 to 9999.
pub fn serialize<S: Serializer>(value: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; 24];
    write(value, &mut buf).map_err(serde::ser::Error::custom)?;
    // The buffer holds ASCII only.
    let text = std::str::from_utf8(&buf).map_err(serde::ser::Error::custom)?;
    serializer.serialize_str(text)
}

/// serde `deserialize_with` for a `DateTime<Utc>`: any RFC 3339 form.
///
/// # Errors
///
/// Not a string, or not an RFC 3339 timestamp.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(TimestampVisitor)
}

struct TimestampVisitor;

const EXPECTED: &str = "an RFC 3339 timestamp such as 2024-05-01T12:00:00.000Z";

impl de::Visitor<'_> for TimestampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        // A long text is quoted as its first characters and its length.
        let quoted = crate::json::Quoted(text);
        parse(text).map_err(|error| E::custom(format_args!("invalid timestamp {quoted}: {error}; expected {EXPECTED}")))
    }
}

/// The same for `Option<DateTime<Utc>>`: `null` (or, with `#[serde(default)]`, an
/// absent field) is `None`.
pub mod option {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer, de};
    use std::fmt;

    /// serde `serialize_with` for an `Option<DateTime<Utc>>` (`None` is `null`; pair it
    /// with `skip_serializing_if = "Option::is_none"` to leave the field out).
    ///
    /// # Errors
    ///
    /// A year outside 0000 to 9999.
    #[allow(clippy::ref_option)]
    pub fn serialize<S: Serializer>(value: &Option<DateTime<Utc>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => super::serialize(value, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// serde `deserialize_with` for an `Option<DateTime<Utc>>`.
    ///
    /// # Errors
    ///
    /// Neither `null` nor an RFC 3339 timestamp.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        deserializer.deserialize_option(OptionVisitor)
    }

    struct OptionVisitor;

    impl<'de> de::Visitor<'de> for OptionVisitor {
        type Value = Option<DateTime<Utc>>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "null or {}", super::EXPECTED)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            super::deserialize(deserializer).map(Some)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn writes_milliseconds_and_z_dropping_finer_digits() {
        let value = parse("2024-05-01T14:00:07.123987654+02:00").unwrap();
        assert_eq!(format(&value).unwrap(), "2024-05-01T12:00:07.123Z");
    }

    #[test]
    fn writes_the_first_and_last_writable_years() {
        let first = Utc.with_ymd_and_hms(0, 1, 1, 0, 0, 0).unwrap();
        let last = Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap();
        assert_eq!(format(&first).unwrap(), "0000-01-01T00:00:00.000Z");
        assert_eq!(format(&last).unwrap(), "9999-12-31T23:59:59.000Z");
    }

    #[test]
    fn refuses_years_rfc_3339_cannot_write() {
        let late = Utc.with_ymd_and_hms(10000, 1, 1, 0, 0, 0).unwrap();
        let early = Utc.with_ymd_and_hms(-1, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(format(&late), Err(YearOutOfRange(10000)));
        assert_eq!(format(&early), Err(YearOutOfRange(-1)));
    }

    #[test]
    fn a_leap_second_is_written_as_second_60() {
        let value = parse("2016-12-31T23:59:60.500Z").unwrap();
        assert_eq!(format(&value).unwrap(), "2016-12-31T23:59:60.500Z");
    }
}
