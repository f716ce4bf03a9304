//! One broken rule, and where it was broken.

use serde::ser::SerializeStruct;
use std::borrow::Cow;
use std::fmt;

/// One broken rule: where (a Rust path and a JSON pointer), which rule (a stable
/// machine code) and what is wrong (a sentence for people).
///
/// Rule functions (and `custom` rules) create a violation with [`Violation::new`]; the
/// derived `Validate` fills in the path when it reports it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    path: String,
    pointer: String,
    code: Cow<'static, str>,
    message: Cow<'static, str>,
}

impl Violation {
    /// A violation of the rule `code`, explained by `message`, not yet placed.
    ///
    /// ```
    /// use callback_model::Violation;
    ///
    /// let violation = Violation::new("even", "must be an even number");
    /// assert_eq!(violation.code(), "even");
    /// assert_eq!(violation.path(), "");
    /// ```
    pub fn new(code: impl Into<Cow<'static, str>>, message: impl Into<Cow<'static, str>>) -> Self {
        Violation { path: String::new(), pointer: String::new(), code: code.into(), message: message.into() }
    }

    /// Where the rule was broken, in Rust field names: `segments[1].end_time`.
    /// Empty for a violation of the value as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Where the rule was broken, as a JSON pointer (RFC 6901) in wire names:
    /// `/segments/1/endTime`. Empty for the whole document.
    pub fn json_pointer(&self) -> &str {
        &self.pointer
    }

    /// The rule, as a stable machine code: `required`, `length`, `range`, `uuid`,
    /// `e164`, `phone`, `non_blank`, `not_before`, or a custom code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// What is wrong, in words: `must not be before startTime`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The same violation with another code (`#[validate(.., code = "..")]`).
    #[must_use]
    pub fn with_code(mut self, code: impl Into<Cow<'static, str>>) -> Self {
        self.code = code.into();
        self
    }

    /// The same violation with another message (`#[validate(.., message = "..")]`).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<Cow<'static, str>>) -> Self {
        self.message = message.into();
        self
    }

    /// Places the violation; called by `Report` with the paths it built.
    pub(crate) fn place(&mut self, path: String, pointer: String) {
        self.path = path;
        self.pointer = pointer;
    }
}

impl Violation {
    /// Writes `place: message (code)`, `(root)` standing for an empty place: the path
    /// in `Display`, the pointer in `Valid<T>`'s parse error.
    pub(crate) fn write_at(&self, place: &str, out: &mut impl fmt::Write) -> fmt::Result {
        let place = if place.is_empty() { "(root)" } else { place };
        write!(out, "{place}: {} ({})", self.message, self.code)
    }
}

impl fmt::Display for Violation {
    /// `path: message (code)`; `(root)` stands for an empty path.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_at(&self.path, f)
    }
}

impl serde::Serialize for Violation {
    /// `{"path": .., "pointer": .., "code": .., "message": ..}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Violation", 4)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("pointer", &self.pointer)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("message", &self.message)?;
        out.end()
    }
}
