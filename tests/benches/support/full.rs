//! Building the real, full `callback_model::Callback` (every field, three segments, a
//! dialer preview with two phone-number columns, a voicemail, a wrap-up, after-call
//! work and queue media settings: the value of `callback_tests::full_callback()`)
//! through the model's builders, against a struct literal of its plain mirror
//! (`callback_tests::mirror`), which shares no code with the crate.

use callback_model::{
    AfterCallWork, AfterCallWorkState, Callback, CallbackState, ConversationQueueMediaSettings, DialerPreview,
    Direction, DisconnectType, PhoneNumberColumn, Segment, UploadStatus, Voicemail, Wrapup,
};
use callback_tests::{at, mirror};
use chrono::{DateTime, Utc};

/// The values both constructions start from, made before the timed loop: every string
/// and timestamp of the value.
pub struct FullInputs<'a> {
    pub id: &'a str,
    pub alert: &'a str,
    pub interact: &'a str,
    pub hold: &'a str,
    pub preview_id: &'a str,
    pub contact_id: &'a str,
    pub contact_list_id: &'a str,
    pub campaign_id: &'a str,
    pub cell_column: &'a str,
    pub cell_type: &'a str,
    pub cell_callable: &'a str,
    pub home_column: &'a str,
    pub home_type: &'a str,
    pub voicemail_id: &'a str,
    pub numbers: [&'a str; 2],
    pub user_name: &'a str,
    pub script_id: &'a str,
    pub config_id: &'a str,
    pub provider: &'a str,
    pub peer_id: &'a str,
    pub wrapup_code: &'a str,
    pub wrapup_name: &'a str,
    pub notes: &'a str,
    pub tags: [&'a str; 2],
    pub caller_id: &'a str,
    pub caller_id_name: &'a str,
    /// 12:00:00, 12:00:20, 12:05:00, 12:09:00, 12:09:45.
    pub times: [DateTime<Utc>; 5],
}

impl FullInputs<'static> {
    /// The values of `callback_tests::full_callback()`.
    pub fn fixed() -> Self {
        FullInputs {
            id: "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
            alert: "Alert",
            interact: "Interact",
            hold: "Hold",
            preview_id: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            contact_id: "0123456789abcdef0123456789abcdef",
            contact_list_id: "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e",
            campaign_id: "9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f",
            cell_column: "Cell",
            cell_type: "cell",
            cell_callable: "CellCallableTime",
            home_column: "Home",
            home_type: "home",
            voicemail_id: "ad4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a",
            numbers: ["+13175551234", "tel:+1 (317) 555-0000"],
            user_name: "Ada Lovelace",
            script_id: "be5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b",
            config_id: "cf6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c",
            provider: "PureCloud",
            peer_id: "d07b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d",
            wrapup_code: "e18c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e",
            wrapup_name: "Resolved",
            notes: "Customer called back as requested.",
            tags: ["vip", "follow-up"],
            caller_id: "+13175550100",
            caller_id_name: "Acme Support",
            times: [at(0, 0), at(0, 20), at(5, 0), at(9, 0), at(9, 45)],
        }
    }
}

/// The value, as a struct literal of the mirror.
pub fn full_literal(inputs: &FullInputs<'_>) -> mirror::Callback {
    let [t0, t20, t5, t9, t945] = inputs.times;
    mirror::Callback {
        state: Some(CallbackState::Connected),
        initial_state: Some(CallbackState::Alerting),
        id: Some(inputs.id.to_owned()),
        segments: Some(vec![
            mirror::Segment {
                start_time: t0,
                end_time: Some(t20),
                r#type: Some(inputs.alert.to_owned()),
                how_ended: Some(inputs.interact.to_owned()),
                disconnect_type: None,
            },
            mirror::Segment {
                start_time: t20,
                end_time: Some(t5),
                r#type: Some(inputs.interact.to_owned()),
                how_ended: Some(inputs.hold.to_owned()),
                disconnect_type: None,
            },
            mirror::Segment {
                start_time: t5,
                end_time: None,
                r#type: Some(inputs.hold.to_owned()),
                how_ended: None,
                disconnect_type: None,
            },
        ]),
        direction: Some(Direction::Outbound),
        held: Some(true),
        disconnect_type: Some(DisconnectType::Client),
        start_hold_time: Some(t5),
        dialer_preview: Some(mirror::DialerPreview {
            id: Some(inputs.preview_id.to_owned()),
            contact_id: Some(inputs.contact_id.to_owned()),
            contact_list_id: Some(inputs.contact_list_id.to_owned()),
            campaign_id: Some(inputs.campaign_id.to_owned()),
            phone_number_columns: Some(vec![
                mirror::PhoneNumberColumn {
                    column_name: Some(inputs.cell_column.to_owned()),
                    r#type: Some(inputs.cell_type.to_owned()),
                    callable_time_column_name: Some(inputs.cell_callable.to_owned()),
                },
                mirror::PhoneNumberColumn {
                    column_name: Some(inputs.home_column.to_owned()),
                    r#type: Some(inputs.home_type.to_owned()),
                    callable_time_column_name: None,
                },
            ]),
            callback_auto_answer: Some(true),
        }),
        voicemail: Some(mirror::Voicemail {
            id: Some(inputs.voicemail_id.to_owned()),
            upload_status: Some(UploadStatus::Complete),
        }),
        callback_numbers: Some(vec![inputs.numbers[0].to_owned(), inputs.numbers[1].to_owned()]),
        callback_user_name: Some(inputs.user_name.to_owned()),
        script_id: Some(inputs.script_id.to_owned()),
        external_campaign: Some(false),
        skip_enabled: Some(true),
        timeout_seconds: Some(30),
        start_alerting_time: Some(t0),
        connected_time: Some(t20),
        disconnected_time: Some(t9),
        callback_scheduled_time: Some(t0),
        automated_callback_config_id: Some(inputs.config_id.to_owned()),
        provider: Some(inputs.provider.to_owned()),
        peer_id: Some(inputs.peer_id.to_owned()),
        wrapup: Some(mirror::Wrapup {
            code: Some(inputs.wrapup_code.to_owned()),
            name: Some(inputs.wrapup_name.to_owned()),
            notes: Some(inputs.notes.to_owned()),
            tags: Some(vec![inputs.tags[0].to_owned(), inputs.tags[1].to_owned()]),
            duration_seconds: Some(45),
            end_time: Some(t945),
            provisional: Some(false),
        }),
        after_call_work: Some(mirror::AfterCallWork {
            start_time: Some(t9),
            end_time: Some(t945),
            state: Some(AfterCallWorkState::Complete),
        }),
        after_call_work_required: Some(true),
        caller_id: Some(inputs.caller_id.to_owned()),
        caller_id_name: Some(inputs.caller_id_name.to_owned()),
        queue_media_settings: Some(mirror::ConversationQueueMediaSettings {
            alerting_timeout_seconds: Some(8),
            auto_answer_alert_tone_seconds: Some(0.5),
            manual_answer_alert_tone_seconds: Some(1.25),
            enable_auto_answer: Some(false),
        }),
    }
}

