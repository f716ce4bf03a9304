//! `validate` on a valid and on an invalid full Callback, against a hand-written
//! function applying the same rules and reporting the same violations (the baseline,
//! `callback_tests::hand`: the rules written the plain way, with predicates of its own
//! that share no code with the crate). Against garde and validator:
//! `tests/validate-peers`.

mod support;

use callback_model::Validate;
use callback_tests::full_callback;
use callback_tests::hand::{hand_validate, invalid_callback};
use criterion::BatchSize;
use std::hint::black_box;

fn main() {
    let valid = full_callback();
    let invalid = invalid_callback();
    assert!(valid.validate().is_ok() && hand_validate(&valid).is_ok(), "both accept the valid one");
    let derived = invalid.validate().expect_err("invalid").len();
    let hand = hand_validate(&invalid).expect_err("invalid").len();
    assert_eq!((derived, hand), (5, 5), "both find the same five violations");

    let mut criterion = support::criterion();
    let mut group = criterion.benchmark_group("validate_valid");
    group.bench_function("hand_written", |b| b.iter(|| hand_validate(black_box(&valid))));
    group.bench_function("derived", |b| b.iter(|| black_box(&valid).validate()));
    group.finish();
    let mut group = criterion.benchmark_group("validate_invalid");
    group.bench_function("hand_written", |b| {
        b.iter_batched(|| (), |()| hand_validate(black_box(&invalid)), BatchSize::SmallInput);
    });
    group.bench_function("derived", |b| {
        b.iter_batched(|| (), |()| black_box(&invalid).validate(), BatchSize::SmallInput);
    });
    group.finish();
    criterion.final_summary();
    support::report("validate_valid", "hand_written", &["derived"]);
    support::report("validate_invalid", "hand_written", &["derived"]);
}
