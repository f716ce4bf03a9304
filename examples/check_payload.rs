//! `check_payload`: check Callback JSON documents from the command line.
//!
//! ```text
//! cargo run --example check_payload -- [--type NAME] [--] FILE...
//! cargo run --example check_payload -- - < callback.json
//! cargo run --example check_payload -- --type wrapup wrapup.json
//! ```
//!
//! Each `FILE` (or `-` for standard input) is parsed as a [`Callback`] (or the type
//! `--type` names) and validated. For each one it prints a line naming it, then:
//!
//! - on standard output, `ok` when it parses and keeps every rule;
//! - on standard error, every problem: the number of violations, then one line per
//!   violation, `POINTER: message (code)`; or `does not parse:` and the parse error,
//!   which says the path, line and column; or `cannot be read:` and the I/O error.
//!
//! So `check_payload *.json 2>problems.txt` lists the good files and keeps the rest
//! apart. Options: `--type NAME` (or `--type=NAME`) chooses the type (the last one
//! given counts); `-h`, `--help`; `--` ends the options, so a file named `-x` is
//! `-- -x`; `-` is standard input, before or after `--`. Any other argument starting
//! with `-` is an unknown option: an error, with the usage, on standard error.
//!
//! It exits with 0 when every document is valid, 1 when any is invalid (and all
//! parse), and 2 when any does not parse or cannot be read, or the command line is
//! wrong (then it checks nothing).

use callback_model::json::{self, ParseError};
use callback_model::{
    Callback, CreateCallbackCommand, CreateCallbackResponse, DialerPreview, PatchCallbackRequest, PhoneNumberColumn,
    Segment, Validate, ValidationErrors, Voicemail, Wrapup,
};
use serde::de::DeserializeOwned;
use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// A type `--type` can choose: its name there, what it is, and its check.
struct Kind {
    name: &'static str,
    description: &'static str,
    check: fn(&[u8]) -> Checked,
}

impl Kind {
    /// The row of `T`: parse a `T`, then validate it.
    const fn of<T: DeserializeOwned + Validate>(name: &'static str, description: &'static str) -> Self {
        Kind { name, description, check: check_as::<T> }
    }
}

/// The types `--type` can choose, the default first. A new type is one more line.
const KINDS: &[Kind] = &[
    Kind::of::<Callback>("callback", "a Callback, as the API sends it (the default)"),
    Kind::of::<Segment>("segment", "one Segment of a callback's segments"),
    Kind::of::<DialerPreview>("dialer-preview", "a callback's dialerPreview"),
    Kind::of::<PhoneNumberColumn>("phone-number-column", "one of a dialer preview's phoneNumberColumns"),
    Kind::of::<Voicemail>("voicemail", "a callback's voicemail"),
    Kind::of::<Wrapup>("wrapup", "a callback's wrapup"),
    Kind::of::<CreateCallbackCommand>("create", "the body of POST /api/v2/conversations/callbacks"),
    Kind::of::<PatchCallbackRequest>("patch", "the body of PATCH /api/v2/conversations/callbacks"),
    Kind::of::<CreateCallbackResponse>("create-response", "the API's answer to a create"),
];

/// What checking one document found.
enum Checked {
    /// It parses and keeps every rule.
    Valid,
    /// It parses and breaks these rules.
    Invalid(ValidationErrors),
    /// It does not parse.
    Unparsed(ParseError),
}

fn check_as<T: DeserializeOwned + Validate>(bytes: &[u8]) -> Checked {
    match json::from_slice::<T>(bytes) {
        Ok(value) => match value.validate() {
            Ok(()) => Checked::Valid,
            Err(errors) => Checked::Invalid(errors),
        },
        Err(error) => Checked::Unparsed(error),
    }
}

/// What became of one document, from best to worst: the exit code is the worst one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// Parsed, and keeps every rule.
    Valid = 0,
    /// Parsed, and breaks at least one rule.
    Invalid = 1,
    /// Could not be read, or is not JSON of the type (or the command line is wrong).
    Unreadable = 2,
}