/// The same value, the real `Callback`, through the model's builders.
pub fn full_built(inputs: &FullInputs<'_>) -> Callback {
    let [t0, t20, t5, t9, t945] = inputs.times;
    Callback::builder()
        .state(CallbackState::Connected)
        .initial_state(CallbackState::Alerting)
        .id(inputs.id)
        .segment(
            Segment::builder().start_time(t0).end_time(t20).r#type(inputs.alert).how_ended(inputs.interact).build(),
        )
        .segment(Segment::builder().start_time(t20).end_time(t5).r#type(inputs.interact).how_ended(inputs.hold).build())
        .segment(Segment::builder().start_time(t5).r#type(inputs.hold).build())
        .direction(Direction::Outbound)
        .held(true)
        .disconnect_type(DisconnectType::Client)
        .start_hold_time(t5)
        .dialer_preview(
            DialerPreview::builder()
                .id(inputs.preview_id)
                .contact_id(inputs.contact_id)
                .contact_list_id(inputs.contact_list_id)
                .campaign_id(inputs.campaign_id)
                .phone_number_column(
                    PhoneNumberColumn::builder()
                        .column_name(inputs.cell_column)
                        .r#type(inputs.cell_type)
                        .callable_time_column_name(inputs.cell_callable)
                        .build(),
                )
                .phone_number_column(
                    PhoneNumberColumn::builder().column_name(inputs.home_column).r#type(inputs.home_type).build(),
                )
                .callback_auto_answer(true)
                .build(),
        )
        .voicemail(Voicemail::builder().id(inputs.voicemail_id).upload_status(UploadStatus::Complete).build())
        .callback_number(inputs.numbers[0])
        .callback_number(inputs.numbers[1])
        .callback_user_name(inputs.user_name)
        .script_id(inputs.script_id)
        .external_campaign(false)
        .skip_enabled(true)
        .timeout_seconds(30)
        .start_alerting_time(t0)
        .connected_time(t20)
        .disconnected_time(t9)
        .callback_scheduled_time(t0)
        .automated_callback_config_id(inputs.config_id)
        .provider(inputs.provider)
        .peer_id(inputs.peer_id)
        .wrapup(
            Wrapup::builder()
                .code(inputs.wrapup_code)
                .name(inputs.wrapup_name)
                .notes(inputs.notes)
                .tag(inputs.tags[0])
                .tag(inputs.tags[1])
                .duration_seconds(45)
                .end_time(t945)
                .provisional(false)
                .build(),
        )
        .after_call_work(
            AfterCallWork::builder().start_time(t9).end_time(t945).state(AfterCallWorkState::Complete).build(),
        )
        .after_call_work_required(true)
        .caller_id(inputs.caller_id)
        .caller_id_name(inputs.caller_id_name)
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

/// Checks, before anything is timed, that both make the same value, and the value of
/// `callback_tests::full_callback()`: the mirror's `Debug` reads as the model's.
pub fn assert_same(inputs: &FullInputs<'_>) {
    let built = full_built(inputs);
    assert_eq!(built, callback_tests::full_callback(), "the builders make full_callback()");
    assert_eq!(format!("{:?}", full_literal(inputs)), format!("{built:?}"), "both make the same value");
}
