//! proptest strategies for the model: every type, every enum (unknown values
//! included) and timestamps over the whole range the wire format can write, plus JSON
//! texts that say a value in the many forms the API may send it.
//!
//! - Values: [`callback`], [`segment`], [`dialer_preview`], [`phone_number_column`],
//!   [`voicemail`], [`wrapup`], [`after_call_work`],
//!   [`conversation_queue_media_settings`]; the requests and responses
//!   [`create_callback_command`], [`routing_data`], [`scored_agent`],
//!   [`domain_entity_ref`], [`create_callback_response`], [`callback_identifier`],
//!   [`patch_callback_request`]; the enums [`callback_state`], [`direction`],
//!   [`disconnect_type`], [`upload_status`], [`after_call_work_state`],
//!   [`customer_first_callback_delivery_mode`], [`callback_identifier_type`];
//!   [`timestamp`] (years 0000 to 9999, any nanosecond, leap seconds) and
//!   [`any_timestamp`] (all of chrono's range, most of it not writable). The `_from`
//!   forms take the timestamp strategy to use.
//! - Texts: [`wire_text`] says a value in an equivalent form (any RFC 3339 form of each
//!   timestamp, escapes, white space, `null` for absent fields, unknown fields, any key
//!   order), so it must parse back to exactly that value; [`hostile_bytes`] (of a
//!   Callback) and [`hostile_bytes_of`] (of any type) then break it (wrong types, bad
//!   timestamps, duplicate keys, cut or changed bytes).
//! - Comparing: [`Instants`] gives a value at millisecond precision (what writing keeps)
//!   and the timestamps it holds.
//!
//! Generated strings are short, collections small: the limits on size are tested
//! separately (`tests/limits.rs`).

use callback_model::{
    AfterCallWork, AfterCallWorkState, Callback, CallbackIdentifier, CallbackIdentifierType, CallbackState,
    ConversationQueueMediaSettings, CreateCallbackCommand, CreateCallbackResponse, CustomerFirstCallbackDeliveryMode,
    DialerPreview, Direction, DisconnectType, DomainEntityRef, PatchCallbackRequest, PhoneNumberColumn, RoutingData,
    ScoredAgent, Segment, UploadStatus, Voicemail, Wrapup,
};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, Timelike, Utc};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------
// Timestamps.

/// Days from the common era of 0000-01-01, the first day the wire format can write.
const FIRST_WRITABLE_DAY: i32 = -365;
/// Days from the common era of 9999-12-31, the last day the wire format can write.
const LAST_WRITABLE_DAY: i32 = 3_652_059;

/// The instant `day` (days from the common era), `second` of the day, `nano`; a `nano`
/// of 1e9 or more is a leap second, which chrono keeps only at second 59 of a minute.
fn instant(day: i32, second: u32, nano: u32) -> DateTime<Utc> {
    let date = NaiveDate::from_num_days_from_ce_opt(day).unwrap_or_default();
    let time = NaiveTime::from_num_seconds_from_midnight_opt(second, nano).unwrap_or_default();
    NaiveDateTime::new(date, time).and_utc()
}

/// The first and last instants the wire format can write, and other edges.
fn writable_edges() -> Vec<DateTime<Utc>> {
    vec![
        instant(FIRST_WRITABLE_DAY, 0, 0),
        instant(LAST_WRITABLE_DAY, 86_399, 999_999_999),
        // The last leap second that can be written: 9999-12-31T23:59:60.999999999Z.
        instant(LAST_WRITABLE_DAY, 86_399, 1_999_999_999),
        instant(FIRST_WRITABLE_DAY, 59, 1_000_000_000),
        DateTime::UNIX_EPOCH,
        instant(739_007, 43_200, 0), // 2024-05-01T12:00:00Z
        instant(739_007, 43_200, 999_999),
        instant(739_007, 43_200, 1_000_000),
    ]
}

/// A timestamp the wire format can write: years 0000 to 9999, any nanosecond (the
/// digits finer than milliseconds are dropped on output), and leap seconds (second 60
/// on the wire; chrono keeps them at any minute).
pub fn timestamp() -> BoxedStrategy<DateTime<Utc>> {
    let days = FIRST_WRITABLE_DAY..=LAST_WRITABLE_DAY;
    prop_oneof![
        8 => (days.clone(), 0u32..86_400, 0u32..1_000_000_000).prop_map(|(d, s, n)| instant(d, s, n)),
        // Milliseconds only: what a written timestamp holds.
        4 => (days.clone(), 0u32..86_400, 0u32..1_000).prop_map(|(d, s, ms)| instant(d, s, ms * 1_000_000)),
        2 => (days, 0u32..1_440, 1_000_000_000u32..2_000_000_000).prop_map(|(d, m, n)| instant(d, m * 60 + 59, n)),
        1 => select(writable_edges()),
    ]
    .boxed()
}

/// Any timestamp chrono can hold, from about 262 000 BCE to 262 000 CE: the
/// writable ones, and ones whose year the wire format cannot write.
pub fn any_timestamp() -> BoxedStrategy<DateTime<Utc>> {
    let first = DateTime::<Utc>::MIN_UTC.timestamp();
    let last = DateTime::<Utc>::MAX_UTC.timestamp();
    prop_oneof![
        2 => timestamp(),
        2 => (first..=last, 0u32..1_000_000_000)
            .prop_map(|(s, n)| DateTime::from_timestamp(s, n).unwrap_or(DateTime::UNIX_EPOCH)),
        1 => select(vec![
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            instant(FIRST_WRITABLE_DAY - 1, 86_399, 999_999_999), // -0001-12-31T23:59:59.999999999Z
            instant(LAST_WRITABLE_DAY + 1, 0, 0),                  // 10000-01-01T00:00:00Z
        ]),
    ]
    .boxed()
}

/// `at` moved by `millis` milliseconds, or the other way when that would leave the
/// range chrono (or the wire format, for a writable `at`) can hold.
fn shifted(at: DateTime<Utc>, millis: i64) -> DateTime<Utc> {
    let delta = TimeDelta::milliseconds(millis);
    let writable = writable_year(at);
    let fits = |t: &DateTime<Utc>| !writable || writable_year(*t);
    at.checked_add_signed(delta).filter(fits).or_else(|| at.checked_sub_signed(delta).filter(fits)).unwrap_or(at)
}

/// A later moment, most of the time: from 2 s before to 10 min after, so that the
/// `not_before` rules hold in most values and break in some.
fn later_millis() -> impl Strategy<Value = i64> + Clone {
    prop_oneof![9 => 0i64..600_000, 1 => -2_000i64..0]
}

fn writable_year(at: DateTime<Utc>) -> bool {
    (0..=9999).contains(&at.year())
}

// ---------------------------------------------------------------------------------
// Strings.

/// Characters that JSON escapes, or that are easy to get wrong: quotes, backslashes,
/// controls, line separators, a byte-order mark, the last code point, astral ones.
const AWKWARD: &[char] = &[
    '"',
    '\\',
    '/',
    '\0',
    '\u{8}',
    '\u{c}',
    '\n',
    '\r',
    '\t',
    '\u{1f}',
    '\u{7f}',
    '\u{80}',
    '\u{2028}',
    '\u{2029}',
    '\u{feff}',
    '\u{fffd}',
    '\u{10ffff}',
    '\u{1f600}',
    '~',
    ' ',
    '\u{a0}',
    '\u{3000}',
    'é',
];

/// Any string: printable ASCII, any Unicode scalar, and the awkward characters.
pub fn text() -> BoxedStrategy<String> {
    let ch = prop_oneof![
        4 => proptest::char::range(' ', '~'),
        2 => any::<char>(),
        2 => select(AWKWARD),
    ];
    vec(ch, 0..16).prop_map(String::from_iter).boxed()
}

