//! The benches' functions in a plain loop, for counting instructions under callgrind
//! (which, unlike a clock, gives the same count whatever else the machine is doing):
//!
//! ```sh
//! tests/benches/callgrind.sh        # every pair: instructions a call, ratios
//! ```
//!
//! By hand: `cargo bench -p callback-tests --bench loops -- FUNCTION ITERATIONS`. Run
//! without a function (as `cargo bench` does), it prints the functions and exits.
//!
//! `cargo bench -p callback-tests --bench loops -- alternate [ROUNDS]` times each pair
//! in alternating batches instead (the two functions of a pair one after the other,
//! in turn first, ROUNDS times, 400 by default): both see the same load, so the median
//! of the rounds' ratios holds still on a busy machine where criterion's one function
//! after the other does not.

mod support;

use callback_model::{Callback, Valid, Validate, json};
use callback_tests::full_callback;
use callback_tests::hand::{hand_validate, invalid_callback};
use std::hint::black_box;
use std::time::Instant;
use support::construct::{Inputs, built, literal};
use support::full::{FullInputs, full_built, full_literal};

/// What the functions run on, made before any is timed.
struct Fixtures {
    inputs: Inputs<'static>,
    full: FullInputs<'static>,
    valid: Callback,
    invalid: Callback,
    text: String,
}

type Function = fn(&Fixtures) -> bool;

const FUNCTIONS: &[(&str, Function)] = &[
    ("construct_literal", |f| literal(black_box(f.inputs)).held.is_some()),
    ("construct_builder", |f| built(black_box(f.inputs)).held.is_some()),
    // The whole value reaches `black_box`, as in criterion's `iter`: none of it can be
    // left unmade.
    ("construct_full_literal", |f| black_box(full_literal(black_box(&f.full))).held.is_some()),
    ("construct_full_builder", |f| black_box(full_built(black_box(&f.full))).held().is_some()),
    ("validate_valid_hand_written", |f| hand_validate(black_box(&f.valid)).is_ok()),
    ("validate_valid_derived", |f| black_box(&f.valid).validate().is_ok()),
    ("validate_invalid_hand_written", |f| hand_validate(black_box(&f.invalid)).is_ok()),
    ("validate_invalid_derived", |f| black_box(&f.invalid).validate().is_ok()),
    ("parse", |f| json::from_str::<Callback>(black_box(&f.text)).is_ok()),
    ("parse_and_validate", |f| json::from_str::<Valid<Callback>>(black_box(&f.text)).is_ok()),
    ("parse_then_validate", |f| json::from_str::<Callback>(black_box(&f.text)).is_ok_and(|c| c.validate().is_ok())),
];

/// The pairs `alternate` times: baseline, then ours.
const PAIRS: &[(&str, &str)] = &[
    ("construct_literal", "construct_builder"),
    ("construct_full_literal", "construct_full_builder"),
    ("validate_valid_hand_written", "validate_valid_derived"),
    ("validate_invalid_hand_written", "validate_invalid_derived"),
    ("parse", "parse_and_validate"),
    // `Valid<T>`'s own cost: parsing a `Callback`, then validating it by hand.
    ("parse_then_validate", "parse_and_validate"),
];

fn function(name: &str) -> Option<Function> {
    FUNCTIONS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// `f` called `count` times; how many calls returned `true`.
fn run(f: Function, fixtures: &Fixtures, count: usize) -> usize {
    (0..count).filter(|_| f(fixtures)).count()
}

/// Nanoseconds a call, over a batch of `count` calls.
fn time(f: Function, fixtures: &Fixtures, count: u32) -> f64 {
    let start = Instant::now();
    black_box((0..count).filter(|_| f(fixtures)).count());
    start.elapsed().as_secs_f64() * 1e9 / f64::from(count)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn alternate(fixtures: &Fixtures, rounds: usize) {
    println!("alternating batches, {rounds} rounds a pair (medians)");
    for (base, ours) in PAIRS {
        let (Some(b), Some(o)) = (function(base), function(ours)) else { continue };
        // A batch of about half a millisecond of the baseline.
        let mut count = 1;
        while time(b, fixtures, count) * f64::from(count) < 500_000.0 {
            count *= 2;
        }
        let (mut base_ns, mut ours_ns, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            let (first, second) = if round % 2 == 0 { (b, o) } else { (o, b) };
            let (t1, t2) = (time(first, fixtures, count), time(second, fixtures, count));
            let (tb, to) = if round % 2 == 0 { (t1, t2) } else { (t2, t1) };
            base_ns.push(tb);
            ours_ns.push(to);
            ratios.push(to / tb);
        }
        let (tb, to, ratio) = (median(&mut base_ns), median(&mut ours_ns), median(&mut ratios));
        println!("  {ours:<26} {to:>9.1} ns   {base:<30} {tb:>9.1} ns   ratio {ratio:.3}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    let names: Vec<&str> = FUNCTIONS.iter().map(|(name, _)| *name).collect();
    let Some(name) = args.first() else {
        println!("loops: FUNCTION ITERATIONS, FUNCTION one of {}; or alternate [ROUNDS]", names.join(", "));
        return;
    };
    let valid = full_callback();
    let text = json::to_string(&valid).unwrap_or_default();
    let fixtures =
        Fixtures { inputs: Inputs::fixed(), full: FullInputs::fixed(), valid, invalid: invalid_callback(), text };
    if name == "alternate" {
        alternate(&fixtures, args.get(1).and_then(|n| n.parse().ok()).unwrap_or(400));
        return;
    }
    let Some(f) = function(name) else {
        println!("loops: unknown function {name}; one of {}", names.join(", "));
        return;
    };
    let iterations: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    println!("{name}: {} of {iterations}", run(f, &fixtures, iterations));
}
