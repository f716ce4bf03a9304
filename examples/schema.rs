//! Prints the JSON Schema (draft 2020-12) of a model type: the wire format, with every
//! rule the type's `#[validate]` attributes declare.
//!
//! `cargo run --example schema --features schema -- Callback` (or any model type's
//! name: `Segment`, `CreateCallbackCommand`, ...; `--list` lists them).

use callback_model::schema::json_schema;
use callback_model::{
    AfterCallWork, Callback, CallbackIdentifier, ConversationQueueMediaSettings, CreateCallbackCommand,
    CreateCallbackResponse, DialerPreview, DomainEntityRef, PatchCallbackRequest, PhoneNumberColumn, RoutingData,
    ScoredAgent, Segment, Voicemail, Wrapup,
};
use serde_json::Value;
use std::io::Write;
use std::process::ExitCode;

/// A function that makes one type's schema.
type SchemaOf = fn() -> Value;

/// Every model type, by name, with its schema.
const TYPES: &[(&str, SchemaOf)] = &[
    ("Callback", json_schema::<Callback>),
    ("Segment", json_schema::<Segment>),
    ("DialerPreview", json_schema::<DialerPreview>),
    ("PhoneNumberColumn", json_schema::<PhoneNumberColumn>),
    ("Voicemail", json_schema::<Voicemail>),
    ("Wrapup", json_schema::<Wrapup>),
    ("AfterCallWork", json_schema::<AfterCallWork>),
    ("ConversationQueueMediaSettings", json_schema::<ConversationQueueMediaSettings>),
    ("CreateCallbackCommand", json_schema::<CreateCallbackCommand>),
    ("RoutingData", json_schema::<RoutingData>),
    ("ScoredAgent", json_schema::<ScoredAgent>),
    ("DomainEntityRef", json_schema::<DomainEntityRef>),
    ("CreateCallbackResponse", json_schema::<CreateCallbackResponse>),
    ("CallbackIdentifier", json_schema::<CallbackIdentifier>),
    ("PatchCallbackRequest", json_schema::<PatchCallbackRequest>),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (code, text) = run(&args);
    let written = if code == 0 {
        writeln!(std::io::stdout().lock(), "{text}")
    } else {
        writeln!(std::io::stderr().lock(), "{text}")
    };
    if written.is_err() {
        return ExitCode::from(1);
    }
    ExitCode::from(code)
}

/// The exit code and what to print: the schema, the list, or what went wrong.
fn run(args: &[String]) -> (u8, String) {
    let names = || TYPES.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ");
    match args {
        [flag] if flag == "--list" => (0, names()),
        [name] => match TYPES.iter().find(|(known, _)| known.eq_ignore_ascii_case(name)) {
            Some((_, schema)) => match serde_json::to_string_pretty(&schema()) {
                Ok(text) => (0, text),
                Err(error) => (1, format!("error: the schema could not be written: {error}")),
            },
            None => (2, format!("error: no model type is named `{name}`; the types are: {}", names())),
        },
        _ => (2, format!("usage: schema TYPE (one of: {})", names())),
    }
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn prints_the_schema_of_the_type_named() {
        let (code, text) = run(&["segment".to_owned()]);
        assert_eq!(code, 0);
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["title"], "Segment");
        assert_eq!(schema["required"], serde_json::json!(["startTime"]));
    }

    #[test]
    fn an_unknown_name_lists_the_types() {
        let (code, text) = run(&["Callbak".to_owned()]);
        assert_eq!(code, 2);
        assert!(text.contains("no model type is named `Callbak`") && text.contains("Callback, Segment"), "{text}");
        let (code, text) = run(&[]);
        assert_eq!(code, 2);
        assert!(text.starts_with("usage: schema TYPE"), "{text}");
    }
}