/// A canonical UUID in any hex case, a near miss, or any text: `uuid` holds for most.
pub fn uuid_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        1 => "[0-9a-fA-F-]{35,37}|\\{[0-9a-f-]{36}\\}|[0-9a-f]{32}",
        1 => text(),
    ]
    .boxed()
}

/// A dialable number, a near miss (too few or many digits, a letter), or any text.
pub fn phone_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "(tel:|TEL:)?\\+?[1-9][0-9]{2,10}",
        2 => "(tel:)?\\+?(\\([0-9]{3}\\) )?[0-9]{3}[-. ][0-9]{4}",
        2 => "(tel:|Tel:)?\\+{0,2}[0-9 ().x-]{0,20}",
        1 => "[ \t]{0,2}",
        1 => text(),
    ]
    .boxed()
}

/// A tag: a word, white space only (blank), or any text.
fn tag_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "[a-z][a-z-]{0,8}",
        1 => "[ \t\u{2003}\u{3000}]{0,3}",
        1 => text(),
    ]
    .boxed()
}

/// A free text field: usually a word the API sends (`Alert`, `cell`, ...), or any text.
fn free_text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => select(&["Alert", "Interact", "Scheduled", "Hold", "Wrapup", "Disconnect", "cell", "home", "work"][..])
            .prop_map(str::to_owned),
        1 => text(),
    ]
    .boxed()
}

/// An `i32` with a rule `range(min = 0)`: small ones either side of 0, the extremes.
fn count() -> BoxedStrategy<i32> {
    prop_oneof![4 => -3..=100i32, 1 => any::<i32>(), 1 => select(&[i32::MIN, -1, 0, i32::MAX][..])].boxed()
}

/// A score, `range(min = 0, max = 100)`: mostly in range, some just outside, any.
fn score() -> BoxedStrategy<i32> {
    prop_oneof![4 => 0..=100i32, 1 => -3..=103i32, 1 => any::<i32>()].boxed()
}

/// An `f64` with a rule `range(min = 0)`, any number JSON can say (JSON has no `NaN`
/// or infinity): small ones either side of 0, `-0`, the extremes, subnormals, any.
fn seconds() -> BoxedStrategy<f64> {
    prop_oneof![
        4 => -2.0..30.0f64,
        2 => any::<f64>().prop_filter("JSON says finite numbers only", |x| x.is_finite()),
        1 => select(&[0.0, -0.0, 0.5, 0.1, f64::MIN_POSITIVE, 5e-324, -5e-324, f64::MAX, f64::MIN, 1e15 + 0.3][..]),
    ]
    .boxed()
}

/// A caller id: an E.164 number, a near miss (no `+`, a leading 0, too long), or any
/// text.
pub fn e164_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "\\+[1-9][0-9]{1,14}",
        2 => "\\+?[0-9]{0,17}|\\+[1-9][0-9 -]{1,14}",
        1 => text(),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------
// Enums.

/// A wire value this version does not know: the values of newer API versions, near
/// misses of known ones (case, white space) and any text.
///
/// Parsing keeps them in `Unknown`; a known wire value would parse as its variant, so
/// the enum strategies make `Unknown` through `From<String>` (as parsing does), never
/// `Unknown("alerting")` by hand.
pub fn unknown_wire_value() -> BoxedStrategy<String> {
    prop_oneof![
        1 => select(
            &[
                "uploading", "endpoint.dnd", "transfer.dnd", "Alerting", "INBOUND", " none", "complete ", "", "transfer.",
                // The API's own `unknown` (a known `AfterCallWorkState`), near misses of
                // the upper-case and Pascal-case enums.
                "unknown", "Unknown", "acd", "Acd", "useQueueSetting", "NOT_APPLICABLE",
            ][..]
        )
        .prop_map(str::to_owned),
        2 => text(),
    ]
    .boxed()
}

