//! A builder is free at run time: building a full Callback-shaped value costs what the
//! struct literal making the same value costs (`construct`), and so does building the
//! model's own full `Callback` through its builders, against a struct literal of a plain
//! mirror of it (`construct_full`).

mod support;

use std::hint::black_box;
use support::construct::{Inputs, built, literal};
use support::full::{FullInputs, assert_same, full_built, full_literal};

fn main() {
    let inputs = Inputs::fixed();
    assert_eq!(literal(inputs), built(inputs), "both make the same value");
    let full = FullInputs::fixed();
    assert_same(&full);

    let mut criterion = support::criterion();
    let mut group = criterion.benchmark_group("construct");
    group.bench_function("struct_literal", |b| b.iter(|| literal(black_box(inputs))));
    group.bench_function("builder", |b| b.iter(|| built(black_box(inputs))));
    group.finish();
    let mut group = criterion.benchmark_group("construct_full");
    group.bench_function("struct_literal", |b| b.iter(|| full_literal(black_box(&full))));
    group.bench_function("builder", |b| b.iter(|| full_built(black_box(&full))));
    group.finish();
    criterion.final_summary();
    support::report("construct", "struct_literal", &["builder"]);
    support::report("construct_full", "struct_literal", &["builder"]);
}
