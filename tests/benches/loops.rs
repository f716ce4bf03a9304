//! The benches' functions in a plain loop, for counting instructions under callgrind
//! (which, unlike a clock, gives the same count whatever else the machine is doing):
//!
//! ```sh
//! tests/benches/callgrind.sh        # every pair: instructions a call, ratios
//! ```
//!
//! By hand: `cargo bench -p callback-tests --bench loops -- FUNCTION ITERATIONS`. Run
//! without a function (as `cargo bench` does), it prints the functions and exits.

mod support;

use callback_model::{Callback, Valid, Validate, json};
use callback_tests::full_callback;
use callback_tests::hand::{hand_validate, invalid_callback};
use std::hint::black_box;
use support::construct::{Inputs, built, literal};

const FUNCTIONS: &[&str] = &[
    "construct_literal",
    "construct_builder",
    "validate_valid_hand_written",
    "validate_valid_derived",
    "validate_invalid_hand_written",
    "validate_invalid_derived",
    "parse",
    "parse_and_validate",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    let Some(function) = args.first() else {
        println!("loops: FUNCTION ITERATIONS, FUNCTION one of {}", FUNCTIONS.join(", "));
        return;
    };
    let iterations: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let inputs = Inputs::fixed();
    let (valid, invalid) = (full_callback(), invalid_callback());
    let text = json::to_string(&valid).unwrap_or_default();
    let mut count = 0usize;
    for _ in 0..iterations {
        count += usize::from(match function.as_str() {
            "construct_literal" => literal(black_box(inputs)).held.is_some(),
            "construct_builder" => built(black_box(inputs)).held.is_some(),
            "validate_valid_hand_written" => hand_validate(black_box(&valid)).is_ok(),
            "validate_valid_derived" => black_box(&valid).validate().is_ok(),
            "validate_invalid_hand_written" => hand_validate(black_box(&invalid)).is_ok(),
            "validate_invalid_derived" => black_box(&invalid).validate().is_ok(),
            "parse" => json::from_str::<Callback>(black_box(&text)).is_ok(),
            "parse_and_validate" => json::from_str::<Valid<Callback>>(black_box(&text)).is_ok(),
            other => {
                println!("loops: unknown function {other}; one of {}", FUNCTIONS.join(", "));
                return;
            }
        });
    }
    println!("{function}: {count} of {iterations}");
}