macro_rules! enum_strategy {
    ($(#[$doc:meta])* $name:ident -> $ty:ident) => {
        $(#[$doc])*
        pub fn $name() -> BoxedStrategy<$ty> {
            prop_oneof![3 => select($ty::KNOWN), 1 => unknown_wire_value().prop_map($ty::from)].boxed()
        }
    };
}

enum_strategy!(
    /// A known `CallbackState` (3 in 4) or an unknown one.
    callback_state -> CallbackState
);
enum_strategy!(
    /// A known `Direction` (3 in 4) or an unknown one.
    direction -> Direction
);
enum_strategy!(
    /// A known `DisconnectType` (3 in 4) or an unknown one.
    disconnect_type -> DisconnectType
);
enum_strategy!(
    /// A known `UploadStatus` (3 in 4) or an unknown one.
    upload_status -> UploadStatus
);
enum_strategy!(
    /// A known `AfterCallWorkState` (3 in 4, `UnknownValue` included) or an unknown one.
    after_call_work_state -> AfterCallWorkState
);
enum_strategy!(
    /// A known `CustomerFirstCallbackDeliveryMode` (3 in 4) or an unknown one.
    customer_first_callback_delivery_mode -> CustomerFirstCallbackDeliveryMode
);
enum_strategy!(
    /// A known `CallbackIdentifierType` (3 in 4) or an unknown one.
    callback_identifier_type -> CallbackIdentifierType
);

// ---------------------------------------------------------------------------------
// The Callback and its parts.

/// A `Segment` with writable timestamps.
pub fn segment() -> BoxedStrategy<Segment> {
    segment_from(timestamp())
}

/// A `Segment` whose start comes from `time`; the end, when present, is mostly after it.
pub fn segment_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<Segment> {
    (time, option::of(later_millis()), option::of(free_text()), option::of(free_text()), option::of(free_text()))
        .prop_map(|(start, end, kind, how_ended, disconnect_type)| {
            Segment::builder()
                .start_time(start)
                .maybe_end_time(end.map(|millis| shifted(start, millis)))
                .maybe_type(kind)
                .maybe_how_ended(how_ended)
                .maybe_disconnect_type(disconnect_type)
                .build()
        })
        .boxed()
}

/// A `PhoneNumberColumn`.
pub fn phone_number_column() -> BoxedStrategy<PhoneNumberColumn> {
    (option::of(free_text()), option::of(free_text()), option::of(free_text()))
        .prop_map(|(column_name, kind, callable_time)| {
            PhoneNumberColumn::builder()
                .maybe_column_name(column_name)
                .maybe_type(kind)
                .maybe_callable_time_column_name(callable_time)
                .build()
        })
        .boxed()
}

/// A `DialerPreview`, its list and campaign ids mostly UUIDs.
pub fn dialer_preview() -> BoxedStrategy<DialerPreview> {
    (
        option::of(text()),
        option::of(prop_oneof!["[0-9a-f]{32}", text()]),
        option::of(uuid_text()),
        option::of(uuid_text()),
        option::of(vec(phone_number_column(), 0..3)),
        option::of(any::<bool>()),
    )
        .prop_map(|(id, contact_id, contact_list_id, campaign_id, columns, auto_answer)| {
            DialerPreview::builder()
                .maybe_id(id)
                .maybe_contact_id(contact_id)
                .maybe_contact_list_id(contact_list_id)
                .maybe_campaign_id(campaign_id)
                .maybe_phone_number_columns(columns)
                .maybe_callback_auto_answer(auto_answer)
                .build()
        })
        .boxed()
}

/// A `Voicemail`.
pub fn voicemail() -> BoxedStrategy<Voicemail> {
    (option::of(uuid_text()), option::of(upload_status()))
        .prop_map(|(id, status)| Voicemail::builder().maybe_id(id).maybe_upload_status(status).build())
        .boxed()
}

/// A `Wrapup` with a writable end time.
pub fn wrapup() -> BoxedStrategy<Wrapup> {
    wrapup_from(timestamp())
}

/// A `Wrapup` whose end time comes from `time`.
pub fn wrapup_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<Wrapup> {
    (
        option::of(uuid_text()),
        option::of(free_text()),
        option::of(text()),
        option::of(vec(tag_text(), 0..4)),
        option::of(count()),
        option::of(time),
        option::of(any::<bool>()),
    )
        .prop_map(|(code, name, notes, tags, duration, end_time, provisional)| {
            Wrapup::builder()
                .maybe_code(code)
                .maybe_name(name)
                .maybe_notes(notes)
                .maybe_tags(tags)
                .maybe_duration_seconds(duration)
                .maybe_end_time(end_time)
                .maybe_provisional(provisional)
                .build()
        })
        .boxed()
}

/// An `AfterCallWork` with writable timestamps.
pub fn after_call_work() -> BoxedStrategy<AfterCallWork> {
    after_call_work_from(timestamp())
}

/// An `AfterCallWork` whose start comes from `time`; the end, when present, is mostly
/// after it (and from `time` when there is no start).
pub fn after_call_work_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<AfterCallWork> {
    (time, option::of(Just(())), option::of(later_millis()), option::of(after_call_work_state()))
        .prop_map(|(start, started, end_after, state)| {
            AfterCallWork::builder()
                .maybe_start_time(started.map(|()| start))
                .maybe_end_time(end_after.map(|millis| shifted(start, millis)))
                .maybe_state(state)
                .build()
        })
        .boxed()
}

/// A `ConversationQueueMediaSettings`: durations mostly not negative.
pub fn conversation_queue_media_settings() -> BoxedStrategy<ConversationQueueMediaSettings> {
    (option::of(count()), option::of(seconds()), option::of(seconds()), option::of(any::<bool>()))
        .prop_map(|(alerting, auto_tone, manual_tone, auto_answer)| {
            ConversationQueueMediaSettings::builder()
                .maybe_alerting_timeout_seconds(alerting)
                .maybe_auto_answer_alert_tone_seconds(auto_tone)
                .maybe_manual_answer_alert_tone_seconds(manual_tone)
                .maybe_enable_auto_answer(auto_answer)
                .build()
        })
        .boxed()
}

/// A `Callback` with writable timestamps: every field present or not, each nested value
/// from its own strategy. Most break some rule; some break none.
pub fn callback() -> BoxedStrategy<Callback> {
    callback_from(timestamp())
}

/// The times of a callback: alerting, connected (mostly after alerting), disconnected
/// (mostly after both), each present or not.
type Times = (Option<DateTime<Utc>>, Option<DateTime<Utc>>, Option<DateTime<Utc>>);

fn callback_times(time: BoxedStrategy<DateTime<Utc>>) -> impl Strategy<Value = Times> {
    (time, option::of(Just(())), option::of(later_millis()), option::of(later_millis())).prop_map(
        |(alerting, alerted, connected_after, disconnected_after)| {
            let connected = connected_after.map(|millis| shifted(alerting, millis));
            let disconnected = disconnected_after.map(|millis| shifted(connected.unwrap_or(alerting), millis));
            (alerted.map(|()| alerting), connected, disconnected)
        },
    )
}

/// A `Callback` whose timestamps come from `time`.
pub fn callback_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<Callback> {
    let first = (
        option::of(callback_state()),
        option::of(uuid_text()),
        option::of(vec(segment_from(time.clone()), 0..4)),
        option::of(direction()),
        option::of(any::<bool>()),
        option::of(disconnect_type()),
        option::of(time.clone()),
        option::of(dialer_preview()),
        option::of(voicemail()),
        option::of(vec(phone_text(), 0..3)),
        option::of(text()),
        option::of(uuid_text()),
    );
    let second = (
        option::of(any::<bool>()),
        option::of(any::<bool>()),
        option::of(count()),
        callback_times(time.clone()),
        option::of(time.clone()),
        option::of(uuid_text()),
        option::of(free_text()),
        option::of(uuid_text()),
        option::of(wrapup_from(time.clone())),
    );
    let third = (
        option::of(callback_state()),
        option::of(after_call_work_from(time)),
        option::of(any::<bool>()),
        option::of(e164_text()),
        option::of(text()),
        option::of(conversation_queue_media_settings()),
    );
    (first, second, third)
        .prop_map(|(first, second, third)| {
            let (
                state,
                id,
                segments,
                direction,
                held,
                disconnect_type,
                hold_start,
                preview,
                voicemail,
                numbers,
                name,
                script,
            ) = first;
            let (
                external,
                skip,
                timeout,
                (alerting, connected, disconnected),
                scheduled,
                config,
                provider,
                peer,
                wrapup,
            ) = second;
            let (initial_state, after_call_work, after_call_work_required, caller_id, caller_id_name, queue_settings) =
                third;
            Callback::builder()
                .maybe_state(state)
                .maybe_initial_state(initial_state)
                .maybe_id(id)
                .maybe_segments(segments)
                .maybe_direction(direction)
                .maybe_held(held)
                .maybe_disconnect_type(disconnect_type)
                .maybe_start_hold_time(hold_start)
                .maybe_dialer_preview(preview)
                .maybe_voicemail(voicemail)
                .maybe_callback_numbers(numbers)
                .maybe_callback_user_name(name)
                .maybe_script_id(script)
                .maybe_external_campaign(external)
                .maybe_skip_enabled(skip)
                .maybe_timeout_seconds(timeout)
                .maybe_start_alerting_time(alerting)
                .maybe_connected_time(connected)
                .maybe_disconnected_time(disconnected)
                .maybe_callback_scheduled_time(scheduled)
                .maybe_automated_callback_config_id(config)
                .maybe_provider(provider)
                .maybe_peer_id(peer)
                .maybe_wrapup(wrapup)
                .maybe_after_call_work(after_call_work)
                .maybe_after_call_work_required(after_call_work_required)
                .maybe_caller_id(caller_id)
                .maybe_caller_id_name(caller_id_name)
                .maybe_queue_media_settings(queue_settings)
                .build()
        })
        .boxed()
}

// ---------------------------------------------------------------------------------
// The requests and responses.

/// A `DomainEntityRef`: its id mostly a UUID (no rule says so).
pub fn domain_entity_ref() -> BoxedStrategy<DomainEntityRef> {
    (option::of(uuid_text()), option::of(free_text()), option::of(text()))
        .prop_map(|(id, name, self_uri)| {
            DomainEntityRef::builder().maybe_id(id).maybe_name(name).maybe_self_uri(self_uri).build()
        })
        .boxed()
}

/// A `ScoredAgent`, its score mostly 0 to 100.
pub fn scored_agent() -> BoxedStrategy<ScoredAgent> {
    (option::of(domain_entity_ref()), option::of(score()))
        .prop_map(|(agent, score)| ScoredAgent::builder().maybe_agent(agent).maybe_score(score).build())
        .boxed()
}

/// A routing flag: the one the API documents, another word, or any text.
fn routing_flag() -> BoxedStrategy<String> {
    prop_oneof![
        2 => Just(RoutingData::AGENT_OWNED_CALLBACK.to_owned()),
        1 => "[A-Z][A-Z_]{0,12}",
        1 => text(),
    ]
    .boxed()
}

/// A `RoutingData`, its ids mostly UUIDs.
pub fn routing_data() -> BoxedStrategy<RoutingData> {
    (
        uuid_text(),
        option::of(uuid_text()),
        option::of(free_text()),
        option::of(any::<i32>()),
        option::of(vec(uuid_text(), 0..3)),
        option::of(text()),
        option::of(vec(uuid_text(), 0..3)),
        option::of(vec(scored_agent(), 0..3)),
        option::of(vec(routing_flag(), 0..3)),
    )
        .prop_map(|(queue_id, language_id, label, priority, skills, expression, preferred, scored, flags)| {
            RoutingData::builder()
                .queue_id(queue_id)
                .maybe_language_id(language_id)
                .maybe_label(label)
                .maybe_priority(priority)
                .maybe_skill_ids(skills)
                .maybe_skill_expression(expression)
                .maybe_preferred_agent_ids(preferred)
                .maybe_scored_agents(scored)
                .maybe_routing_flags(flags)
                .build()
        })
        .boxed()
}

/// The `data` of a `CreateCallbackCommand`: any keys and values.
fn callback_data() -> BoxedStrategy<BTreeMap<String, String>> {
    proptest::collection::btree_map(prop_oneof!["[a-z][a-zA-Z]{0,10}", text()], text(), 0..3).boxed()
}

/// A `CreateCallbackCommand` with writable timestamps.
pub fn create_callback_command() -> BoxedStrategy<CreateCallbackCommand> {
    create_callback_command_from(timestamp())
}

/// A `CreateCallbackCommand` whose scheduled time comes from `time`: every optional
/// field present or not, no callback number (which breaks `length(min = 1)`) to a few,
/// and no queue, one or both.
pub fn create_callback_command_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<CreateCallbackCommand> {
    let first = (
        option::of(uuid_text()),
        option::of(uuid_text()),
        option::of(routing_data()),
        option::of(customer_first_callback_delivery_mode()),
        option::of(text()),
        vec(phone_text(), 0..3),
    );
    let second = (
        option::of(time),
        option::of(prop_oneof!["[A-Z]{2}", text()]),
        option::of(any::<bool>()),
        option::of(callback_data()),
        option::of(e164_text()),
        option::of(text()),
    );
    (first, second)
        .prop_map(
            |(
                (script, queue, routing, mode, name, numbers),
                (scheduled, country, check, data, caller, caller_name),
            )| {
                command(CommandParts {
                    script,
                    queue,
                    routing,
                    mode,
                    name,
                    numbers,
                    scheduled,
                    country,
                    check,
                    data,
                    caller,
                    caller_name,
                })
            },
        )
        .boxed()
}

/// The fields of a `CreateCallbackCommand`, to make one with or without a queue.
struct CommandParts {
    script: Option<String>,
    queue: Option<String>,
    routing: Option<RoutingData>,
    mode: Option<CustomerFirstCallbackDeliveryMode>,
    name: Option<String>,
    numbers: Vec<String>,
    scheduled: Option<DateTime<Utc>>,
    country: Option<String>,
    check: Option<bool>,
    data: Option<BTreeMap<String, String>>,
    caller: Option<String>,
    caller_name: Option<String>,
}

/// The command of `parts`. Its builder does not compile without a queue (`queue_id` or
/// `routing_data`) nor without a number added by `callback_number` (the setter of the
/// whole list may be given an empty one, so it does not count); a command without
/// either comes from JSON, as it does in a service, so that is how it is made here. (A
/// scheduled time whose year the wire format cannot write cannot come from JSON: such a
/// command leaves the time out.)
fn command(parts: CommandParts) -> CreateCallbackCommand {
    let CommandParts {
        script,
        queue,
        routing,
        mode,
        name,
        mut numbers,
        scheduled,
        country,
        check,
        data,
        caller,
        caller_name,
    } = parts;
    // The last number is added by the pusher, after the others as a whole list.
    let last = numbers.pop();
    let wire_numbers = last.is_none();
    let last = last.unwrap_or_default();
    macro_rules! rest {
        ($builder:expr, $scheduled:expr) => {
            $builder
                .maybe_script_id(script)
                .maybe_customer_first_callback_delivery_mode(mode)
                .maybe_callback_user_name(name)
                .callback_numbers(numbers)
                .callback_number(last)
                .maybe_callback_scheduled_time($scheduled)
                .maybe_country_code(country)
                .maybe_validate_callback_numbers(check)
                .maybe_data(data)
                .maybe_caller_id(caller)
                .maybe_caller_id_name(caller_name)
                .build()
        };
    }
    let (command, wire_queue) = match (queue, routing) {
        (Some(queue), routing) if !wire_numbers => {
            return rest!(CreateCallbackCommand::builder().queue_id(queue).maybe_routing_data(routing), scheduled);
        }
        (None, Some(routing)) if !wire_numbers => {
            return rest!(CreateCallbackCommand::builder().routing_data(routing), scheduled);
        }
        (Some(queue), routing) => {
            (rest!(CreateCallbackCommand::builder().queue_id(queue).maybe_routing_data(routing), None), true)
        }
        (None, Some(routing)) => (rest!(CreateCallbackCommand::builder().routing_data(routing), None), true),
        (None, None) => (rest!(CreateCallbackCommand::builder().queue_id(String::new()), None), false),
    };
    let mut body = serde_json::to_value(&command).expect("a command without a scheduled time is writable");
    if let Some(object) = body.as_object_mut() {
        if !wire_queue {
            object.remove("queueId");
        }
        if wire_numbers {
            object.insert("callbackNumbers".to_owned(), serde_json::Value::Array(Vec::new()));
        }
        let writable = scheduled.filter(|time| (0..=9999).contains(&time.year()));
        if let Some(time) = writable {
            let text = time.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
            object.insert("callbackScheduledTime".to_owned(), serde_json::Value::String(text));
        }
    }
    serde_json::from_value(body).expect("a command the crate wrote reads back")
}
/// A `CallbackIdentifier`.
pub fn callback_identifier() -> BoxedStrategy<CallbackIdentifier> {
    (callback_identifier_type(), uuid_text())
        .prop_map(|(kind, id)| CallbackIdentifier::builder().r#type(kind).id(id).build())
        .boxed()
}

/// A `CreateCallbackResponse`, with no identifier to a few.
pub fn create_callback_response() -> BoxedStrategy<CreateCallbackResponse> {
    (domain_entity_ref(), vec(callback_identifier(), 0..3))
        .prop_map(|(conversation, identifiers)| {
            CreateCallbackResponse::builder().conversation(conversation).callback_identifiers(identifiers).build()
        })
        .boxed()
}

/// A `PatchCallbackRequest` with writable timestamps.
pub fn patch_callback_request() -> BoxedStrategy<PatchCallbackRequest> {
    patch_callback_request_from(timestamp())
}

/// A `PatchCallbackRequest` whose scheduled time comes from `time`.
pub fn patch_callback_request_from(time: BoxedStrategy<DateTime<Utc>>) -> BoxedStrategy<PatchCallbackRequest> {
    (
        uuid_text(),
        option::of(uuid_text()),
        uuid_text(),
        option::of(time),
        option::of(prop_oneof!["[A-Z]{2}", text()]),
        option::of(vec(phone_text(), 0..3)),
        option::of(any::<bool>()),
        option::of(customer_first_callback_delivery_mode()),
    )
        .prop_map(|(conversation, queue, agent, scheduled, country, numbers, check, mode)| {
            PatchCallbackRequest::builder()
                .conversation_id(conversation)
                .maybe_queue_id(queue)
                .agent_id(agent)
                .maybe_callback_scheduled_time(scheduled)
                .maybe_country_code(country)
                .maybe_callback_numbers(numbers)
                .maybe_validate_callback_numbers(check)
                .maybe_customer_first_callback_delivery_mode(mode)
                .build()
        })
        .boxed()
}

// ---------------------------------------------------------------------------------
// Comparing at millisecond precision.

/// `at` with the digits finer than milliseconds dropped, as writing drops them.
#[must_use]
pub fn at_millis(at: DateTime<Utc>) -> DateTime<Utc> {
    let nano = at.nanosecond();
    at.with_nanosecond(nano - nano % 1_000_000).unwrap_or(at)
}

/// The timestamps a value holds, and the value as writing and reading it back gives it:
/// every timestamp at millisecond precision.
pub trait Instants: Sized {
    /// The same value with every timestamp at millisecond precision.
    #[must_use]
    fn at_millis(&self) -> Self;

    /// Every timestamp in the value.
    fn instants(&self) -> Vec<DateTime<Utc>>;

    /// True when every timestamp's year is 0000 to 9999, so that the value can be
    /// written.
    fn writable(&self) -> bool {
        self.instants().into_iter().all(writable_year)
    }
}

fn millis_of(at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    at.map(at_millis)
}

fn owned(text: Option<&str>) -> Option<String> {
    text.map(str::to_owned)
}

impl Instants for Segment {
    fn at_millis(&self) -> Self {
        Segment::builder()
            .start_time(at_millis(self.start_time()))
            .maybe_end_time(millis_of(self.end_time()))
            .maybe_type(owned(self.r#type()))
            .maybe_how_ended(owned(self.how_ended()))
            .maybe_disconnect_type(owned(self.disconnect_type()))
            .build()
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        std::iter::once(self.start_time()).chain(self.end_time()).collect()
    }
}

impl Instants for Wrapup {
    fn at_millis(&self) -> Self {
        Wrapup::builder()
            .maybe_code(owned(self.code()))
            .maybe_name(owned(self.name()))
            .maybe_notes(owned(self.notes()))
            .maybe_tags(self.tags().map(<[String]>::to_vec))
            .maybe_duration_seconds(self.duration_seconds())
            .maybe_end_time(millis_of(self.end_time()))
            .maybe_provisional(self.provisional())
            .build()
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        self.end_time().into_iter().collect()
    }
}

/// Types without timestamps are already at millisecond precision.
macro_rules! no_instants {
    ($($ty:ty),*) => {$(
        impl Instants for $ty {
            fn at_millis(&self) -> Self {
                self.clone()
            }

            fn instants(&self) -> Vec<DateTime<Utc>> {
                Vec::new()
            }
        }
    )*};
}

no_instants!(
    DialerPreview,
    PhoneNumberColumn,
    Voicemail,
    ConversationQueueMediaSettings,
    DomainEntityRef,
    ScoredAgent,
    RoutingData,
    CallbackIdentifier,
    CreateCallbackResponse
);

impl Instants for AfterCallWork {
    fn at_millis(&self) -> Self {
        AfterCallWork::builder()
            .maybe_start_time(millis_of(self.start_time()))
            .maybe_end_time(millis_of(self.end_time()))
            .maybe_state(self.state().cloned())
            .build()
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        self.start_time().into_iter().chain(self.end_time()).collect()
    }
}

impl Instants for CreateCallbackCommand {
    fn at_millis(&self) -> Self {
        command(CommandParts {
            script: owned(self.script_id()),
            queue: owned(self.queue_id()),
            routing: self.routing_data().cloned(),
            mode: self.customer_first_callback_delivery_mode().cloned(),
            name: owned(self.callback_user_name()),
            numbers: self.callback_numbers().to_vec(),
            scheduled: millis_of(self.callback_scheduled_time()),
            country: owned(self.country_code()),
            check: self.validate_callback_numbers(),
            data: self.data().cloned(),
            caller: owned(self.caller_id()),
            caller_name: owned(self.caller_id_name()),
        })
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        self.callback_scheduled_time().into_iter().collect()
    }
}

impl Instants for PatchCallbackRequest {
    fn at_millis(&self) -> Self {
        PatchCallbackRequest::builder()
            .conversation_id(self.conversation_id())
            .maybe_queue_id(owned(self.queue_id()))
            .agent_id(self.agent_id())
            .maybe_callback_scheduled_time(millis_of(self.callback_scheduled_time()))
            .maybe_country_code(owned(self.country_code()))
            .maybe_callback_numbers(self.callback_numbers().map(<[String]>::to_vec))
            .maybe_validate_callback_numbers(self.validate_callback_numbers())
            .maybe_customer_first_callback_delivery_mode(self.customer_first_callback_delivery_mode().cloned())
            .build()
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        self.callback_scheduled_time().into_iter().collect()
    }
}

impl Instants for Callback {
    fn at_millis(&self) -> Self {
        Callback::builder()
            .maybe_state(self.state().cloned())
            .maybe_id(owned(self.id()))
            .maybe_segments(self.segments().map(|segments| segments.iter().map(Instants::at_millis).collect()))
            .maybe_direction(self.direction().cloned())
            .maybe_held(self.held())
            .maybe_disconnect_type(self.disconnect_type().cloned())
            .maybe_start_hold_time(millis_of(self.start_hold_time()))
            .maybe_dialer_preview(self.dialer_preview().cloned())
            .maybe_voicemail(self.voicemail().cloned())
            .maybe_callback_numbers(self.callback_numbers().map(<[String]>::to_vec))
            .maybe_callback_user_name(owned(self.callback_user_name()))
            .maybe_script_id(owned(self.script_id()))
            .maybe_external_campaign(self.external_campaign())
            .maybe_skip_enabled(self.skip_enabled())
            .maybe_timeout_seconds(self.timeout_seconds())
            .maybe_start_alerting_time(millis_of(self.start_alerting_time()))
            .maybe_connected_time(millis_of(self.connected_time()))
            .maybe_disconnected_time(millis_of(self.disconnected_time()))
            .maybe_callback_scheduled_time(millis_of(self.callback_scheduled_time()))
            .maybe_automated_callback_config_id(owned(self.automated_callback_config_id()))
            .maybe_provider(owned(self.provider()))
            .maybe_peer_id(owned(self.peer_id()))
            .maybe_wrapup(self.wrapup().map(Instants::at_millis))
            .maybe_initial_state(self.initial_state().cloned())
            .maybe_after_call_work(self.after_call_work().map(Instants::at_millis))
            .maybe_after_call_work_required(self.after_call_work_required())
            .maybe_caller_id(owned(self.caller_id()))
            .maybe_caller_id_name(owned(self.caller_id_name()))
            .maybe_queue_media_settings(self.queue_media_settings().cloned())
            .build()
    }

    fn instants(&self) -> Vec<DateTime<Utc>> {
        let own = [
            self.start_hold_time(),
            self.start_alerting_time(),
            self.connected_time(),
            self.disconnected_time(),
            self.callback_scheduled_time(),
        ];
        let segments = self.segments().unwrap_or_default().iter().flat_map(Instants::instants);
        let wrapup = self.wrapup().map(Instants::instants).unwrap_or_default();
        let work = self.after_call_work().map(Instants::instants).unwrap_or_default();
        own.into_iter().flatten().chain(segments).chain(wrapup).chain(work).collect()
    }
}

// ---------------------------------------------------------------------------------
// JSON texts.

/// A JSON document as written by hand: object keys keep their order and may repeat,
/// numbers keep their spelling, and a timestamp is written in any RFC 3339 form.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, spelled as given (`-0`, `1e3`, `1.50`).
    Number(String),
    /// A string.
    Str(String),
    /// A timestamp, written as a string in a form chosen when rendering.
    Instant(DateTime<Utc>),
    /// An array.
    Array(Vec<Json>),
    /// An object, its members in order.
    Object(Vec<(String, Json)>),
}

/// Any JSON value, up to four levels deep: what an unknown field of a newer API
/// version may hold.
pub fn any_json() -> BoxedStrategy<Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            any::<f64>().prop_filter("finite", |x| x.is_finite()).prop_map(|x| format!("{x:e}")),
            select(&["-0", "0.0", "1e400", "-1e-400", "18446744073709551616", "1.5E+3"][..]).prop_map(str::to_owned),
        ]
        .prop_map(Json::Number),
        text().prop_map(Json::Str),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Json::Array),
            vec((prop_oneof!["[a-zA-Z]{1,8}", text()], inner), 0..4).prop_map(Json::Object),
        ]
    })
    .boxed()
}

