//! The builder is sound: whatever sequence of calls compiles into `.build()` gives a
//! value that validates, for every rule the builder proves (a required field, a list
//! that needs an element, `at_least_one_of`, `exactly_one_of`, `at_most_one_of`).
//!
//! The compiler is the oracle. The test generates call sequences over a struct with each
//! of those rules (from a fixed seed, or `SOUNDNESS_SEED`), writes each as a function of
//! one crate, and asks `cargo check` which compile; then it runs those that do and
//! validates what they build. It also checks that both answers occur (a test where
//! nothing compiles, or everything does, proves nothing), and that `.try_build()`
//! compiles wherever the required field is set once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The struct under test: one rule of each kind the builder proves, members set by
/// value, from an `Option`, pushed, or as a whole list or map.
const PROBE: &str = r#"
use callback_model::{Builder, Validate};
use std::collections::BTreeMap;

#[derive(Debug, Builder, Validate)]
#[validate(at_least_one_of(queue, routing, tags, labels))]
#[validate(exactly_one_of(email, phone))]
#[validate(at_most_one_of(fax, pager))]
pub struct Probe {
    name: String,
    #[validate(required)]
    token: Option<String>,
    #[builder(each = "number")]
    #[validate(length(min = 1))]
    numbers: Vec<String>,
    queue: Option<String>,
    routing: Option<u32>,
    #[builder(each = "tag")]
    tags: Vec<String>,
    labels: Option<BTreeMap<String, String>>,
    email: Option<String>,
    phone: Option<String>,
    fax: Option<String>,
    pager: Option<String>,
}
"#;

/// Every call the sequences are made of.
const CALLS: &[&str] = &[
    r#".name("n")"#,
    r#".token("t")"#,
    r#".number("1")"#,
    ".numbers(Vec::<String>::new())",
    r#".numbers(vec!["2"])"#,
    r#".queue("q")"#,
    ".maybe_queue(None)",
    r#".maybe_queue(Some("q".to_owned()))"#,
    ".routing(1)",
    ".maybe_routing(None)",
    ".maybe_routing(Some(2))",
    r#".tag("t")"#,
    ".tags(Vec::<String>::new())",
    r#".tags(vec!["t"])"#,
    ".labels(BTreeMap::new())",
    r#".labels(BTreeMap::from([("k".to_owned(), "v".to_owned())]))"#,
    ".maybe_labels(None)",
    r#".email("e")"#,
    ".maybe_email(None)",
    r#".maybe_email(Some("e".to_owned()))"#,
    r#".phone("p")"#,
    ".maybe_phone(None)",
    r#".maybe_phone(Some("p".to_owned()))"#,
    r#".fax("f")"#,
    ".maybe_fax(None)",
    r#".maybe_fax(Some("f".to_owned()))"#,
    r#".pager("p")"#,
    ".maybe_pager(None)",
];

/// The calls that make a valid value when each group gets one: `name`, `token`,
/// `number`, and a proving member of the two groups that need one.
const ESSENTIAL: &[usize] = &[0, 1, 2];
const AT_LEAST: &[usize] = &[5, 8, 11, 15];
const EXACTLY: &[usize] = &[17, 20];

/// How many sequences one run compiles.
const SEQUENCES: usize = 400;

/// A xorshift generator: the sequences are the same for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// One sequence: mostly the essential calls in a random order with random calls
/// among them (some dropped), sometimes calls drawn at random only.
fn sequence(rng: &mut Rng) -> Vec<usize> {
    let mut calls: Vec<usize> = Vec::new();
    if rng.chance(15) {
        for _ in 0..2 + rng.below(10) {
            calls.push(rng.below(CALLS.len()));
        }
        return calls;
    }
    for &call in ESSENTIAL {
        if !rng.chance(8) {
            calls.push(call);
        }
    }
    calls.push(AT_LEAST[rng.below(AT_LEAST.len())]);
    calls.push(EXACTLY[rng.below(EXACTLY.len())]);
    for _ in 0..rng.below(6) {
        let at = rng.below(calls.len() + 1);
        calls.insert(at, rng.below(CALLS.len()));
    }
    // A shuffle, so the run-time setters come before and after what they could undo.
    for i in (1..calls.len()).rev() {
        calls.swap(i, rng.below(i + 1));
    }
    calls
}

/// The probe struct, and `validated`, which says `valid` or lists the violations.
fn prelude() -> String {
    let mut out = String::from(PROBE);
    out.push_str("\n#[allow(unused)]\nfn validated(probe: Probe) -> String { match probe.validate() { Ok(()) => \"valid\".to_owned(), Err(e) => e.to_string().replace('\\n', \"; \") } }\n");
    out
}

/// The line of `seq_0` in the crate `source` writes.
fn first_sequence_line() -> usize {
    prelude().lines().count() + 1
}

/// A crate of one function per sequence (`seq_N`, one line each, so that an error's
/// line says which), each finishing with `finish`; with `run`, only those functions
/// and a `main` that runs them.
fn source(sequences: &[Vec<usize>], finish: &str, run: &[usize]) -> String {
    let mut out = prelude();
    for (i, calls) in sequences.iter().enumerate() {
        if !run.is_empty() && !run.contains(&i) {
            continue;
        }
        let chain: String = calls.iter().map(|&c| CALLS[c]).collect();
        let _ = writeln!(out, "#[allow(unused)] fn seq_{i}() -> String {{ {} }}", finish.replace("CHAIN", &chain));
    }
    out.push_str("fn main() {\n");
    for i in run {
        let _ = writeln!(out, "    println!(\"{i} {{}}\", seq_{i}());");
    }
    out.push_str("}\n");
    out
}

