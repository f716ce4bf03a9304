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
//!
//! # A byte-order mark is skipped
//!
//! A document may start with one UTF-8 byte-order mark (`EF BB BF`, U+FEFF), as
//! files saved by some editors do: [`from_str`], [`from_slice`] and [`from_reader`]
//! skip it, as RFC 8259 (section 8.1) allows a reader to, and as many JSON readers do.
//! Lines and columns are then counted after it. A mark anywhere else (a second one,
//! or one after a space) is an error like any other character that is not JSON.
//!
//! # Rule violations
//!
//! Deserializing a [`Valid<T>`](crate::Valid) whose value breaks its rules fails with a
//! [`ParseError`] that keeps them: [`ParseError::violations`] gives every violation
//! (to build an API error body from), and the message lists the first three, then
//! counts the rest: `the value breaks 5 rules: /id: must be a UUID .. (uuid); ..;
//! and 2 more`. [`ParseError::path`] is where the `Valid<T>` is: empty for the
//! document itself, `data` for a `Valid<T>` field `data` of an outer struct; the
//! violations' paths and pointers are those inside the `Valid<T>` value (`/id`, not
//! `/data/id`).
//!
//! The violations travel from `Valid<T>`'s `Deserialize` to the `ParseError` in the
//! error's message (every violation as JSON; see [`Valid`](crate::Valid)), so they are
//! kept wherever that error reaches the parser unchanged: a `Valid<T>` at the top, in
//! a field, a list, an `Option`, a `Box`, a `#[serde(flatten)]`ed or tagged
//! struct. They are lost (`violations()` is `None`, the message is whatever replaced
//! it) where a `Deserialize` replaces the error: in a `#[serde(untagged)]` enum ("data
//! did not match any variant"), or a `deserialize_with` / hand-written impl that
//! makes its own error.
//!
//! # Long values are not copied into messages
//!
//! A message quotes a value it is about (`invalid type: string "..."` from
//! `serde_json`, `invalid timestamp "..."`) whole only up to 64 bytes; a longer one is
//! shown as its first 32 characters and its length: `"aaaaaaaa…" (52428800 bytes)`.
//! A message is at most about 4 KiB, however long the input; [`std::error::Error::source`]
//! then gives a `serde_json::Error` with the same short message and position.

use crate::ValidationErrors;
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use std::fmt::{self, Write as _};
use std::io::{self, Read};

/// JSON that could not be read into the requested type: what was wrong, and where.
#[derive(Debug)]
pub struct ParseError {
    path: String,
    message: String,
    line: usize,
    column: usize,
    violations: Option<ValidationErrors>,
    source: serde_json::Error,
}

impl ParseError {
    fn new(path: String, source: serde_json::Error) -> Self {
        Self::read(path, source, true)
    }

    /// Reads `source`'s message, short (see the module docs); with `violations`, also a
    /// `Valid<T>`'s rule violations in it.
    fn read(mut path: String, source: serde_json::Error, violations: bool) -> Self {
        let (line, column) = (source.line(), source.column());
        let mut reading = Reading::new(violations);
        // `Reading` never fails; a `Display` that does leaves what was written.
        let _ = write!(reading, "{source}");
        let position = format!(" at line {line} column {column}");
        let (message, violations) = reading.finish(if line == 0 { "" } else { &position });
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
        let source = match message {
            // A data error whose message was shortened or read: the same error, with
            // the short message (serde_json reads the position back from its end).
            Message::Changed(ref short) if source.classify() == Category::Data => {
                if line == 0 {
                    de::Error::custom(short)
                } else {
                    de::Error::custom(format_args!("{short}{position}"))
                }
            }
            _ => source,
        };
        ParseError { path, message: message.into_string(), line, column, violations, source }
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
        if self.source.classify() == Category::Data {
            // The source says the same, at the same place (serde_json reads the
            // position back from the message's end).
            self.source =
                de::Error::custom(format_args!("{} at line {} column {}", self.message, self.line, self.column));
        }
        self
    }

