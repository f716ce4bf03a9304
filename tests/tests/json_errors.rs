//! What `json::ParseError` keeps beside its message: the `serde_json::Error` it gives
//! as its `source`, its category, and the short form of long values, at the edges the
//! parse error tests do not reach (an I/O error, a message made shorter).

use callback_model::json;
use callback_model::{Callback, CreateCallbackCommand};
use serde_json::error::Category;
use std::io::{self, Read};

/// The `serde_json::Error` behind `error`.
fn inner(error: &json::ParseError) -> &serde_json::Error {
    std::error::Error::source(error).and_then(|source| source.downcast_ref()).expect("a serde_json::Error source")
}

#[test]
fn a_data_error_whose_long_value_is_quoted_short_keeps_its_place_in_the_source() {
    let long = "a".repeat(100);
    let text = format!("{{\n  \"timeoutSeconds\": \"{long}\"\n}}");
    let error = json::from_str::<Callback>(&text).expect_err("a string is not a number");
    let short = format!("invalid type: string \"{}…\" (100 bytes), expected i32", "a".repeat(32));
    assert_eq!(error.message(), short);
    assert_eq!((error.path(), error.line(), error.category()), ("timeoutSeconds", 2, Category::Data));
    // The source says the short message too, at the same place.
    let source = inner(&error);
    assert_eq!((source.line(), source.column()), (error.line(), error.column()));
    assert_eq!(source.classify(), Category::Data);
    assert_eq!(source.to_string(), format!("{short} at line 2 column {}", error.column()));
}

/// A reader that fails with a message quoting a long value.
struct Failing;

impl Read for Failing {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::other(format!("the disk says \"{}\"", "x".repeat(100))))
    }
}

#[test]
fn an_io_error_whose_message_is_made_short_stays_an_io_error() {
    let error = json::from_reader::<_, Callback>(Failing).expect_err("the reader fails");
    assert_eq!(error.message(), format!("the disk says \"{}…\" (100 bytes)", "x".repeat(32)));
    assert_eq!((error.category(), inner(&error).classify()), (Category::Io, Category::Io));
}

/// The path of the error in `{"data": {key: 5}}`, a number where the map wants text.
fn path_at_key(key: &str) -> String {
    let text = format!("{{\"data\": {{{}: 5}}}}", serde_json::to_string(key).expect("a key"));
    let error = json::from_str::<CreateCallbackCommand>(&text).expect_err("a number is not text");
    assert_eq!(error.category(), Category::Data, "{error}");
    error.path().to_owned()
}

#[test]
fn a_key_up_to_64_bytes_is_named_whole_in_the_path() {
    for key in ["k".to_owned(), "a".repeat(64), "é".repeat(32), "\u{10000}".repeat(20)] {
        assert_eq!(path_at_key(&key), format!("data.{key}"));
    }
}

#[test]
fn a_longer_key_is_named_by_its_first_32_characters() {
    assert_eq!(path_at_key(&"a".repeat(65)), format!("data.{}…", "a".repeat(32)));
    assert_eq!(path_at_key(&"é".repeat(33)), format!("data.{}…", "é".repeat(32)));
}

/// Gives `text` a byte at a time, and records the size of every buffer it is asked to
/// fill.
struct Trickle<'a> {
    text: &'a [u8],
    asked: Vec<usize>,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.asked.push(buf.len());
        let Some((first, rest)) = self.text.split_first() else {
            return Ok(0);
        };
        match buf.first_mut() {
            Some(slot) => {
                *slot = *first;
                self.text = rest;
                Ok(1)
            }
            None => Ok(0),
        }
    }
}

#[test]
fn from_reader_skips_a_byte_order_mark_given_a_byte_at_a_time_and_never_asks_for_nothing() {
    for text in ["\u{feff}{\"held\": true}", "{\"held\": true}", "\u{feff}"] {
        let mut reader = Trickle { text: text.as_bytes(), asked: Vec::new() };
        let read = json::from_reader::<_, Callback>(&mut reader);
        if text == "\u{feff}" {
            let error = read.expect_err("a mark alone is no document");
            assert_eq!((error.category(), error.line(), error.column()), (Category::Eof, 1, 0));
        } else {
            assert_eq!(read.expect("a callback").held(), Some(true), "{text:?}");
        }
        assert!(!reader.asked.contains(&0), "{text:?}: asked to fill an empty buffer ({:?})", reader.asked);
    }
}

/// The message of `{"timeoutSeconds": value}`, a string where a number is wanted.
fn wrong_type_message(value: &str) -> String {
    let text = format!("{{\"timeoutSeconds\": {}}}", serde_json::to_string(value).expect("a string"));
    json::from_str::<Callback>(&text).expect_err("a string is not a number").message().to_owned()
}

#[test]
fn a_value_up_to_64_bytes_or_32_characters_is_quoted_whole() {
    // 40 and 64 bytes of ASCII; 32 characters in 128 bytes.
    for value in ["a".repeat(40), "b".repeat(64), "\u{10000}".repeat(32)] {
        assert_eq!(wrong_type_message(&value), format!("invalid type: string \"{value}\", expected i32"));
    }
}

#[test]
fn a_value_over_64_bytes_and_32_characters_is_quoted_by_its_first_32() {
    for (value, bytes) in [("c".repeat(65), 65), ("\u{10000}".repeat(33), 132)] {
        let first: String = value.chars().take(32).collect();
        assert_eq!(
            wrong_type_message(&value),
            format!("invalid type: string \"{first}…\" ({bytes} bytes), expected i32")
        );
    }
}

/// A reader that fails with `message`.
struct FailingWith(String);

impl Read for FailingWith {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::other(self.0.clone()))
    }
}

#[test]
fn a_message_over_4096_bytes_is_cut_at_a_character_boundary() {
    // The cut falls inside a quoted value: after two of its three bytes, and inside its
    // `é`.
    for message in [format!("x{}", "\"abc\" ".repeat(700)), format!("xxxxxxx{}", "\"aé\" ".repeat(700))] {
        let error = json::from_reader::<_, Callback>(FailingWith(message.clone())).expect_err("the reader fails");
        let end = (0..=4096).rev().find(|&end| message.is_char_boundary(end)).unwrap_or(0);
        let cut = format!("{}… (a message of {} bytes, cut)", &message[..end], message.len());
        assert_eq!(error.message(), cut);
    }
}
