//! A builder is free at run time: building a full Callback-shaped value costs what the
//! struct literal making the same value costs.

mod support;

use std::hint::black_box;
use support::construct::{Inputs, built, literal};

fn main() {
    let inputs = Inputs::fixed();
    assert_eq!(literal(inputs), built(inputs), "both make the same value");

    let mut criterion = support::criterion();
    let mut group = criterion.benchmark_group("construct");
    group.bench_function("struct_literal", |b| b.iter(|| literal(black_box(inputs))));
    group.bench_function("builder", |b| b.iter(|| built(black_box(inputs))));
    group.finish();
    criterion.final_summary();
    support::report("construct", "struct_literal", &["builder"]);
}