    /// Where in the document, in wire names: `segments[0].startTime`. Empty for the
    /// document as a whole (bad syntax before any value, trailing characters, a
    /// top-level `Valid<T>` that breaks its rules). A key longer than 64 bytes (an
    /// unknown field a `deny_unknown_fields` type refuses) shows as its first 32
    /// characters and `…`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rules the value broke, when the error is a [`Valid<T>`](crate::Valid) whose
    /// value parsed but breaks its rules: every violation, at its place inside that
    /// value (which is at [`path`](Self::path)). `None` for any other error.
    ///
    /// ```
    /// use callback_model::{Callback, Valid, json};
    ///
    /// let error = json::from_str::<Valid<Callback>>(r#"{"id": "42", "timeoutSeconds": -1}"#).unwrap_err();
    /// let violations = error.violations().expect("rules broken");
    /// let pointers: Vec<&str> = violations.iter().map(|v| v.json_pointer()).collect();
    /// assert_eq!(pointers, ["/id", "/timeoutSeconds"]);
    /// assert!(json::from_str::<Valid<Callback>>("{").unwrap_err().violations().is_none());
    /// ```
    pub fn violations(&self) -> Option<&ValidationErrors> {
        self.violations.as_ref()
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
    /// `invalid type: string "5", expected i32`. At most about 4 KiB: a long value is
    /// quoted as its first characters and its length (see the module docs).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The kind of problem: bad syntax, wrong data, or the input ended early.
    pub fn category(&self) -> Category {
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
/// An unknown segment (an error while a key was read) adds nothing; a key longer than
/// [`QUOTED_WHOLE`] bytes is cut to its first [`QUOTED_PREFIX`] characters and `…`.
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
                match key.char_indices().nth(QUOTED_PREFIX) {
                    Some((end, _)) if key.len() > QUOTED_WHOLE => {
                        out.push_str(&key[..end]);
                        out.push('…');
                    }
                    _ => out.push_str(key),
                }
            }
            // A key that was being read when the error came (or a non-string key):
            // not a place in the document.
            Segment::Unknown => {}
        }
    }
    out
}

/// The UTF-8 byte-order mark, skipped at the start of a document.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// Parses `text` as a `T` (after a byte-order mark, if it starts with one).
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The fast path parses without tracking; only a failure is parsed again, with the
    // path tracked, to say where it failed.
    serde_json::from_str(text).map_err(|error| {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        locate::<_, T>(&mut deserializer, error).placed_in(text.as_bytes())
    })
}

/// Parses UTF-8 `bytes` as a `T` (after a byte-order mark, if they start with one).
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem.
pub fn from_slice<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, ParseError> {
    let bytes = bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|error| {
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        locate::<_, T>(&mut deserializer, error).placed_in(bytes)
    })
}

/// Reads a `T` from `reader` (after a byte-order mark, if it starts with one),
/// tracking the path as it goes (a reader cannot be read twice).
///
/// # Errors
///
/// A [`ParseError`] with the path, line and column of the first problem (an I/O
/// error is reported the same way, with the category `Io`).
pub fn from_reader<R: Read, T: DeserializeOwned>(reader: R) -> Result<T, ParseError> {
    let mut deserializer = serde_json::Deserializer::from_reader(SkipByteOrderMark::new(reader));
    tracked(&mut deserializer)
}

/// Parses again with the path tracked, to place `error`, the failure of an untracked
/// parse of the same input.
fn locate<'de, R: serde_json::de::Read<'de>, T: Deserialize<'de>>(
    deserializer: &mut serde_json::Deserializer<R>,
    error: serde_json::Error,
) -> ParseError {
    // Only the short form of the first error is kept while the second is made: each may
    // quote a value as long as the input.
    let first = ParseError::read(String::new(), error, false);
    // Parsing is deterministic, so the second parse fails too; if it did not (a
    // `Deserialize` with state of its own), the first error stands.
    tracked::<R, T>(deserializer).err().unwrap_or(first)
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

/// A reader that skips a byte-order mark at the start of `inner`.
struct SkipByteOrderMark<R> {
    inner: R,
    /// The first bytes of `inner`, read to look for the mark.
    head: [u8; 3],
    /// `head[start..end]` is still to be given out.
    start: usize,
    end: usize,
    /// The head is read (and the mark, if any, skipped).
    looked: bool,
}

impl<R: Read> SkipByteOrderMark<R> {
    fn new(inner: R) -> Self {
        SkipByteOrderMark { inner, head: [0; 3], start: 0, end: 0, looked: false }
    }
}

impl<R: Read> Read for SkipByteOrderMark<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.looked {
            while self.end < self.head.len() {
                match self.inner.read(&mut self.head[self.end..]) {
                    Ok(0) => break,
                    Ok(n) => self.end += n,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    // What was read so far is kept: a later call goes on from there.
                    Err(error) => return Err(error),
                }
            }
            self.looked = true;
            if self.head[..self.end] == *BYTE_ORDER_MARK {
                self.start = self.end;
            }
        }
        if self.start < self.end {
            let n = buf.len().min(self.end - self.start);
            buf[..n].copy_from_slice(&self.head[self.start..self.start + n]);
            self.start += n;
            return Ok(n);
        }
        self.inner.read(buf)
    }
}

