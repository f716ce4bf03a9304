//! Validating the full Callback (valid) and the invalid one: the hand-written floor,
//! ours, garde and validator, in one run, each as a ratio of medians against the floor.
//!
//! ```sh
//! cargo bench --manifest-path tests/validate-peers/Cargo.toml
//! ```
//!
//! With a function name and a count (`.. -- garde_valid 10000`) it runs that function
//! in a plain loop instead, for counting instructions under callgrind
//! (`tests/validate-peers/callgrind.sh`).

use callback_model::{Validate, json};
use callback_tests::full_callback;
use callback_tests::hand::{hand_validate, invalid_callback};
use criterion::Criterion;
use std::hint::black_box;
use std::path::PathBuf;
use validate_peers::Callback as Peer;

/// One value, as the model's type and as the peers' structs.
struct Inputs {
    ours: callback_model::Callback,
    peer: Peer,
}

impl Inputs {
    fn new(ours: callback_model::Callback) -> Self {
        let text = json::to_string(&ours).expect("the model's value writes");
        let peer = serde_json::from_str(&text).expect("the peers' structs read the model's JSON");
        Inputs { ours, peer }
    }
}

/// The contestant of that name: `true` when it finds its input valid.
fn contestant(name: &str) -> fn(&Inputs) -> bool {
    match name {
        "floor" => |inputs| hand_validate(black_box(&inputs.ours)).is_ok(),
        "ours" => |inputs| black_box(&inputs.ours).validate().is_ok(),
        "garde" => |inputs| garde::Validate::validate(black_box(&inputs.peer)).is_ok(),
        "validator" => |inputs| validator::Validate::validate(black_box(&inputs.peer)).is_ok(),
        _ => |_| false,
    }
}

const CONTESTANTS: [&str; 4] = ["floor", "ours", "garde", "validator"];

fn output_directory() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("criterion")
}

fn median_ns(group: &str, function: &str) -> Option<f64> {
    let path = output_directory().join(group).join(function).join("new").join("estimates.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn main() {
    let valid = Inputs::new(full_callback());
    let invalid = Inputs::new(invalid_callback());
    for name in CONTESTANTS {
        assert!(contestant(name)(&valid), "{name} accepts the full Callback");
        assert!(!contestant(name)(&invalid), "{name} rejects the invalid one");
    }

    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    if let [function, count] = args.as_slice()
        && let Some((name, which)) = function.rsplit_once('_')
    {
        let (run, inputs) = (contestant(name), if which == "valid" { &valid } else { &invalid });
        let count: usize = count.parse().unwrap_or(0);
        let accepted = (0..count).filter(|_| run(inputs)).count();
        println!("{function}: {accepted} of {count}");
        return;
    }

    let mut criterion = Criterion::default().output_directory(&output_directory()).configure_from_args();
    for (group, inputs) in [("valid", &valid), ("invalid", &invalid)] {
        let mut benches = criterion.benchmark_group(group);
        for name in CONTESTANTS {
            let run = contestant(name);
            benches.bench_function(name, |b| b.iter(|| run(inputs)));
        }
        benches.finish();
    }
    criterion.final_summary();
    for group in ["valid", "invalid"] {
        let Some(floor) = median_ns(group, "floor") else { continue };
        println!("\n{group} (medians; the floor = {floor:.1} ns)");
        for name in CONTESTANTS {
            if let Some(ns) = median_ns(group, name) {
                println!("  {name:<10} {ns:>9.1} ns   {:.3} x the floor", ns / floor);
            }
        }
    }
}
