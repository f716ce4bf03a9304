//! Reading and writing JSON, with errors that say where.
//!
//! ```
//! use callback_model::{Callback, json};
//!
//! let error = json::from_str::<Callback>(r#"{
//!   "segments": [{"startTime": 5}]
//! }"#).unwrap_err();
//! assert_eq!(error.path(), "segments[0].startTime");
//! assert_eq!(error.line(), 2);
//! assert!(error.to_string().contains("expected an RFC 3339 timestamp"));
//! ```

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// JSON that could not be read into the requested type: what was wrong, and where.
#[derive(Debug)]
pub struct ParseError {
    path: String,
    message: String,
    line: usize,
    column: usize,
    source: serde_json::Error,
}

impl ParseError {
    fn new(mut path: String, source: serde_json::Error) -> Self {
        let full = source.to_string();
        let position = format!(" at line {} column {}", source.line(), source.column());
        let message = full.strip_suffix(&position).unwrap_or(&full).to_owned();
        // "missing field `startTime`" and "duplicate field `id`" are reported at the
        // object; point at the field.
        let field = ["missing field `", "duplicate field `"]
            .iter()
            .find_map(|prefix| message.strip_prefix(prefix))
            .and_then(|rest| rest.strip_suffix('`'));
        if let Some(field) = field {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(field);
        }
        let (line, column) = (source.line(), source.column());
        ParseError { path, message, line, column, source }
    }

    /// An error `serde_json` could not place was raised after a whole value was read
    /// (a `Valid<T>` that breaks its rules, or any `Deserialize` that checks the value
    /// it built). If the document is not well-formed JSON after that value (`{..} ]`),
    /// the syntax error is reported instead, as it would be for any other `T`;
    /// otherwise the error is placed at the end of the document's last non-blank line.
    fn placed_in(mut self, input: &[u8]) -> Self {
        if self.line != 0 {
            return self;
        }
        if let Err(syntax) = serde_json::from_slice::<serde::de::IgnoredAny>(input) {
            return ParseError::new(String::new(), syntax);
        }
        let end = input.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |i| i + 1);
        let before = &input[..end];
        self.line = before.split(|&b| b == b'\n').count();
        self.column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        self
    }

    /// Where in the document, in wire names: `segments[0].startTime`. Empty for the
    /// document as a whole (bad syntax before any value, trailing characters).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line (from 1) where the problem was found. 0 when it is not known: a
    /// [`from_reader`] document whose value broke its rules after it was read.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (from 1; 0 at the very start of a line) where the problem was found.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What was wrong and what was expected, without the position:
    /// `invalid type: string "5", expected i32`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The kind of problem: bad syntax, wrong data, or the input ended early.
    pub fn category(&self) -> serde_json::error::Category {
        self.source.classify()
    }
}

impl fmt::Display for ParseError {
    /// `at segments[0].startTime (line 3, column 24): invalid type: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "the top level" } else { &self.path };
        write!(f, "at {path} (line {}, column {}): {}", self.line(), self.column(), self.message)
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// `segments[0].startTime`: map keys joined by dots, sequence indices in brackets.
/// An unknown segment (an error while a key was read) adds nothing.
fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            // A key that was being read when the error came (or a non-string key):
            // not a place in the document.
            Segment::Unknown => {}
        }
    }
    out
}

/// Parses `text` as a `T`.
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, ParseError> {
    // The fast path parses without tracking; only a failure is parsed again, with the
    // path tracked, to say where it failed.
    serde_json::from_str(text).map_err(|error| {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        locate::<_, T>(&mut deserializer, error).placed_in(text.as_bytes())
    })
}

/// Parses UTF-8 `bytes` as a `T`.
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem.
pub fn from_slice<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, ParseError> {
    serde_json::from_slice(bytes).map_err(|error| {
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        locate::<_, T>(&mut deserializer, error).placed_in(bytes)
    })
}

/// Reads a `T` from `reader`, tracking the path as it goes (a reader cannot be read
/// twice).
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem (an I/O
/// error is reported the same way, with the category `Io`).
pub fn from_reader<R: std::io::Read, T: DeserializeOwned>(reader: R) -> Result<T, ParseError> {
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    tracked(&mut deserializer)
}

/// Parses again with the path tracked, to place `error`, the failure of an untracked
/// parse of the same input.
fn locate<'de, R: serde_json::de::Read<'de>, T: Deserialize<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
    error: serde_json::Error,
) -> ParseError {
    match tracked::<R, T>(deserializer) {
        Err(located) => located,
        // Parsing is deterministic, so this does not happen; keep the first error.
        Ok(_) => ParseError::new(String::new(), error),
    }
}

fn tracked<'de, R: serde_json::de::Read<'de>, T: Deserialize<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
) -> Result<T, ParseError> {
    let mut track = serde_path_to_error::Track::new();
    let result = T::deserialize(serde_path_to_error::Deserializer::new(&mut *deserializer, &mut track));
    let value = result.map_err(|error| ParseError::new(render_path(&track.path()), error))?;
    deserializer.end().map_err(|error| ParseError::new(String::new(), error))?;
    Ok(value)
}

/// Writes `value` as compact JSON.
///
/// # Errors
///
/// A value that cannot be written: a timestamp whose year is outside 0000 to 9999.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

/// Writes `value` as indented JSON.
///
/// # Errors
///
/// As [`to_string`].
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

/// Writes `value` as compact JSON bytes.
///
/// # Errors
///
/// As [`to_string`].
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(value)
}
