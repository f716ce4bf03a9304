//! Building the full Callback: a struct literal of the plain mirror (the baseline), the
//! model's own builders, and bon, typed-builder and derive_builder on copies of the
//! mirror, from the same inputs, in one run, each as a ratio against the literal.
//!
//! ```sh
//! cargo bench --manifest-path tests/builder-peers/Cargo.toml               # criterion
//! cargo bench --manifest-path tests/builder-peers/Cargo.toml -- alternate  # alternating batches
//! tests/builder-peers/callgrind.sh                                         # instructions a call
//! ```
//!
//! With a contestant's name and a count (`.. -- bon 10000`) it builds that many in a
//! plain loop, for callgrind.

#[path = "../../benches/support/full.rs"]
#[allow(dead_code)]
mod full;

use builder_peers::{bon, derive_builder, typed};
use criterion::Criterion;
use full::{FullInputs, full_built, full_literal};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

type Contestant = fn(&FullInputs<'_>) -> bool;

/// Every contestant, the baseline first. Each hands the whole value to `black_box`.
const CONTESTANTS: [(&str, Contestant); 5] = [
    ("struct_literal", |i| black_box(full_literal(black_box(i))).held.is_some()),
    ("ours", |i| black_box(full_built(black_box(i))).held().is_some()),
    ("bon", |i| black_box(with_bon(black_box(i))).held.is_some()),
    ("typed_builder", |i| black_box(with_typed(black_box(i))).held.is_some()),
    ("derive_builder", |i| black_box(with_derive_builder(black_box(i))).held.is_some()),
];

fn with_bon(inputs: &FullInputs<'_>) -> bon::Callback {
    use bon::{
        AfterCallWork, Callback, ConversationQueueMediaSettings, DialerPreview, PhoneNumberColumn, Segment, Voicemail,
        Wrapup,
    };
    use callback_model::{AfterCallWorkState, CallbackState, Direction, DisconnectType, UploadStatus};
    let [t0, t20, t5, t9, t945] = inputs.times;
    Callback::builder()
        .state(CallbackState::Connected)
        .initial_state(CallbackState::Alerting)
        .id(inputs.id)
        .segments(vec![
            Segment::builder().start_time(t0).end_time(t20).r#type(inputs.alert).how_ended(inputs.interact).build(),
            Segment::builder().start_time(t20).end_time(t5).r#type(inputs.interact).how_ended(inputs.hold).build(),
            Segment::builder().start_time(t5).r#type(inputs.hold).build(),
        ])
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
                .phone_number_columns(vec![
                    PhoneNumberColumn::builder()
                        .column_name(inputs.cell_column)
                        .r#type(inputs.cell_type)
                        .callable_time_column_name(inputs.cell_callable)
                        .build(),
                    PhoneNumberColumn::builder().column_name(inputs.home_column).r#type(inputs.home_type).build(),
                ])
                .callback_auto_answer(true)
                .build(),
        )
        .voicemail(Voicemail::builder().id(inputs.voicemail_id).upload_status(UploadStatus::Complete).build())
        .callback_numbers(vec![inputs.numbers[0].to_owned(), inputs.numbers[1].to_owned()])
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
                .tags(vec![inputs.tags[0].to_owned(), inputs.tags[1].to_owned()])
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

fn with_typed(inputs: &FullInputs<'_>) -> typed::Callback {
    use callback_model::{AfterCallWorkState, CallbackState, Direction, DisconnectType, UploadStatus};
    use typed::{
        AfterCallWork, Callback, ConversationQueueMediaSettings, DialerPreview, PhoneNumberColumn, Segment, Voicemail,
        Wrapup,
    };
    let [t0, t20, t5, t9, t945] = inputs.times;
    Callback::builder()
        .state(CallbackState::Connected)
        .initial_state(CallbackState::Alerting)
        .id(inputs.id)
        .segments(vec![
            Segment::builder().start_time(t0).end_time(t20).r#type(inputs.alert).how_ended(inputs.interact).build(),
            Segment::builder().start_time(t20).end_time(t5).r#type(inputs.interact).how_ended(inputs.hold).build(),
            Segment::builder().start_time(t5).r#type(inputs.hold).build(),
        ])
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
                .phone_number_columns(vec![
                    PhoneNumberColumn::builder()
                        .column_name(inputs.cell_column)
                        .r#type(inputs.cell_type)
                        .callable_time_column_name(inputs.cell_callable)
                        .build(),
                    PhoneNumberColumn::builder().column_name(inputs.home_column).r#type(inputs.home_type).build(),
                ])
                .callback_auto_answer(true)
                .build(),
        )
        .voicemail(Voicemail::builder().id(inputs.voicemail_id).upload_status(UploadStatus::Complete).build())
        .callback_numbers(vec![inputs.numbers[0].to_owned(), inputs.numbers[1].to_owned()])
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
                .tags(vec![inputs.tags[0].to_owned(), inputs.tags[1].to_owned()])
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

/// derive_builder's `build` returns a `Result` (a required field may be unset at run
/// time); each is unwrapped, as a user would.
#[allow(clippy::unwrap_used)]
fn with_derive_builder(inputs: &FullInputs<'_>) -> derive_builder::Callback {
    use callback_model::{AfterCallWorkState, CallbackState, Direction, DisconnectType, UploadStatus};
    use derive_builder::{
        AfterCallWorkBuilder, CallbackBuilder, ConversationQueueMediaSettingsBuilder, DialerPreviewBuilder,
        PhoneNumberColumnBuilder, SegmentBuilder, VoicemailBuilder, WrapupBuilder,
    };
    let [t0, t20, t5, t9, t945] = inputs.times;
    CallbackBuilder::default()
        .state(CallbackState::Connected)
        .initial_state(CallbackState::Alerting)
        .id(inputs.id)
        .segments(vec![
            SegmentBuilder::default()
                .start_time(t0)
                .end_time(t20)
                .r#type(inputs.alert)
                .how_ended(inputs.interact)
                .build()
                .unwrap(),
            SegmentBuilder::default()
                .start_time(t20)
                .end_time(t5)
                .r#type(inputs.interact)
                .how_ended(inputs.hold)
                .build()
                .unwrap(),
            SegmentBuilder::default().start_time(t5).r#type(inputs.hold).build().unwrap(),
        ])
        .direction(Direction::Outbound)
        .held(true)
        .disconnect_type(DisconnectType::Client)
        .start_hold_time(t5)
        .dialer_preview(
            DialerPreviewBuilder::default()
                .id(inputs.preview_id)
                .contact_id(inputs.contact_id)
                .contact_list_id(inputs.contact_list_id)
                .campaign_id(inputs.campaign_id)
                .phone_number_columns(vec![
                    PhoneNumberColumnBuilder::default()
                        .column_name(inputs.cell_column)
                        .r#type(inputs.cell_type)
                        .callable_time_column_name(inputs.cell_callable)
                        .build()
                        .unwrap(),
                    PhoneNumberColumnBuilder::default()
                        .column_name(inputs.home_column)
                        .r#type(inputs.home_type)
                        .build()
                        .unwrap(),
                ])
                .callback_auto_answer(true)
                .build()
                .unwrap(),
        )
        .voicemail(
            VoicemailBuilder::default().id(inputs.voicemail_id).upload_status(UploadStatus::Complete).build().unwrap(),
        )
        .callback_numbers(vec![inputs.numbers[0].to_owned(), inputs.numbers[1].to_owned()])
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
            WrapupBuilder::default()
                .code(inputs.wrapup_code)
                .name(inputs.wrapup_name)
                .notes(inputs.notes)
                .tags(vec![inputs.tags[0].to_owned(), inputs.tags[1].to_owned()])
                .duration_seconds(45)
                .end_time(t945)
                .provisional(false)
                .build()
                .unwrap(),
        )
        .after_call_work(
            AfterCallWorkBuilder::default()
                .start_time(t9)
                .end_time(t945)
                .state(AfterCallWorkState::Complete)
                .build()
                .unwrap(),
        )
        .after_call_work_required(true)
        .caller_id(inputs.caller_id)
        .caller_id_name(inputs.caller_id_name)
        .queue_media_settings(
            ConversationQueueMediaSettingsBuilder::default()
                .alerting_timeout_seconds(8)
                .auto_answer_alert_tone_seconds(0.5)
                .manual_answer_alert_tone_seconds(1.25)
                .enable_auto_answer(false)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

fn output_directory() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("criterion")
}

fn median_ns(group: &str, function: &str) -> Option<f64> {
    let path = output_directory().join(group).join(function).join("new").join("estimates.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// Nanoseconds a call, over a batch of `count` calls.
fn time(f: Contestant, inputs: &FullInputs<'_>, count: u32) -> f64 {
    let start = Instant::now();
    black_box((0..count).filter(|_| f(inputs)).count());
    start.elapsed().as_secs_f64() * 1e9 / f64::from(count)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Each contestant against the literal in alternating batches of about half a
/// millisecond, each first in turn: both see the same machine.
fn alternate(inputs: &FullInputs<'_>, rounds: usize) {
    let (_, base) = CONTESTANTS[0];
    let mut count = 1;
    while time(base, inputs, count) * f64::from(count) < 500_000.0 {
        count *= 2;
    }
    println!("alternating batches against the struct literal, {rounds} rounds each (medians)");
    for (name, f) in &CONTESTANTS[1..] {
        let (mut base_ns, mut ours_ns, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            let (first, second) = if round % 2 == 0 { (base, *f) } else { (*f, base) };
            let (t1, t2) = (time(first, inputs, count), time(second, inputs, count));
            let (tb, to) = if round % 2 == 0 { (t1, t2) } else { (t2, t1) };
            base_ns.push(tb);
            ours_ns.push(to);
            ratios.push(to / tb);
        }
        let (tb, to, ratio) = (median(&mut base_ns), median(&mut ours_ns), median(&mut ratios));
        println!("  {name:<16} {to:>8.1} ns   struct_literal {tb:>8.1} ns   ratio {ratio:.3}");
    }
}

fn main() {
    let inputs = FullInputs::fixed();
    full::assert_same(&inputs);
    let model = format!("{:?}", full_built(&inputs));
    assert_eq!(format!("{:?}", with_bon(&inputs)), model, "bon makes the same value");
    assert_eq!(format!("{:?}", with_typed(&inputs)), model, "typed-builder makes the same value");
    assert_eq!(format!("{:?}", with_derive_builder(&inputs)), model, "derive_builder makes the same value");

    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    if let Some(first) = args.first() {
        if first == "alternate" {
            alternate(&inputs, args.get(1).and_then(|n| n.parse().ok()).unwrap_or(400));
            return;
        }
        if let Some((_, f)) = CONTESTANTS.iter().find(|(name, _)| name == first) {
            let count: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
            println!("{first}: {} of {count}", (0..count).filter(|_| f(&inputs)).count());
            return;
        }
    }

    let mut criterion = Criterion::default().output_directory(&output_directory()).configure_from_args();
    let mut group = criterion.benchmark_group("construct_full");
    for (name, f) in CONTESTANTS {
        group.bench_function(name, |b| b.iter(|| f(&inputs)));
    }
    group.finish();
    criterion.final_summary();
    let Some(base) = median_ns("construct_full", "struct_literal") else { return };
    println!("\nconstruct_full (medians; the struct literal = {base:.1} ns)");
    for (name, _) in CONTESTANTS {
        if let Some(ns) = median_ns("construct_full", name) {
            println!("  {name:<16} {ns:>9.1} ns   {:.3} x the literal", ns / base);
        }
    }
}