/// Field names a newer API version sends, and other names this version does not know
/// (near misses of known ones included).
fn unknown_key() -> BoxedStrategy<String> {
    prop_oneof![
        select(
            &[
                "callbackTimeZone",
                "acwType",
                "callableTimeColumn",
                "division",
                "ID",
                "start_time",
                "QueueId",
                "self_uri",
                "",
            ][..]
        )
        .prop_map(str::to_owned),
        "[a-z][a-zA-Z]{0,10}".prop_filter("not a field of the model", |key| !KNOWN_KEYS.contains(&key.as_str())),
    ]
    .boxed()
}

/// Every wire name of the model's types.
const KNOWN_KEYS: &[&str] = &[
    "state",
    "id",
    "segments",
    "direction",
    "held",
    "disconnectType",
    "startHoldTime",
    "dialerPreview",
    "voicemail",
    "callbackNumbers",
    "callbackUserName",
    "scriptId",
    "externalCampaign",
    "skipEnabled",
    "timeoutSeconds",
    "startAlertingTime",
    "connectedTime",
    "disconnectedTime",
    "callbackScheduledTime",
    "automatedCallbackConfigId",
    "provider",
    "peerId",
    "wrapup",
    "startTime",
    "endTime",
    "type",
    "howEnded",
    "contactId",
    "contactListId",
    "campaignId",
    "phoneNumberColumns",
    "columnName",
    "uploadStatus",
    "code",
    "name",
    "notes",
    "tags",
    "durationSeconds",
    "provisional",
    "initialState",
    "afterCallWork",
    "afterCallWorkRequired",
    "callerId",
    "callerIdName",
    "queueMediaSettings",
    "callbackAutoAnswer",
    "callableTimeColumnName",
    "alertingTimeoutSeconds",
    "autoAnswerAlertToneSeconds",
    "manualAnswerAlertToneSeconds",
    "enableAutoAnswer",
    "selfUri",
    "agent",
    "score",
    "queueId",
    "languageId",
    "label",
    "priority",
    "skillIds",
    "skillExpression",
    "preferredAgentIds",
    "scoredAgents",
    "routingFlags",
    "routingData",
    "customerFirstCallbackDeliveryMode",
    "countryCode",
    "validateCallbackNumbers",
    "data",
    "conversation",
    "callbackIdentifiers",
    "conversationId",
    "agentId",
];

