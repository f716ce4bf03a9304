//! The Callback types of `callback_tests::mirror` (the model's fields, in its order, of
//! its types), once for each peer builder: `bon`, `typed_builder` and
//! `derive_builder`. One macro writes the three copies; each peer gives its derive and
//! the field attributes that make its setters take what ours take: a `&str` for a
//! `String` (`into`), the value itself for an `Option` (`strip_option`). The lists
//! take a whole `Vec`: none of the three pushes onto an `Option<Vec<_>>`.
//!
//! Each copy has the model's type names, so that its `Debug` reads as the model's for
//! the same value, which the bench checks before timing anything.

/// The Callback types with `$derive`, `$string` on each `Option<String>`, `$option` on
/// each other `Option`, `$required` on `Segment::start_time`, `$container` on each type.
macro_rules! copies {
    (
        derive: $derive:path,
        container: [$($container:tt)*],
        string: [$($string:tt)*],
        option: [$($option:tt)*],
        required: [$($required:tt)*],
    ) => {
        use callback_model::{AfterCallWorkState, CallbackState, Direction, DisconnectType, UploadStatus};
        use chrono::{DateTime, Utc};

        /// A copy of `callback_model::Callback`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct Callback {
            $($option)* pub state: Option<CallbackState>,
            $($option)* pub initial_state: Option<CallbackState>,
            $($string)* pub id: Option<String>,
            $($option)* pub segments: Option<Vec<Segment>>,
            $($option)* pub direction: Option<Direction>,
            $($option)* pub held: Option<bool>,
            $($option)* pub disconnect_type: Option<DisconnectType>,
            $($option)* pub start_hold_time: Option<DateTime<Utc>>,
            $($option)* pub dialer_preview: Option<DialerPreview>,
            $($option)* pub voicemail: Option<Voicemail>,
            $($option)* pub callback_numbers: Option<Vec<String>>,
            $($string)* pub callback_user_name: Option<String>,
            $($string)* pub script_id: Option<String>,
            $($option)* pub external_campaign: Option<bool>,
            $($option)* pub skip_enabled: Option<bool>,
            $($option)* pub timeout_seconds: Option<i32>,
            $($option)* pub start_alerting_time: Option<DateTime<Utc>>,
            $($option)* pub connected_time: Option<DateTime<Utc>>,
            $($option)* pub disconnected_time: Option<DateTime<Utc>>,
            $($option)* pub callback_scheduled_time: Option<DateTime<Utc>>,
            $($string)* pub automated_callback_config_id: Option<String>,
            $($string)* pub provider: Option<String>,
            $($string)* pub peer_id: Option<String>,
            $($option)* pub wrapup: Option<Wrapup>,
            $($option)* pub after_call_work: Option<AfterCallWork>,
            $($option)* pub after_call_work_required: Option<bool>,
            $($string)* pub caller_id: Option<String>,
            $($string)* pub caller_id_name: Option<String>,
            $($option)* pub queue_media_settings: Option<ConversationQueueMediaSettings>,
        }

        /// A copy of `callback_model::Segment`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct Segment {
            $($required)* pub start_time: DateTime<Utc>,
            $($option)* pub end_time: Option<DateTime<Utc>>,
            $($string)* pub r#type: Option<String>,
            $($string)* pub how_ended: Option<String>,
            $($string)* pub disconnect_type: Option<String>,
        }

        /// A copy of `callback_model::DialerPreview`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct DialerPreview {
            $($string)* pub id: Option<String>,
            $($string)* pub contact_id: Option<String>,
            $($string)* pub contact_list_id: Option<String>,
            $($string)* pub campaign_id: Option<String>,
            $($option)* pub phone_number_columns: Option<Vec<PhoneNumberColumn>>,
            $($option)* pub callback_auto_answer: Option<bool>,
        }

        /// A copy of `callback_model::PhoneNumberColumn`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct PhoneNumberColumn {
            $($string)* pub column_name: Option<String>,
            $($string)* pub r#type: Option<String>,
            $($string)* pub callable_time_column_name: Option<String>,
        }

        /// A copy of `callback_model::Voicemail`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct Voicemail {
            $($string)* pub id: Option<String>,
            $($option)* pub upload_status: Option<UploadStatus>,
        }

        /// A copy of `callback_model::Wrapup`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct Wrapup {
            $($string)* pub code: Option<String>,
            $($string)* pub name: Option<String>,
            $($string)* pub notes: Option<String>,
            $($option)* pub tags: Option<Vec<String>>,
            $($option)* pub duration_seconds: Option<i32>,
            $($option)* pub end_time: Option<DateTime<Utc>>,
            $($option)* pub provisional: Option<bool>,
        }

        /// A copy of `callback_model::AfterCallWork`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct AfterCallWork {
            $($option)* pub start_time: Option<DateTime<Utc>>,
            $($option)* pub end_time: Option<DateTime<Utc>>,
            $($option)* pub state: Option<AfterCallWorkState>,
        }

        /// A copy of `callback_model::ConversationQueueMediaSettings`.
        #[derive(Debug, $derive)]
        $($container)*
        pub struct ConversationQueueMediaSettings {
            $($option)* pub alerting_timeout_seconds: Option<i32>,
            $($option)* pub auto_answer_alert_tone_seconds: Option<f64>,
            $($option)* pub manual_answer_alert_tone_seconds: Option<f64>,
            $($option)* pub enable_auto_answer: Option<bool>,
        }
    };
}

/// bon 3: an `Option` field is optional by itself (`x(v)`, `maybe_x(o)`).
pub mod bon {
    copies! {
        derive: ::bon::Builder,
        container: [],
        string: [#[builder(into)]],
        option: [],
        required: [],
    }
}

/// typed-builder 0.23.
pub mod typed {
    copies! {
        derive: ::typed_builder::TypedBuilder,
        container: [],
        string: [#[builder(default, setter(into, strip_option))]],
        option: [#[builder(default, setter(strip_option))]],
        required: [],
    }
}

/// derive_builder 0.20, with the owned pattern (setters move the builder, `build`
/// moves the fields out) rather than its default mutable one, whose `build(&self)`
/// clones every field.
pub mod derive_builder {
    copies! {
        derive: ::derive_builder::Builder,
        container: [#[builder(pattern = "owned")]],
        string: [#[builder(default, setter(into, strip_option))]],
        option: [#[builder(default, setter(strip_option))]],
        required: [],
    }
}
