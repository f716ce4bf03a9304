//! Create a callback from what a web form sends: build the body of
//! `POST /api/v2/conversations/callbacks` with the builder, validate it, write the JSON
//! to send, and read the API's answer.
//!
//! Run it with `cargo run --example create_callback`. No request is sent: the HTTP
//! client is yours, and the response is a literal of what the API answers.

use callback_model::{
    CallbackIdentifierType, CreateCallbackCommand, CreateCallbackResponse, Valid, ValidationErrors, json,
};
use chrono::{DateTime, Utc};
use std::error::Error;
use std::io::Write;

/// The queue the web form's callbacks wait in.
const QUEUE_ID: &str = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

/// What the "call me back" form of a web site posts: all text, as people type it.
struct WebForm<'a> {
    name: &'a str,
    phone: &'a str,
    /// When to call, as the page's date-time picker gives it (RFC 3339, the visitor's
    /// offset).
    preferred_time: &'a str,
}

/// What the API answers to a created callback (`200 OK`).
const RESPONSE: &str = r#"{
  "conversation": {
    "id": "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
    "selfUri": "/api/v2/conversations/9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
  },
  "callbackIdentifiers": [
    {"type": "ACD", "id": "0f1a2b3c-4d5e-4f6a-9b7c-8d9e0f1a2b3c"},
    {"type": "EXTERNAL", "id": "1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d"}
  ]
}"#;

fn main() -> Result<(), Box<dyn Error>> {
    run(&mut std::io::stdout().lock())
}

/// Why a form makes no request.
#[derive(Debug)]
enum Refused {
    /// The preferred time is not a date and time.
    Time(chrono::ParseError),
    /// The request breaks rules: each violation with its JSON pointer.
    Rules(ValidationErrors),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Time(error) => write!(f, "the preferred time is not one: {error}"),
            Refused::Rules(errors) => write!(f, "{errors}"),
        }
    }
}

impl Error for Refused {}

/// The request for a form, validated: the number and the queue are set by the
/// builder, the rules (a dialable number, a UUID queue id) checked by `try_build`.
fn request_for(form: &WebForm<'_>) -> Result<Valid<CreateCallbackCommand>, Refused> {
    let preferred: DateTime<Utc> = DateTime::parse_from_rfc3339(form.preferred_time).map_err(Refused::Time)?.to_utc();
    CreateCallbackCommand::builder()
        .callback_number(form.phone.trim())
        .queue_id(QUEUE_ID)
        .callback_user_name(form.name.trim())
        .callback_scheduled_time(preferred)
        .try_build()
        .map_err(Refused::Rules)
}

fn run(out: &mut impl Write) -> Result<(), Box<dyn Error>> {
    // 1. A good form: the body to POST.
    let form =
        WebForm { name: "Ada Lovelace ", phone: "+1 (317) 555-0142", preferred_time: "2024-05-01T17:30:00+02:00" };
    let command = request_for(&form)?;
    writeln!(out, "POST /api/v2/conversations/callbacks")?;
    writeln!(out, "{}", json::to_string_pretty(&command)?)?;

    // 2. A form with a number that cannot be dialed: the violations, ready to show
    //    next to the field (the pointer names it) or to return as an error body.
    let bad = WebForm { name: "Grace", phone: "call me maybe", preferred_time: "2024-05-01T09:00:00Z" };
    match request_for(&bad) {
        Ok(_) => writeln!(out, "unexpected: the bad form was accepted")?,
        Err(refused @ Refused::Time(_)) => writeln!(out, "refused: {refused}")?,
        Err(Refused::Rules(errors)) => {
            for violation in &errors {
                writeln!(out, "refused: {}: {} ({})", violation.json_pointer(), violation.message(), violation.code())?;
            }
            writeln!(out, "422 body: {}", json::to_string(&errors)?)?;
        }
    }

    // 3. The API's answer: the conversation to follow, and the callback's ids.
    let response: CreateCallbackResponse = json::from_str(RESPONSE)?;
    writeln!(out, "conversation {}", response.conversation().id().unwrap_or("(no id)"))?;
    for identifier in response.callback_identifiers() {
        let side = match identifier.r#type() {
            CallbackIdentifierType::Acd => "queue",
            CallbackIdentifierType::External => "customer",
            CallbackIdentifierType::Dialer => "dialer",
            other => other.as_str(),
        };
        writeln!(out, "  {side} callback {}", identifier.id())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn create_callback_prints_the_body_the_refusal_and_the_conversation() {
        let mut out = Vec::new();
        run(&mut out).expect("the example runs");
        let text = String::from_utf8(out).expect("UTF-8 output");
        let body = r#"{
  "queueId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  "callbackUserName": "Ada Lovelace",
  "callbackNumbers": [
    "+1 (317) 555-0142"
  ],
  "callbackScheduledTime": "2024-05-01T15:30:00.000Z"
}"#;
        assert!(text.contains(body), "{text}");
        assert!(text.contains("refused: /callbackNumbers/0: must be a dialable phone number"), "{text}");
        assert!(
            text.contains(r#"422 body: [{"path":"callback_numbers[0]","pointer":"/callbackNumbers/0","code":"phone""#),
            "{text}"
        );
        assert!(text.contains("conversation 9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"), "{text}");
        assert!(text.contains("  customer callback 1a2b3c4d-5e6f-4a7b-8c8d-9e0f1a2b3c4d"), "{text}");
        assert!(!text.contains("unexpected"), "{text}");
    }
}