/// The probe crate's directory, and the target directory it builds in: the one
/// trybuild's UI tests use, beside this test's, so that the dependencies build once.
fn probe_crate() -> (PathBuf, PathBuf) {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let target = tmp.parent().map_or_else(|| tmp.join("target"), |t| t.join("tests").join("trybuild"));
    (tmp.join("builder-soundness"), target)
}

fn write_crate(dir: &Path, main: &str) {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the tests crate is in the workspace");
    let model = workspace.join("callback-model");
    std::fs::create_dir_all(dir.join("src")).expect("the probe crate's directory");
    let manifest = format!(
        "[package]\nname = \"builder-soundness-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ncallback-model = {{ path = {:?} }}\n\n[workspace]\n",
        model.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("the probe's manifest");
    // The workspace's lock file, so that the probe builds the same dependencies.
    let _ = std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock"));
    std::fs::write(dir.join("src").join("main.rs"), main).expect("the probe's source");
}

/// The lines of `src/main.rs` that `cargo check` reports an error at.
fn error_lines(dir: &Path, target: &Path) -> Vec<usize> {
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    let mut lines = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(message) = message.get("message") else { continue };
        if message["level"] != "error" {
            continue;
        }
        for span in message["spans"].as_array().into_iter().flatten() {
            if span["is_primary"] == true && span["file_name"].as_str().is_some_and(|f| f.ends_with("main.rs")) {
                lines.extend(span["line_start"].as_u64().and_then(|l| usize::try_from(l).ok()));
            }
        }
    }
    assert!(
        output.status.success() || !lines.is_empty(),
        "cargo check failed before it reached the sequences: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    lines
}

/// Which sequences compile with `finish`: `compiles[i]`.
fn compiling(sequences: &[Vec<usize>], finish: &str, dir: &Path, target: &Path) -> Vec<bool> {
    write_crate(dir, &source(sequences, finish, &[]));
    let first = first_sequence_line();
    let errors = error_lines(dir, target);
    assert!(
        errors.iter().all(|&line| line >= first && line < first + sequences.len()),
        "an error outside the sequences (the probe itself does not compile): lines {errors:?}"
    );
    (0..sequences.len()).map(|i| !errors.contains(&(first + i))).collect()
}

fn seed() -> u64 {
    std::env::var("SOUNDNESS_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_b01d_u64)
}

fn describe(calls: &[usize]) -> String {
    format!("Probe::builder(){}", calls.iter().map(|&c| CALLS[c]).collect::<String>())
}

#[test]
fn whatever_compiles_into_build_validates() {
    let mut rng = Rng(seed() | 1);
    let sequences: Vec<Vec<usize>> = (0..SEQUENCES).map(|_| sequence(&mut rng)).collect();
    let (dir, target) = probe_crate();

    let builds = compiling(&sequences, "validated(Probe::builder()CHAIN.build())", &dir, &target);
    let built: Vec<usize> = (0..sequences.len()).filter(|&i| builds[i]).collect();
    assert!(built.len() >= SEQUENCES / 10, "too few sequences compile to prove anything: {}", built.len());
    assert!(built.len() < SEQUENCES, "every sequence compiles: the rules are not enforced");

    write_crate(&dir, &source(&sequences, "validated(Probe::builder()CHAIN.build())", &built));
    let run = Command::new(env!("CARGO"))
        .args(["run", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    assert!(run.status.success(), "the probe runs: {}", String::from_utf8_lossy(&run.stderr));
    let stdout = String::from_utf8_lossy(&run.stdout);
    let mut seen = 0;
    for line in stdout.lines() {
        let (index, outcome) = line.split_once(' ').expect("`N outcome`");
        let index: usize = index.parse().expect("a sequence number");
        assert_eq!(
            outcome,
            "valid",
            "{} compiles into `.build()`, and builds an invalid value",
            describe(&sequences[index])
        );
        seen += 1;
    }
    assert_eq!(seen, built.len(), "every compiling sequence ran");

    // `try_build()` needs only the required field `name`, set once; what the builder
    // still refuses there is a second member of an exclusive group, and a run-time value
    // that would undo a proof.
    let tries = compiling(
        &sequences,
        "match Probe::builder()CHAIN.try_build() { Ok(_) => String::new(), Err(e) => e.to_string() }",
        &dir,
        &target,
    );
    for (i, calls) in sequences.iter().enumerate() {
        if builds[i] {
            assert!(tries[i], "{} compiles into `.build()` but not into `.try_build()`", describe(calls));
        }
        if calls.iter().filter(|&&c| c == 0).count() != 1 {
            assert!(!tries[i], "{} compiles into `.try_build()` without `name` set once", describe(calls));
        }
    }
    let more = (0..sequences.len()).filter(|&i| tries[i] && !builds[i]).count();
    assert!(more > 0, "`try_build()` compiles for no sequence that `.build()` refuses");
    eprintln!(
        "{} of {SEQUENCES} sequences compile into `.build()` and validate; {more} more into `.try_build()`",
        built.len()
    );
}