/// A small deterministic generator (splitmix64): the choices of a rendering follow
/// from one seed, so a failing case is reproduced, and shrunk, by its seed.
#[derive(Debug, Clone)]
pub struct Choices(u64);

impl Choices {
    /// The choices that follow from `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Choices(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (which is not 0).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        usize::try_from(self.next() % n).unwrap_or(0)
    }

    /// True once in `n` times.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A model value as a [`Json`] tree, with the variations the API may send: `null` for
/// some absent fields, unknown fields (from `extra`) in some objects, members in any
/// order. It says the same value: parsing it must give the value back.
pub trait ToJson {
    /// The tree; `extra` holds unknown fields, names and values, to add.
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json;
}

/// Builds the members of an object: present fields, `null` for some absent ones, and
/// unknown fields; then shuffles them.
struct Members<'c> {
    members: Vec<(String, Json)>,
    choices: &'c mut Choices,
}

impl<'c> Members<'c> {
    fn new(choices: &'c mut Choices) -> Self {
        Members { members: Vec::new(), choices }
    }

    fn field(&mut self, key: &str, value: Option<Json>) -> &mut Self {
        match value {
            Some(value) => self.members.push((key.to_owned(), value)),
            None if self.choices.one_in(4) => self.members.push((key.to_owned(), Json::Null)),
            None => {}
        }
        self
    }

