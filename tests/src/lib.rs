//! Shared fixtures for the integration tests and benchmarks of `callback`.

pub mod checks;
pub mod groups;
pub mod hand;
#[cfg(feature = "schema")]
pub mod judge;
pub mod mirror;
pub mod shaped;
pub mod strategies;

use callback_model::{
    AfterCallWork, AfterCallWorkState, Callback, CallbackState, ConversationQueueMediaSettings, CreateCallbackCommand,
    CustomerFirstCallbackDeliveryMode, DialerPreview, Direction, DisconnectType, DomainEntityRef, PatchCallbackRequest,
    PhoneNumberColumn, RoutingData, ScoredAgent, Segment, UploadStatus, Voicemail, Wrapup,
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
/// dialer preview with two phone-number columns, a voicemail, a wrap-up, after-call
/// work and the queue's media settings.
#[must_use]
pub fn full_callback() -> Callback {
    Callback::builder()
        .state(CallbackState::Connected)
        .initial_state(CallbackState::Alerting)
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
                .phone_number_column(
                    PhoneNumberColumn::builder()
                        .column_name("Cell")
                        .r#type("cell")
                        .callable_time_column_name("CellCallableTime")
                        .build(),
                )
                .phone_number_column(PhoneNumberColumn::builder().column_name("Home").r#type("home").build())
                .callback_auto_answer(true)
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
        .after_call_work(
            AfterCallWork::builder()
                .start_time(at(9, 0))
                .end_time(at(9, 45))
                .state(AfterCallWorkState::Complete)
                .build(),
        )
        .after_call_work_required(true)
        .caller_id("+13175550100")
        .caller_id_name("Acme Support")
        .queue_media_settings(
            ConversationQueueMediaSettings::builder()
                .alerting_timeout_seconds(8)
                .auto_answer_alert_tone_seconds(0.5)
                .manual_answer_alert_tone_seconds(1.25)
                .enable_auto_answer(false)
                .build(),
        )
        .build()
}

/// The id of the queue of the request fixtures.
pub const QUEUE_ID: &str = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

/// The id of the agent of the request fixtures.
pub const AGENT_ID: &str = "3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e";

/// A valid `CreateCallbackCommand` with every field set, routing data included.
#[must_use]
pub fn full_create_callback_command() -> CreateCallbackCommand {
    CreateCallbackCommand::builder()
        .script_id("be5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b")
        .queue_id(QUEUE_ID)
        .routing_data(
            RoutingData::builder()
                .queue_id(QUEUE_ID)
                .language_id("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e")
                .label("billing")
                .priority(5)
                .skill_id("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")
                .skill_expression("billing")
                .preferred_agent_id(AGENT_ID)
                .scored_agent(
                    ScoredAgent::builder().agent(DomainEntityRef::builder().id(AGENT_ID).build()).score(100).build(),
                )
                .routing_flag(RoutingData::AGENT_OWNED_CALLBACK)
                .build(),
        )
        .customer_first_callback_delivery_mode(CustomerFirstCallbackDeliveryMode::UseAgentReservation)
        .callback_user_name("Ada Lovelace")
        .callback_number("+13175550142")
        .callback_number("(317) 555-0143")
        .callback_scheduled_time(at_hms(15, 30, 0))
        .country_code("US")
        .validate_callback_numbers(true)
        .data(
            [("notes".to_owned(), "Asked about the invoice of April.".to_owned())]
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
        )
        .caller_id("+13175550100")
        .caller_id_name("Acme Support")
        .build()
}

/// A valid `PatchCallbackRequest` with every field set.
#[must_use]
pub fn full_patch_callback_request() -> PatchCallbackRequest {
    PatchCallbackRequest::builder()
        .conversation_id("9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b")
        .queue_id(QUEUE_ID)
        .agent_id(AGENT_ID)
        .callback_scheduled_time(at_hms(16, 0, 0))
        .country_code("US")
        .callback_number("+13175550142")
        .validate_callback_numbers(false)
        .customer_first_callback_delivery_mode(CustomerFirstCallbackDeliveryMode::NoAgentReservation)
        .build()
}
