//! Criterion set-up shared by the benches, and the ratio report: each bench group has a
//! baseline, and every other function of the group is reported as a ratio of medians
//! against it, measured in the same run.

// Each bench uses some of what is here.
#![allow(dead_code)]

pub mod construct;
pub mod full;

use criterion::Criterion;
use std::path::PathBuf;

/// Where this run's criterion data goes.
fn output_directory() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("criterion")
}

/// A criterion configured from the command line, writing to [`output_directory`].
#[must_use]
pub fn criterion() -> Criterion {
    Criterion::default().output_directory(&output_directory()).configure_from_args()
}

/// The median time of `group/function` in this run, in nanoseconds.
fn median_ns(group: &str, function: &str) -> Option<f64> {
    let path = output_directory().join(group).join(function).join("new").join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// Prints `function: N ns, R x baseline` for every function of `group`.
pub fn report(group: &str, baseline: &str, functions: &[&str]) {
    let Some(base) = median_ns(group, baseline) else {
        println!("{group}: no measurement of the baseline `{baseline}` (filtered out?)");
        return;
    };
    println!("\n{group} (medians; baseline `{baseline}` = {base:.1} ns)");
    for function in functions {
        match median_ns(group, function) {
            Some(ns) => println!("  {function:<28} {ns:>10.1} ns   {:.3} x baseline", ns / base),
            None => println!("  {function:<28} not measured in this run"),
        }
    }
}