    fn finish(&mut self, extra: &[(String, Json)]) -> Json {
        if !extra.is_empty() && self.choices.one_in(3) {
            let member = self.choices.pick(extra).clone();
            self.members.push(member);
        }
        let mut members = std::mem::take(&mut self.members);
        // Fisher-Yates, once in two objects: the API's key order is not ours.
        if self.choices.one_in(2) {
            for i in (1..members.len()).rev() {
                members.swap(i, self.choices.below(i + 1));
            }
        }
        Json::Object(members)
    }
}

fn string(value: Option<&str>) -> Option<Json> {
    value.map(|text| Json::Str(text.to_owned()))
}

fn strings(values: Option<&[String]>) -> Option<Json> {
    values.map(|values| Json::Array(values.iter().map(|v| Json::Str(v.clone())).collect()))
}

fn instant_json(value: Option<DateTime<Utc>>) -> Option<Json> {
    value.map(Json::Instant)
}

fn boolean(value: Option<bool>) -> Option<Json> {
    value.map(Json::Bool)
}

fn number(value: Option<i32>) -> Option<Json> {
    value.map(|n| Json::Number(n.to_string()))
}

/// A float in one of the spellings JSON allows for it: `0.5`, `5e-1`, `5E-1`, `-0`,
/// all the digits of `1e300`; each reads as the same `f64`.
fn float(value: Option<f64>, choices: &mut Choices) -> Option<Json> {
    value.map(|x| {
        let spelling = match choices.below(4) {
            0 => format!("{x}"),
            1 => format!("{x:e}"),
            2 => format!("{x:E}"),
            _ => format!("{x:?}"),
        };
        Json::Number(spelling)
    })
}

fn list<T: ToJson>(values: Option<&[T]>, choices: &mut Choices, extra: &[(String, Json)]) -> Option<Json> {
    values.map(|values| Json::Array(values.iter().map(|v| v.to_json(choices, extra)).collect()))
}

fn nested<T: ToJson>(value: Option<&T>, choices: &mut Choices, extra: &[(String, Json)]) -> Option<Json> {
    value.map(|v| v.to_json(choices, extra))
}

/// A map of strings: its entries in any order, no `null` and no unknown field (every
/// key of a map is an entry).
fn string_map(values: Option<&BTreeMap<String, String>>, choices: &mut Choices) -> Option<Json> {
    values.map(|values| {
        let mut members: Vec<(String, Json)> = values.iter().map(|(k, v)| (k.clone(), Json::Str(v.clone()))).collect();
        if choices.one_in(2) {
            members.reverse();
        }
        Json::Object(members)
    })
}

impl ToJson for Segment {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("startTime", Some(Json::Instant(self.start_time())))
            .field("endTime", instant_json(self.end_time()))
            .field("type", string(self.r#type()))
            .field("howEnded", string(self.how_ended()))
            .field("disconnectType", string(self.disconnect_type()))
            .finish(extra)
    }
}

impl ToJson for PhoneNumberColumn {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("columnName", string(self.column_name()))
            .field("type", string(self.r#type()))
            .field("callableTimeColumnName", string(self.callable_time_column_name()))
            .finish(extra)
    }
}

impl ToJson for DialerPreview {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let columns = list(self.phone_number_columns(), choices, extra);
        Members::new(choices)
            .field("id", string(self.id()))
            .field("contactId", string(self.contact_id()))
            .field("contactListId", string(self.contact_list_id()))
            .field("campaignId", string(self.campaign_id()))
            .field("phoneNumberColumns", columns)
            .field("callbackAutoAnswer", boolean(self.callback_auto_answer()))
            .finish(extra)
    }
}

impl ToJson for Voicemail {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("id", string(self.id()))
            .field("uploadStatus", string(self.upload_status().map(UploadStatus::as_str)))
            .finish(extra)
    }
}

impl ToJson for Wrapup {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("code", string(self.code()))
            .field("name", string(self.name()))
            .field("notes", string(self.notes()))
            .field("tags", strings(self.tags()))
            .field("durationSeconds", number(self.duration_seconds()))
            .field("endTime", instant_json(self.end_time()))
            .field("provisional", boolean(self.provisional()))
            .finish(extra)
    }
}

