//! Shared fixtures for the integration tests and benchmarks of `callback`.

pub mod checks;
pub mod hand;
pub mod shaped;
pub mod strategies;

use callback_model::{
    Callback, CallbackState, DialerPreview, Direction, DisconnectType, PhoneNumberColumn, Segment, UploadStatus,
    Voicemail, Wrapup,
};
use chrono::{DateTime, TimeZone, Utc};

/// `2024-05-01T12:MM:SS.000Z`: a fixed instant, `minute` and `second` past noon.
#[must_use]
pub fn at(minute: u32, second: u32) -> DateTime<Utc> {
    at_hms(12, minute, second)
}

/// `2024-05-01THH:MM:SS.000Z`.
#[must_use]
pub fn at_hms(hour: u32, minute: u32, second: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 1, hour, minute, second).single().unwrap_or_default()
}

/// A valid Callback with every field set: three segments (the last one open), a
/// dialer preview with two phone-number columns, a voicemail and a wrap-up.
#[must_use]
pub fn full_callback() -> Callback {
    Callback::builder()
        .state(CallbackState::Connected)
        .id("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f")
        .segment(
            Segment::builder().start_time(at(0, 0)).end_time(at(0, 20)).r#type("Alert").how_ended("Interact").build(),
        )
        .segment(
            Segment::builder().start_time(at(0, 20)).end_time(at(5, 0)).r#type("Interact").how_ended("Hold").build(),
        )
        .segment(Segment::builder().start_time(at(5, 0)).r#type("Hold").build())
        .direction(Direction::Outbound)
        .held(true)
        .disconnect_type(DisconnectType::Client)
        .start_hold_time(at(5, 0))
        .dialer_preview(
            DialerPreview::builder()
                .id("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
                .contact_id("0123456789abcdef0123456789abcdef")
                .contact_list_id("8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e")
                .campaign_id("9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f")
                .phone_number_column(PhoneNumberColumn::builder().column_name("Cell").r#type("cell").build())
                .phone_number_column(PhoneNumberColumn::builder().column_name("Home").r#type("home").build())
                .build(),
        )
        .voicemail(
            Voicemail::builder()
                .id("ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a")
                .upload_status(UploadStatus::Complete)
                .build(),
        )
        .callback_number("+13175551234")
        .callback_number("tel:+1 (317) 555-0000")
        .callback_user_name("Ada Lovelace")
        .script_id("be5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b")
        .external_campaign(false)
        .skip_enabled(true)
        .timeout_seconds(30)
        .start_alerting_time(at(0, 0))
        .connected_time(at(0, 20))
        .disconnected_time(at(9, 0))
        .callback_scheduled_time(at(0, 0))
        .automated_callback_config_id("cf6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c")
        .provider("PureCloud")
        .peer_id("d07b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d")
        .wrapup(
            Wrapup::builder()
                .code("e18c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e")
                .name("Resolved")
                .notes("Customer called back as requested.")
                .tag("vip")
                .tag("follow-up")
                .duration_seconds(45)
                .end_time(at(9, 45))
                .provisional(false)
                .build(),
        )
        .build()
}
