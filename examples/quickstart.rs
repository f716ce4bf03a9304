//! Quickstart: read a Callback from JSON, build one with the builders, validate a good
//! and a bad one, and write JSON.
//!
//! Run it with `cargo run --example quickstart`. Then see `check_payload` (check JSON
//! files from the command line) and `custom_model` (the derives on your own structs).

use callback_model::{Callback, CallbackState, DialerPreview, PhoneNumberColumn, Segment, Validate, Wrapup, json};
use chrono::{DateTime, TimeZone, Utc};
use std::error::Error;
use std::io::Write;

/// A callback as the API sends it, with a field (`afterCallWork`) and a state
/// (`uploading`) newer than the 86.0.0 schema: both parse.
const PAYLOAD: &str = r#"{
  "state": "uploading",
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "direction": "outbound",
  "segments": [
    {"startTime": "2024-05-01T12:00:00Z", "endTime": "2024-05-01T12:00:20.250Z", "type": "Alert", "howEnded": "Interact"},
    {"startTime": "2024-05-01T14:00:20.250+02:00", "type": "Interact"}
  ],
  "callbackNumbers": ["+13175551234"],
  "callbackUserName": "Ada Lovelace",
  "timeoutSeconds": 30,
  "afterCallWork": {"state": "pending"},
  "wrapup": null
}"#;

fn main() -> Result<(), Box<dyn Error>> {
    run(&mut std::io::stdout().lock())
}

fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 1, hour, minute, 0).single().unwrap_or_default()
}

fn run(out: &mut impl Write) -> Result<(), Box<dyn Error>> {
    // 1. Parse what the API sent, and read it through the getters.
    let parsed: Callback = json::from_str(PAYLOAD)?;
    writeln!(out, "parsed callback {}", parsed.id().unwrap_or("(no id)"))?;
    writeln!(out, "  state: {}", parsed.state().map_or("-", CallbackState::as_str))?;
    for segment in parsed.segments().unwrap_or_default() {
        let end = segment.end_time().map_or_else(|| "open".to_owned(), |end| end.to_rfc3339());
        writeln!(
            out,
            "  segment {} from {} to {end}",
            segment.r#type().unwrap_or("?"),
            segment.start_time().to_rfc3339()
        )?;
    }

    // 2. Build a complete callback. A required field left out (a segment's
    //    `start_time`) would not compile.
    let callback = Callback::builder()
        .id("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e")
        .state(CallbackState::Connected)
        .callback_number("+13175551234")
        .callback_user_name("Grace Hopper")
        .start_alerting_time(at(9, 0))
        .connected_time(at(9, 1))
        .segment(Segment::builder().start_time(at(9, 0)).end_time(at(9, 1)).r#type("Alert").build())
        .segment(Segment::builder().start_time(at(9, 1)).r#type("Interact").build())
        .dialer_preview(
            DialerPreview::builder()
                .contact_id("0123456789abcdef0123456789abcdef")
                .campaign_id("1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f")
                .phone_number_column(PhoneNumberColumn::builder().column_name("Cell").r#type("cell").build())
                .build(),
        )
        .wrapup(Wrapup::builder().code("system.completed").tag("vip").duration_seconds(42).build())
        .build();

    // 3. Validate it: `try_build` would have given a `Valid<Callback>` the same way.
    callback.validate()?;
    writeln!(out, "built callback is valid")?;
    writeln!(out, "{}", json::to_string_pretty(&callback)?)?;

    // 4. A bad one: every violation is reported, with a Rust path and a JSON pointer.
    let bad = Callback::builder()
        .id("not-a-uuid")
        .callback_number("call me")
        .timeout_seconds(-5)
        .segment(Segment::builder().start_time(at(10, 0)).end_time(at(9, 0)).build())
        .try_build();
    if let Err(errors) = bad {
        writeln!(out, "bad callback: {} violations", errors.len())?;
        for violation in &errors {
            writeln!(
                out,
                "  {:<24} {:<22} {} ({})",
                violation.json_pointer(),
                violation.path(),
                violation.message(),
                violation.code()
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn quickstart_prints_the_parsed_the_built_and_the_bad_callback() {
        let mut out = Vec::new();
        run(&mut out).expect("the quickstart runs");
        let text = String::from_utf8(out).expect("UTF-8 output");
        assert!(text.contains("parsed callback 6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"), "{text}");
        assert!(text.contains("state: uploading"), "{text}");
        assert!(text.contains("segment Interact from 2024-05-01T12:00:20.250+00:00 to open"), "{text}");
        assert!(text.contains("built callback is valid"), "{text}");
        assert!(text.contains(r#""startTime": "2024-05-01T09:01:00.000Z""#), "{text}");
        assert!(text.contains("bad callback: 4 violations"), "{text}");
        for pointer in ["/id", "/callbackNumbers/0", "/timeoutSeconds", "/segments/0/endTime"] {
            assert!(text.contains(pointer), "{pointer} missing from {text}");
        }
    }
}