// ---------------------------------------------------------------------------------
// Short messages.

/// A value up to this many bytes is quoted whole.
const QUOTED_WHOLE: usize = 64;

/// A longer value is quoted as its first this many characters.
const QUOTED_PREFIX: usize = 32;

/// A message is cut after this many bytes (then says how long it was).
const MESSAGE_MAX: usize = 4096;

/// `"text"` (`{:?}`) for a short `text`; `"first 32 characters…" (N bytes)` for one
/// longer than [`QUOTED_WHOLE`] bytes and [`QUOTED_PREFIX`] characters: what a message
/// says about a value it quotes.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let end = text.char_indices().nth(QUOTED_PREFIX).map_or(text.len(), |(i, _)| i);
        if text.len() <= QUOTED_WHOLE || end == text.len() {
            return write!(f, "{text:?}");
        }
        let quoted = format!("{:?}", &text[..end]);
        // `{:?}` of a `str` ends with its closing quote: the ellipsis goes before it.
        let open = quoted.strip_suffix('"').unwrap_or(&quoted);
        write!(f, "{open}…\" ({} bytes)", text.len())
    }
}

/// What [`Reading`] made of a message.
enum Message {
    /// The message as it was (without its position).
    Kept(String),
    /// A shorter message (a long value quoted short, or cut), or a `Valid<T>`'s
    /// violations summed up.
    Changed(String),
}

impl Message {
    fn into_string(self) -> String {
        match self {
            Message::Kept(text) | Message::Changed(text) => text,
        }
    }
}

impl std::ops::Deref for Message {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Message::Kept(text) | Message::Changed(text) => text,
        }
    }
}

/// Receives an error's message as it is written, keeping a short form: each quoted
/// value (`"..."` in `{:?}` form, or between backticks) longer than [`QUOTED_WHOLE`]
/// bytes cut to its first [`QUOTED_PREFIX`] characters and its length, as
/// [`Quoted`] writes it, and the whole cut at [`MESSAGE_MAX`] bytes. It holds no more
/// than that, however long the message, except a `Valid<T>`'s rule failure, which it
/// keeps whole to read its violations.
struct Reading {
    out: String,
    /// Bytes of the message received, in all.
    total: usize,
    /// `out` was cut at [`MESSAGE_MAX`].
    cut: bool,
    /// The message changed (a value was quoted short).
    changed: bool,
    /// The quoted value being read, if any.
    run: Option<Run>,
    /// The whole message, while it may be a `Valid<T>`'s rule failure.
    rule_failure: Option<String>,
}

/// A quoted value being read.
struct Run {
    /// `"` (a `{:?}` string, with escapes) or `` ` `` (raw text).
    quote: char,
    /// Its text as quoted, while it may be short, then only its first characters.
    text: String,
    /// The end of its first [`QUOTED_PREFIX`] characters in `text`, once there are as many.
    prefix_end: Option<usize>,
    /// Characters (escapes count as the one they stand for) and bytes of the value.
    chars: usize,
    bytes: usize,
    /// The escape being read (`\n`, `\u{1b}`), as its text so far.
    escape: Option<Escape>,
}

/// The text of an escape being read: `\u{10ffff}` at the longest.
#[derive(Clone, Copy)]
struct Escape {
    text: [u8; 12],
    len: usize,
}

impl Escape {
    fn as_str(&self) -> &str {
        // Only whole characters are pushed.
        std::str::from_utf8(&self.text[..self.len]).unwrap_or("\\")
    }

    /// Adds `c`; false when it does not fit (a malformed escape, read as it is).
    fn push(&mut self, c: char) -> bool {
        let end = self.len + c.len_utf8();
        if end > self.text.len() {
            return false;
        }
        c.encode_utf8(&mut self.text[self.len..end]);
        self.len = end;
        true
    }
}

