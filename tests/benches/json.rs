//! Parse against parse + validate (`json::from_str::<Valid<Callback>>`), and write, on
//! the full Callback.

mod support;

use callback_model::{Callback, Valid, json};
use callback_tests::full_callback;
use std::hint::black_box;

fn main() {
    let text = json::to_string(&full_callback()).expect("writes");
    let parsed: Callback = json::from_str(&text).expect("parses");
    let valid: Valid<Callback> = json::from_str(&text).expect("parses and validates");
    assert_eq!(&parsed, &*valid);

    let mut criterion = support::criterion();
    let mut group = criterion.benchmark_group("parse");
    group.bench_function("parse", |b| b.iter(|| json::from_str::<Callback>(black_box(&text))));
    group.bench_function("parse_and_validate", |b| b.iter(|| json::from_str::<Valid<Callback>>(black_box(&text))));
    group.bench_function("serde_json_only", |b| b.iter(|| serde_json::from_str::<Callback>(black_box(&text))));
    group.finish();
    let mut group = criterion.benchmark_group("write");
    group.bench_function("write", |b| b.iter(|| json::to_string(black_box(&parsed))));
    group.finish();
    criterion.final_summary();
    support::report("parse", "parse", &["parse_and_validate", "serde_json_only"]);
    support::report("write", "write", &[]);
}