/// What the command line asks for.
enum Command {
    /// `-h`, `--help`.
    Help,
    /// Check `files` as `kind`.
    Check { kind: &'static Kind, files: Vec<String> },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(&args, &mut io::stdin().lock(), &mut io::stdout().lock(), &mut io::stderr().lock());
    ExitCode::from(code)
}

/// Checks the documents `args` names (`-` is `stdin`), writes results to `out` and
/// problems to `err`, and returns the exit code.
fn run(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // Output that cannot be written (a closed pipe) leaves the result unknown.
    check_all(args, stdin, out, err).unwrap_or(Outcome::Unreadable) as u8
}

fn check_all(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    let (kind, files) = match parse_args(args) {
        Ok(Command::Help) => {
            write!(out, "{}", usage())?;
            return Ok(Outcome::Valid);
        }
        Ok(Command::Check { kind, files }) => (kind, files),
        Err(problem) => {
            writeln!(err, "check_payload: {problem}")?;
            write!(err, "{}", usage())?;
            return Ok(Outcome::Unreadable);
        }
    };
    let mut worst = Outcome::Valid;
    for file in &files {
        let (name, bytes) = if file == "-" {
            let mut bytes = Vec::new();
            ("<stdin>", stdin.read_to_end(&mut bytes).map(|_| bytes))
        } else {
            (file.as_str(), std::fs::read(Path::new(file)))
        };
        let outcome = match bytes {
            Ok(bytes) => report(name, (kind.check)(&bytes), out, err)?,
            Err(error) => {
                writeln!(err, "{name}: cannot be read: {error}")?;
                Outcome::Unreadable
            }
        };
        worst = worst.max(outcome);
    }
    Ok(worst)
}

/// Reads the command line: the options, then the files.
///
/// # Errors
///
/// What is wrong with it, in a sentence.
fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut kind = &KINDS[0];
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--" => {
                files.extend(args.by_ref().cloned());
                break;
            }
            "-h" | "--help" => return Ok(Command::Help),
            "--type" => {
                let name = args.next().ok_or("`--type` needs a type name")?;
                kind = find_kind(name)?;
            }
            option if option.starts_with("--type=") => kind = find_kind(&option["--type=".len()..])?,
            option if option.starts_with('-') && option != "-" => {
                return Err(format!("unknown option `{option}` (a file of that name is `-- {option}`)"));
            }
            file => files.push(file.to_owned()),
        }
    }
    if files.is_empty() {
        return Err("no FILE to check".to_owned());
    }
    Ok(Command::Check { kind, files })
}

/// The type named `name`.
///
/// # Errors
///
/// No type has that name: the error lists the names.
fn find_kind(name: &str) -> Result<&'static Kind, String> {
    KINDS.iter().find(|kind| kind.name == name).ok_or_else(|| {
        let names: Vec<&str> = KINDS.iter().map(|kind| kind.name).collect();
        format!("unknown type `{name}`; the types are {}", names.join(", "))
    })
}

/// The usage, with the types from [`KINDS`].
fn usage() -> String {
    let mut text = String::from(
        "usage: check_payload [--type NAME] [--] FILE...
  Checks each FILE (`-` for standard input) as JSON of a Genesys Cloud type (a Callback
  unless --type says otherwise), parsed and validated.
  Prints `FILE: ok` on standard output; on standard error each violation as
  `POINTER: message (code)`, or where the JSON does not parse, or why FILE cannot be read.
  Exits with 0 when every file is valid, 1 when any is invalid, 2 when any does not parse.
options:
  --type NAME, --type=NAME  the type to check each FILE as:
",
    );
    let width = KINDS.iter().map(|kind| kind.name.len()).max().unwrap_or(0);
    for kind in KINDS {
        // Writing to a `String` cannot fail.
        let _ = writeln!(text, "      {:width$}  {}", kind.name, kind.description);
    }
    text.push_str(
        "  --                        ends the options: every argument after it is a FILE
  -h, --help                prints this and exits with 0
",
    );
    text
}