impl Run {
    fn new(quote: char) -> Self {
        Run { quote, text: String::new(), prefix_end: None, chars: 0, bytes: 0, escape: None }
    }

    /// Reads `c`; true at the closing quote.
    fn read(&mut self, c: char) -> bool {
        if let Some(mut escape) = self.escape.take() {
            let fits = escape.push(c);
            let text = escape.as_str();
            // `\u{..}` ends at `}`; the others (`\n`, `\"`, `\\`, ..) are one character.
            if fits && (text == "\\u" || (text.starts_with("\\u{") && c != '}')) {
                self.escape = Some(escape);
                return false;
            }
            let bytes = text
                .strip_prefix("\\u{")
                .and_then(|hex| hex.strip_suffix('}'))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32)
                .map_or(1, char::len_utf8);
            self.add(text, bytes);
            if !fits {
                return self.read(c);
            }
            return false;
        }
        if c == self.quote {
            return true;
        }
        if c == '\\' && self.quote == '"' {
            let mut escape = Escape { text: [0; 12], len: 0 };
            escape.push(c);
            self.escape = Some(escape);
        } else {
            self.add(c.encode_utf8(&mut [0; 4]), c.len_utf8());
        }
        false
    }

    /// One character of the value, quoted as `quoted`, `bytes` long in the value.
    fn add(&mut self, quoted: &str, bytes: usize) {
        if self.bytes <= QUOTED_WHOLE || self.prefix_end.is_none() {
            self.text.push_str(quoted);
        }
        self.chars += 1;
        self.bytes += bytes;
        if self.chars == QUOTED_PREFIX {
            self.prefix_end = Some(self.text.len());
        }
        if let Some(end) = self.prefix_end.filter(|_| self.bytes > QUOTED_WHOLE) {
            self.text.truncate(end);
        }
    }

    /// True when the value is quoted short: longer than [`QUOTED_WHOLE`] bytes and
    /// [`QUOTED_PREFIX`] characters.
    fn is_long(&self) -> bool {
        self.bytes > QUOTED_WHOLE && self.chars > QUOTED_PREFIX
    }
}

impl Reading {
    fn new(rule_failure: bool) -> Self {
        Reading {
            out: String::new(),
            total: 0,
            cut: false,
            changed: false,
            run: None,
            rule_failure: rule_failure.then(String::new),
        }
    }

    fn emit(&mut self, text: &str) {
        if self.cut {
            return;
        }
        if self.out.len() + text.len() <= MESSAGE_MAX {
            self.out.push_str(text);
        } else {
            let mut end = MESSAGE_MAX - self.out.len();
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            self.out.push_str(&text[..end]);
            self.cut = true;
        }
    }

    /// Writes the value read in `run`, closed by its quote when `closed`.
    fn emit_run(&mut self, run: &Run, closed: bool) {
        let mut quote = [0; 4];
        let quote = run.quote.encode_utf8(&mut quote);
        self.emit(quote);
        if run.is_long() {
            self.changed = true;
            self.emit(&run.text);
            self.emit("…");
            if closed {
                self.emit(quote);
            }
            self.emit(&format!(" ({} bytes)", run.bytes));
        } else {
            self.emit(&run.text);
            if closed {
                self.emit(quote);
            }
        }
    }

    /// The message without `position` (its end, when `serde_json` placed the error),
    /// and a `Valid<T>`'s violations, if it is one's rule failure.
    fn finish(mut self, position: &str) -> (Message, Option<ValidationErrors>) {
        if let Some(whole) = self.rule_failure.take() {
            let message = whole.strip_suffix(position).unwrap_or(&whole);
            if let Some(errors) = crate::validate::rule_failure(message) {
                return (Message::Changed(crate::validate::rule_failure_summary(&errors)), Some(errors));
            }
            self.shorten(&whole);
        }
        if let Some(run) = self.run.take() {
            self.emit_run(&run, false);
        }
        if self.cut {
            let _ = write!(self.out, "… (a message of {} bytes, cut)", self.total);
            return (Message::Changed(self.out), None);
        }
        if let Some(end) = self.out.len().checked_sub(position.len()).filter(|&end| self.out[end..] == *position) {
            self.out.truncate(end);
        }
        (if self.changed { Message::Changed(self.out) } else { Message::Kept(self.out) }, None)
    }
}