impl ToJson for Callback {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let segments = list(self.segments(), choices, extra);
        let preview = nested(self.dialer_preview(), choices, extra);
        let voicemail = nested(self.voicemail(), choices, extra);
        let wrapup = nested(self.wrapup(), choices, extra);
        let work = nested(self.after_call_work(), choices, extra);
        let settings = nested(self.queue_media_settings(), choices, extra);
        Members::new(choices)
            .field("state", string(self.state().map(CallbackState::as_str)))
            .field("initialState", string(self.initial_state().map(CallbackState::as_str)))
            .field("id", string(self.id()))
            .field("segments", segments)
            .field("direction", string(self.direction().map(Direction::as_str)))
            .field("held", boolean(self.held()))
            .field("disconnectType", string(self.disconnect_type().map(DisconnectType::as_str)))
            .field("startHoldTime", instant_json(self.start_hold_time()))
            .field("dialerPreview", preview)
            .field("voicemail", voicemail)
            .field("callbackNumbers", strings(self.callback_numbers()))
            .field("callbackUserName", string(self.callback_user_name()))
            .field("scriptId", string(self.script_id()))
            .field("externalCampaign", boolean(self.external_campaign()))
            .field("skipEnabled", boolean(self.skip_enabled()))
            .field("timeoutSeconds", number(self.timeout_seconds()))
            .field("startAlertingTime", instant_json(self.start_alerting_time()))
            .field("connectedTime", instant_json(self.connected_time()))
            .field("disconnectedTime", instant_json(self.disconnected_time()))
            .field("callbackScheduledTime", instant_json(self.callback_scheduled_time()))
            .field("automatedCallbackConfigId", string(self.automated_callback_config_id()))
            .field("provider", string(self.provider()))
            .field("peerId", string(self.peer_id()))
            .field("wrapup", wrapup)
            .field("afterCallWork", work)
            .field("afterCallWorkRequired", boolean(self.after_call_work_required()))
            .field("callerId", string(self.caller_id()))
            .field("callerIdName", string(self.caller_id_name()))
            .field("queueMediaSettings", settings)
            .finish(extra)
    }
}

impl ToJson for AfterCallWork {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("startTime", instant_json(self.start_time()))
            .field("endTime", instant_json(self.end_time()))
            .field("state", string(self.state().map(AfterCallWorkState::as_str)))
            .finish(extra)
    }
}

impl ToJson for ConversationQueueMediaSettings {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let auto_tone = float(self.auto_answer_alert_tone_seconds(), choices);
        let manual_tone = float(self.manual_answer_alert_tone_seconds(), choices);
        Members::new(choices)
            .field("alertingTimeoutSeconds", number(self.alerting_timeout_seconds()))
            .field("autoAnswerAlertToneSeconds", auto_tone)
            .field("manualAnswerAlertToneSeconds", manual_tone)
            .field("enableAutoAnswer", boolean(self.enable_auto_answer()))
            .finish(extra)
    }
}

impl ToJson for DomainEntityRef {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("id", string(self.id()))
            .field("name", string(self.name()))
            .field("selfUri", string(self.self_uri()))
            .finish(extra)
    }
}

impl ToJson for ScoredAgent {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let agent = nested(self.agent(), choices, extra);
        Members::new(choices).field("agent", agent).field("score", number(self.score())).finish(extra)
    }
}

impl ToJson for RoutingData {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let scored = list(self.scored_agents(), choices, extra);
        Members::new(choices)
            .field("queueId", Some(Json::Str(self.queue_id().to_owned())))
            .field("languageId", string(self.language_id()))
            .field("label", string(self.label()))
            .field("priority", number(self.priority()))
            .field("skillIds", strings(self.skill_ids()))
            .field("skillExpression", string(self.skill_expression()))
            .field("preferredAgentIds", strings(self.preferred_agent_ids()))
            .field("scoredAgents", scored)
            .field("routingFlags", strings(self.routing_flags()))
            .finish(extra)
    }
}

impl ToJson for CreateCallbackCommand {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let routing = nested(self.routing_data(), choices, extra);
        let data = string_map(self.data(), choices);
        let mode = self.customer_first_callback_delivery_mode().map(CustomerFirstCallbackDeliveryMode::as_str);
        Members::new(choices)
            .field("scriptId", string(self.script_id()))
            .field("queueId", string(self.queue_id()))
            .field("routingData", routing)
            .field("customerFirstCallbackDeliveryMode", string(mode))
            .field("callbackUserName", string(self.callback_user_name()))
            .field("callbackNumbers", strings(Some(self.callback_numbers())))
            .field("callbackScheduledTime", instant_json(self.callback_scheduled_time()))
            .field("countryCode", string(self.country_code()))
            .field("validateCallbackNumbers", boolean(self.validate_callback_numbers()))
            .field("data", data)
            .field("callerId", string(self.caller_id()))
            .field("callerIdName", string(self.caller_id_name()))
            .finish(extra)
    }
}

impl ToJson for CallbackIdentifier {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        Members::new(choices)
            .field("type", Some(Json::Str(self.r#type().as_str().to_owned())))
            .field("id", Some(Json::Str(self.id().to_owned())))
            .finish(extra)
    }
}

impl ToJson for CreateCallbackResponse {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let conversation = self.conversation().to_json(choices, extra);
        let identifiers = list(Some(self.callback_identifiers()), choices, extra);
        Members::new(choices)
            .field("conversation", Some(conversation))
            .field("callbackIdentifiers", identifiers)
            .finish(extra)
    }
}

impl ToJson for PatchCallbackRequest {
    fn to_json(&self, choices: &mut Choices, extra: &[(String, Json)]) -> Json {
        let mode = self.customer_first_callback_delivery_mode().map(CustomerFirstCallbackDeliveryMode::as_str);
        Members::new(choices)
            .field("conversationId", Some(Json::Str(self.conversation_id().to_owned())))
            .field("queueId", string(self.queue_id()))
            .field("agentId", Some(Json::Str(self.agent_id().to_owned())))
            .field("callbackScheduledTime", instant_json(self.callback_scheduled_time()))
            .field("countryCode", string(self.country_code()))
            .field("callbackNumbers", strings(self.callback_numbers()))
            .field("validateCallbackNumbers", boolean(self.validate_callback_numbers()))
            .field("customerFirstCallbackDeliveryMode", string(mode))
            .finish(extra)
    }
}

/// Renders `json` as text: white space between tokens or not, characters escaped in
/// any of the ways JSON allows, each timestamp in an RFC 3339 form of its instant.
pub fn render(json: &Json, choices: &mut Choices) -> String {
    let mut out = String::new();
    space(&mut out, choices);
    render_into(&mut out, json, choices);
    space(&mut out, choices);
    out
}

fn space(out: &mut String, choices: &mut Choices) {
    if choices.one_in(3) {
        for _ in 0..=choices.below(3) {
            out.push(*choices.pick(&[' ', '\n', '\t', '\r']));
        }
    }
}

fn render_into(out: &mut String, json: &Json, choices: &mut Choices) {
    match json {
        Json::Null => out.push_str("null"),
        Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        Json::Number(spelling) => out.push_str(spelling),
        Json::Str(text) => render_str(out, text, choices),
        Json::Instant(at) => {
            let text = rfc3339_form(*at, choices);
            render_str(out, &text, choices);
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, choices);
                render_into(out, item, choices);
                space(out, choices);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, choices);
                render_str(out, key, choices);
                space(out, choices);
                out.push(':');
                space(out, choices);
                render_into(out, value, choices);
                space(out, choices);
            }
            out.push('}');
        }
    }
}