/// Reports on one document: `name: ok` on `out`; on `err` `name: 2 violations`, then
/// `  /segments/0/endTime: must not be before startTime (not_before)`, or
/// `name: does not parse: at segments[0].startTime (line 3, column 24): invalid type: ...`.
fn report(name: &str, checked: Checked, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    match checked {
        Checked::Valid => {
            writeln!(out, "{name}: ok")?;
            Ok(Outcome::Valid)
        }
        Checked::Invalid(errors) => {
            let plural = if errors.len() == 1 { "" } else { "s" };
            writeln!(err, "{name}: {} violation{plural}", errors.len())?;
            for violation in &errors {
                // A violation of the whole document has the empty pointer.
                let pointer = if violation.json_pointer().is_empty() { "(root)" } else { violation.json_pointer() };
                writeln!(err, "  {pointer}: {} ({})", violation.message(), violation.code())?;
            }
            Ok(Outcome::Invalid)
        }
        Checked::Unparsed(error) => {
            // The message quotes a long value short: the line stays short.
            writeln!(err, "{name}: does not parse: {error}")?;
            Ok(Outcome::Unreadable)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{KINDS, run};
    use std::path::PathBuf;

    const VALID: &str = r#"{
  "id": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f",
  "segments": [{"startTime": "2024-05-01T12:00:00Z", "type": "Alert"}],
  "callbackNumbers": ["+13175551234"]
}"#;

    const INVALID: &str = r#"{
  "id": "not-a-uuid",
  "segments": [
    {"startTime": "2024-05-01T12:00:00Z", "endTime": "2024-05-01T11:00:00Z"}
  ],
  "timeoutSeconds": -5
}"#;

    /// `startTime` given as a number, on line 3.
    const BROKEN: &str = r#"{
  "segments": [
    {"startTime": 1714564800000}
  ]
}"#;

    /// A fresh directory of its own for one test, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(test: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("callback-check-payload-{}-{test}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("a temporary directory");
            TempDir(dir)
        }

        /// Writes `text` to `name` in the directory and returns the file's path.
        fn file(&self, name: &str, text: &str) -> String {
            let path = self.0.join(name);
            std::fs::write(&path, text).expect("a temporary file");
            path.to_string_lossy().into_owned()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// What one run gave: the exit code, standard output, standard error.
    #[derive(Debug, PartialEq, Eq)]
    struct Ran {
        code: u8,
        out: String,
        err: String,
    }

    /// Runs the checker on `args` with `stdin`.
    fn check(args: &[&str], stdin: &str) -> Ran {
        let args: Vec<String> = args.iter().map(|&arg| arg.to_owned()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut stdin.as_bytes(), &mut out, &mut err);
        Ran {
            code,
            out: String::from_utf8(out).expect("UTF-8 output"),
            err: String::from_utf8(err).expect("UTF-8 errors"),
        }
    }

    fn ran(code: u8, out: &str, err: &str) -> Ran {
        Ran { code, out: out.to_owned(), err: err.to_owned() }
    }

    #[test]
    fn a_valid_file_prints_ok_on_standard_output_and_exits_0() {
        let dir = TempDir::new("valid");
        let file = dir.file("valid.json", VALID);
        assert_eq!(check(&[&file], ""), ran(0, &format!("{file}: ok\n"), ""));
    }

    #[test]
    fn the_golden_full_callback_is_valid() {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/tests/golden/callback.full.json");
        assert_eq!(check(&[file], ""), ran(0, &format!("{file}: ok\n"), ""));
    }

    #[test]
    fn an_invalid_file_prints_each_violation_on_standard_error_and_exits_1() {
        let dir = TempDir::new("invalid");
        let file = dir.file("invalid.json", INVALID);
        let expected = format!(
            "{file}: 3 violations
  /id: must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens (uuid)
  /segments/0/endTime: must not be before startTime (not_before)
  /timeoutSeconds: must be at least 0 (is -5) (range)
"
        );
        assert_eq!(check(&[&file], ""), ran(1, "", &expected));
    }

    #[test]
    fn a_file_that_does_not_parse_prints_path_line_and_column_on_standard_error_and_exits_2() {
        let dir = TempDir::new("broken");
        let file = dir.file("broken.json", BROKEN);
        let Ran { code, out, err } = check(&[&file], "");
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert!(
            err.starts_with(&format!("{file}: does not parse: at segments[0].startTime (line 3, column ")),
            "{err}"
        );
        assert!(err.contains("invalid type: integer `1714564800000`"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }

    #[test]
    fn a_huge_bad_value_makes_a_short_line() {
        let dir = TempDir::new("huge");
        let file = dir.file("huge.json", &format!(r#"{{"startHoldTime":"{}"}}"#, "7".repeat(1_000_000)));
        let Ran { code, out, err } = check(&[&file], "");
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert!(err.len() < file.len() + 300, "{} bytes: {err}", err.len());
        assert!(err.contains(&format!("invalid timestamp \"{}…\" (1000000 bytes)", "7".repeat(32))), "{err}");
    }

    #[test]
    fn the_worst_file_decides_the_exit_code_and_every_file_is_reported() {
        let dir = TempDir::new("mixed");
        let (valid, invalid, broken) =
            (dir.file("a.json", VALID), dir.file("b.json", INVALID), dir.file("c.json", BROKEN));

        let Ran { code, out, err } = check(&[&valid, &invalid], "");
        assert_eq!(code, 1, "{err}");
        assert_eq!(out, format!("{valid}: ok\n"));
        assert!(err.starts_with(&format!("{invalid}: 3 violations\n")), "{err}");

        let Ran { code, out, err } = check(&[&broken, &valid, &invalid], "");
        assert_eq!(code, 2, "{err}");
        assert_eq!(out, format!("{valid}: ok\n"));
        let names: Vec<&str> = err
            .lines()
            .filter(|line| !line.starts_with("  "))
            .map(|line| line.split(": ").next().unwrap_or(""))
            .collect();
        assert_eq!(names, [broken.as_str(), invalid.as_str()]);
    }

    #[test]
    fn a_dash_reads_standard_input() {
        assert_eq!(check(&["-"], VALID), ran(0, "<stdin>: ok\n", ""));

        let Ran { code, out, err } = check(&["-"], INVALID);
        assert_eq!((code, out.as_str()), (1, ""), "{err}");
        assert!(err.starts_with("<stdin>: 3 violations\n  /id: "), "{err}");

        assert_eq!(
            check(&["-"], ""),
            ran(2, "", "<stdin>: does not parse: at the top level (line 1, column 0): EOF while parsing a value\n")
        );
    }

    #[test]
    fn a_missing_file_cannot_be_read_and_exits_2() {
        let dir = TempDir::new("missing");
        let file = dir.0.join("no-such-file.json").to_string_lossy().into_owned();
        let Ran { code, out, err } = check(&[&file], "");
        assert_eq!((code, out.as_str()), (2, ""), "{err}");
        assert!(err.starts_with(&format!("{file}: cannot be read: ")), "{err}");
    }

    #[test]
    fn no_file_prints_the_usage_on_standard_error_and_exits_2_and_help_exits_0() {
        let Ran { code, out, err } = check(&[], VALID);
        assert_eq!((code, out.as_str()), (2, ""));
        assert!(
            err.starts_with("check_payload: no FILE to check\nusage: check_payload [--type NAME] [--] FILE..."),
            "{err}"
        );
        for help in ["--help", "-h"] {
            let Ran { code, out, err } = check(&[help], "");
            assert_eq!((code, err.as_str()), (0, ""));
            assert!(out.starts_with("usage: check_payload [--type NAME] [--] FILE..."), "{out}");
        }
    }

    #[test]
    fn an_unknown_option_is_an_error_with_the_usage_and_nothing_is_checked() {
        let dir = TempDir::new("unknown-option");
        let file = dir.file("valid.json", VALID);
        for option in ["-x", "--foo", "--type-of", "--help=yes"] {
            let Ran { code, out, err } = check(&[&file, option], "");
            assert_eq!((code, out.as_str()), (2, ""), "{option}: {err}");
            let first = err.lines().next().unwrap_or("");
            assert_eq!(
                first,
                format!("check_payload: unknown option `{option}` (a file of that name is `-- {option}`)")
            );
            assert!(err.contains("\nusage: check_payload "), "{err}");
        }
    }

    #[test]
    fn a_double_dash_ends_the_options() {
        let dir = TempDir::new("double-dash");
        // After `--`, `--help` and `-x` are files (here missing ones), and `-` is still
        // standard input.
        let Ran { code, out, err } = check(&["--", "--help", "-", "-x"], VALID);
        assert_eq!((code, out.as_str()), (2, "<stdin>: ok\n"), "{err}");
        let names: Vec<&str> = err.lines().map(|line| line.split(": ").next().unwrap_or("")).collect();
        assert_eq!(names, ["--help", "-x"], "{err}");
        assert!(err.contains("--help: cannot be read: "), "{err}");
        // Options before `--` still count.
        let segment = dir.file("segment.json", r#"{"startTime": "2024-05-01T12:00:00Z"}"#);
        assert_eq!(check(&["--type", "segment", "--", &segment], ""), ran(0, &format!("{segment}: ok\n"), ""));
    }

    #[test]
    fn type_chooses_the_type_checked() {
        let segment = r#"{"startTime": "2024-05-01T12:00:30Z", "endTime": "2024-05-01T12:00:00Z"}"#;
        let Ran { code, out, err } = check(&["--type", "segment", "-"], segment);
        assert_eq!((code, out.as_str()), (1, ""), "{err}");
        assert_eq!(err, "<stdin>: 1 violation\n  /endTime: must not be before startTime (not_before)\n");
        // The same document as a Callback: a Callback has no `startTime`, and ignores it.
        assert_eq!(check(&["-"], segment), ran(0, "<stdin>: ok\n", ""));
        assert_eq!(check(&["--type=callback", "-"], segment), ran(0, "<stdin>: ok\n", ""));
        // The last `--type` counts.
        let Ran { code, .. } = check(&["--type", "callback", "--type=segment", "-"], segment);
        assert_eq!(code, 1);
    }

    #[test]
    fn an_unknown_type_is_an_error_that_lists_the_types() {
        let expected_first = "check_payload: unknown type `order`; the types are callback, segment, dialer-preview, \
                              phone-number-column, voicemail, wrapup, create, patch, create-response";
        for args in [&["--type", "order", "-"][..], &["--type=order", "-"][..]] {
            let Ran { code, out, err } = check(args, VALID);
            assert_eq!((code, out.as_str()), (2, ""), "{err}");
            assert_eq!(err.lines().next(), Some(expected_first), "{err}");
        }
        let Ran { code, err, .. } = check(&["-", "--type"], VALID);
        assert_eq!(code, 2);
        assert!(err.starts_with("check_payload: `--type` needs a type name\n"), "{err}");
    }

    #[test]
    fn the_usage_lists_every_type_once() {
        let Ran { out, .. } = check(&["--help"], "");
        for kind in KINDS {
            let line = format!("{} {}", kind.name, kind.description);
            let listed = out.lines().filter(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") == line).count();
            assert_eq!(listed, 1, "{} in\n{out}", kind.name);
        }
        let mut names: Vec<&str> = KINDS.iter().map(|kind| kind.name).collect();
        assert_eq!(names[0], "callback", "the default comes first");
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KINDS.len(), "names are unique");
    }

    const CREATE: &str = r#"{"callbackNumbers": ["+13175551234"], "queueId": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"}"#;
    const PATCH: &str = r#"{"conversationId": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f", "agentId": "0b9d6c2e-3f41-4a8b-9c7d-5e6f7a8b9c0d"}"#;

    #[test]
    fn every_type_checks_its_own_documents() {
        // (type, a valid document, an invalid one and the pointer of its violation)
        let cases = [
            ("callback", VALID, r#"{"timeoutSeconds": -1}"#, "/timeoutSeconds"),
            (
                "segment",
                r#"{"startTime": "2024-05-01T12:00:00Z"}"#,
                r#"{"startTime": "2024-05-01T12:00:00Z", "endTime": "2024-05-01T11:00:00Z"}"#,
                "/endTime",
            ),
            (
                "dialer-preview",
                r#"{"contactId": "0123456789abcdef0123456789abcdef"}"#,
                r#"{"campaignId": "42"}"#,
                "/campaignId",
            ),
            ("phone-number-column", r#"{"columnName": "Cell", "type": "cell"}"#, "", ""),
            ("voicemail", r#"{"id": "v-1", "uploadStatus": "complete"}"#, "", ""),
            ("wrapup", r#"{"code": "c-1", "tags": ["vip"]}"#, r#"{"durationSeconds": -1}"#, "/durationSeconds"),
            (
                "create",
                CREATE,
                r#"{"callbackNumbers": [], "queueId": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"}"#,
                "/callbackNumbers",
            ),
            (
                "patch",
                PATCH,
                r#"{"conversationId": "42", "agentId": "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"}"#,
                "/conversationId",
            ),
            (
                "create-response",
                r#"{"conversation": {"id": "c-1"}, "callbackIdentifiers": [{"type": "ACD", "id": "a-1"}]}"#,
                "",
                "",
            ),
        ];
        assert_eq!(cases.len(), KINDS.len());
        for (name, valid, invalid, pointer) in cases {
            assert_eq!(check(&["--type", name, "-"], valid), ran(0, "<stdin>: ok\n", ""), "{name}");
            if !invalid.is_empty() {
                let Ran { code, err, .. } = check(&["--type", name, "-"], invalid);
                assert_eq!(code, 1, "{name}: {err}");
                assert!(err.starts_with(&format!("<stdin>: 1 violation\n  {pointer}: ")), "{name}: {err}");
            }
            // Not an object of the type: a parse error, whichever the type.
            let Ran { code, err, .. } = check(&["--type", name, "-"], "[1]");
            assert_eq!(code, 2, "{name}: {err}");
            assert!(err.starts_with("<stdin>: does not parse: "), "{name}: {err}");
        }
    }
}