impl Reading {
    /// Reads `text` into the short form.
    fn shorten(&mut self, text: &str) {
        for c in text.chars() {
            match &mut self.run {
                Some(run) => {
                    if run.read(c) {
                        if let Some(run) = self.run.take() {
                            self.emit_run(&run, true);
                        }
                    }
                }
                None if c == '"' || c == '`' => self.run = Some(Run::new(c)),
                None => self.emit(c.encode_utf8(&mut [0; 4])),
            }
        }
    }
}

impl fmt::Write for Reading {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.total += text.len();
        let Some(whole) = &mut self.rule_failure else {
            self.shorten(text);
            return Ok(());
        };
        whole.push_str(text);
        // Given up at the first character that shows it is something else, and read
        // short from there on.
        let start = whole.len().min(crate::validate::RULE_FAILURE.len());
        if !crate::validate::RULE_FAILURE.as_bytes().starts_with(&whole.as_bytes()[..start]) {
            if let Some(whole) = self.rule_failure.take() {
                self.shorten(&whole);
            }
        }
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use super::{MESSAGE_MAX, Quoted, Reading};
    use std::fmt::Write as _;

    /// `message` as a `ParseError` keeps it, written in pieces of `piece` bytes at most.
    fn short(message: &str, piece: usize) -> String {
        let mut reading = Reading::new(true);
        let mut rest = message;
        while !rest.is_empty() {
            let mut end = piece.min(rest.len());
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            reading.write_str(&rest[..end]).expect("never fails");
            rest = &rest[end..];
        }
        reading.finish("").0.into_string()
    }

    #[test]
    fn a_short_value_is_quoted_whole() {
        assert_eq!(Quoted("2024-13-45").to_string(), r#""2024-13-45""#);
        assert_eq!(Quoted(&"a".repeat(64)).to_string(), format!("{:?}", "a".repeat(64)));
        // 40 characters of two bytes: more than 32 characters and more than 64 bytes.
        assert_eq!(Quoted(&"é".repeat(40)).to_string(), format!("\"{}…\" (80 bytes)", "é".repeat(32)));
        // 20 characters of four bytes are 80 bytes, but fewer than 32 characters: whole.
        assert_eq!(Quoted(&"😀".repeat(20)).to_string(), format!("{:?}", "😀".repeat(20)));
    }

    #[test]
    fn a_long_value_is_quoted_as_its_first_characters_and_its_length() {
        assert_eq!(Quoted(&"a\"".repeat(50)).to_string(), format!("\"{}…\" (100 bytes)", "a\\\"".repeat(16)));
    }

    #[test]
    fn a_message_quotes_its_long_values_short_in_any_pieces() {
        let value = "x\n\u{1b}".repeat(30);
        let message = format!("invalid type: string {value:?}, expected i32");
        let expected =
            format!("invalid type: string \"{}…\" (90 bytes), expected i32", "x\\n\\u{1b}".repeat(10) + "x\\n");
        for piece in [1, 2, 7, 1000] {
            assert_eq!(short(&message, piece), expected, "in pieces of {piece}");
        }
        let message = format!("unknown field `{}`, expected `a` or `b`", "k".repeat(100));
        assert_eq!(short(&message, 3), format!("unknown field `{}…` (100 bytes), expected `a` or `b`", "k".repeat(32)));
        // Short values and text outside quotes are kept.
        let message = r#"invalid value: string "a", expected one of `x`, `y`"#;
        assert_eq!(short(message, 5), message);
    }

    #[test]
    fn an_unclosed_quote_is_quoted_short_to_the_end() {
        let message = format!("says \"{}", "a".repeat(100));
        assert_eq!(short(&message, 10), format!("says \"{}… (100 bytes)", "a".repeat(32)));
    }

    #[test]
    fn a_long_message_is_cut() {
        let message = "word ".repeat(2000);
        let cut = short(&message, 64);
        assert!(cut.len() <= MESSAGE_MAX + 64, "{} bytes", cut.len());
        assert!(cut.ends_with("… (a message of 10000 bytes, cut)"), "{cut}");
        assert!(message.starts_with(cut.split('…').next().unwrap_or("")));
    }

    #[test]
    fn a_rule_failure_that_does_not_read_back_is_quoted_short() {
        let message = format!("the value breaks 1 rule: [\"{}\"]", "z".repeat(100));
        assert_eq!(short(&message, 9), format!("the value breaks 1 rule: [\"{}…\" (100 bytes)]", "z".repeat(32)));
    }
}