/// A JSON string: what must be escaped is, in the short form or as `\uXXXX`; other
/// characters are escaped now and then (astral ones as a surrogate pair).
fn render_str(out: &mut String, text: &str, choices: &mut Choices) {
    out.push('"');
    for ch in text.chars() {
        let short = match ch {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '/' if choices.one_in(2) => Some("\\/"),
            _ => None,
        };
        let must = short.is_some() || ch < ' ';
        if must || choices.one_in(8) {
            match short {
                Some(short) if choices.below(4) > 0 => out.push_str(short),
                _ => {
                    let mut units = [0u16; 2];
                    for unit in ch.encode_utf16(&mut units) {
                        if choices.one_in(2) {
                            let _ = write!(out, "\\u{unit:04x}");
                        } else {
                            let _ = write!(out, "\\u{unit:04X}");
                        }
                    }
                }
            }
        } else {
            out.push(ch);
        }
    }
    out.push('"');
}

/// An RFC 3339 form of `at`: `Z`, `z`, `+00:00`, `-00:00` or another offset (when the
/// local year stays 0000 to 9999), `T`, `t` or a space, and a fraction of no digits
/// (when there is none), enough digits, nine, or more than nine (chrono drops those).
pub fn rfc3339_form(at: DateTime<Utc>, choices: &mut Choices) -> String {
    let offset_minutes = match choices.below(6) {
        0..=2 => 0,
        3 => *choices.pick(&[-1439, 1439, -1, 1, 330, -570, 765]),
        _ => i32::try_from(choices.below(2 * 1439 + 1)).unwrap_or(0) - 1439,
    };
    let offset = FixedOffset::east_opt(offset_minutes * 60).unwrap_or(Utc.fix());
    let local = at.with_timezone(&offset).naive_local();
    let (local, offset_text) = if offset_minutes != 0 && (0..=9999).contains(&local.year()) {
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let minutes = offset_minutes.unsigned_abs();
        (local, format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60))
    } else {
        let zulu = *choices.pick(&["Z", "z", "+00:00", "-00:00", "Z"]);
        (at.naive_utc(), zulu.to_owned())
    };
    let nano = local.nanosecond();
    let (second, nano) = if nano >= 1_000_000_000 { (60, nano - 1_000_000_000) } else { (local.second(), nano) };
    let separator = *choices.pick(&['T', 'T', 't', ' ']);
    let mut text = format!(
        "{:04}-{:02}-{:02}{separator}{:02}:{:02}:{second:02}",
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
    );
    let nine = format!("{nano:09}");
    let needed = nine.trim_end_matches('0').len();
    let digits = match choices.below(4) {
        0 => needed,
        1 => 9,
        2 => needed.max(3),
        _ => 9 + 1 + choices.below(6),
    };
    if digits > 0 {
        text.push('.');
        text.push_str(&nine[..digits.min(9)]);
        for _ in 9..digits {
            text.push(char::from(b'0' + u8::try_from(choices.below(10)).unwrap_or(0)));
        }
    }
    text.push_str(&offset_text);
    text
}

/// A JSON text that says `value` in one of the forms the API may use (see [`ToJson`]
/// and [`render`]): parsing it must give `value` back, exactly.
pub fn wire_text<T: ToJson + std::fmt::Debug + 'static>(value: BoxedStrategy<T>) -> BoxedStrategy<(T, String)> {
    (value, vec((unknown_key(), any_json()), 0..3), any::<u64>())
        .prop_map(|(value, extra, seed)| {
            let mut choices = Choices::new(seed);
            let json = value.to_json(&mut choices, &extra);
            let text = render(&json, &mut choices);
            (value, text)
        })
        .boxed()
}

/// A Callback document broken in one to three places: a value of the wrong type, a
/// timestamp that is not one (or whose year moves out of 0000 to 9999 in UTC), a
/// missing `startTime`, a repeated key, a number out of range, deep nesting, a cut or
/// changed byte (which may leave invalid UTF-8). Some still parse; most do not.
pub fn hostile_bytes() -> BoxedStrategy<Vec<u8>> {
    hostile_bytes_of(callback())
}

/// As [`hostile_bytes`], a document of any type broken (a required field removed, for
/// the requests).
pub fn hostile_bytes_of<T: ToJson + std::fmt::Debug + 'static>(value: BoxedStrategy<T>) -> BoxedStrategy<Vec<u8>> {
    (value, vec((unknown_key(), any_json()), 0..2), any::<u64>(), 1usize..=3)
        .prop_map(|(value, extra, seed, breaks)| {
            let mut choices = Choices::new(seed);
            let mut json = value.to_json(&mut choices, &extra);
            let mut byte_breaks = Vec::new();
            for _ in 0..breaks {
                if choices.one_in(4) {
                    byte_breaks.push(choices.next());
                } else {
                    break_tree(&mut json, &mut choices);
                }
            }
            let mut bytes = render(&json, &mut choices).into_bytes();
            for seed in byte_breaks {
                break_bytes(&mut bytes, &mut Choices::new(seed));
            }
            bytes
        })
        .boxed()
}

/// Values that are the wrong type somewhere, or a bad timestamp, or out of range.
const BAD_VALUES: &[&str] = &[
    "2024-13-01T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "2024-05-01T24:00:00Z",
    "2024-05-01T12:00:61Z",
    "2024-05-01T12:00:00+24:00",
    "2024-05-01T12:00:00",
    "2024-05-01",
    "0000-01-01T00:00:00+00:01",
    "9999-12-31T23:59:59-00:01",
    "+10000-01-01T00:00:00Z",
    "2024-05-01T12:00:00.Z",
    "",
    "\u{0}",
];

fn bad_value(choices: &mut Choices) -> Json {
    match choices.below(8) {
        0 => Json::Str((*choices.pick(BAD_VALUES)).to_owned()),
        1 => Json::Number((*choices.pick(&["2147483648", "-2147483649", "1.0", "1e3", "-0", "0", "NaN"])).to_owned()),
        2 => Json::Bool(choices.one_in(2)),
        3 => Json::Array(vec![Json::Null]),
        4 => Json::Object(vec![("startTime".to_owned(), Json::Null)]),
        5 => Json::Str("transfer.dnd".to_owned()),
        6 => {
            let mut nested = Json::Null;
            for _ in 0..(100 + choices.below(100)) {
                nested = Json::Array(vec![nested]);
            }
            nested
        }
        _ => Json::Null,
    }
}

/// Breaks the tree in one place: replaces a value, removes or repeats a member.
fn break_tree(json: &mut Json, choices: &mut Choices) {
    match json {
        Json::Object(members) if !members.is_empty() => {
            let i = choices.below(members.len());
            match choices.below(5) {
                0 => {
                    members.remove(i);
                }
                1 => {
                    let copy = members[i].clone();
                    members.push(copy);
                }
                2 => members[i].1 = bad_value(choices),
                _ => break_tree(&mut members[i].1, choices),
            }
        }
        Json::Array(items) if !items.is_empty() => {
            let i = choices.below(items.len());
            if choices.one_in(3) {
                items[i] = bad_value(choices);
            } else {
                break_tree(&mut items[i], choices);
            }
        }
        other => *other = bad_value(choices),
    }
}

/// Breaks the text in one place: cuts it, or changes, removes or inserts a byte.
fn break_bytes(text: &mut Vec<u8>, choices: &mut Choices) {
    if text.is_empty() {
        return;
    }
    let i = choices.below(text.len());
    match choices.below(4) {
        0 => text.truncate(i),
        1 => text[i] = *choices.pick(b"{}[]\",:0-.eE\\ntf \x00\xff"),
        2 => {
            text.remove(i);
        }
        _ => text.insert(i, *choices.pick(b"{}[]\",:0-.eE\\ ")),
    }
}
