//! `check_payload`: check Callback JSON documents from the command line.
//!
//! ```text
//! cargo run --example check_payload -- FILE...
//! cargo run --example check_payload -- - < callback.json
//! ```
//!
//! Each `FILE` (or `-` for standard input) is parsed as a [`Callback`] and validated.
//! For each one it prints a line naming it, then:
//!
//! - `ok` when it parses and keeps every rule;
//! - the number of violations, then one line per violation, `POINTER: message (code)`;
//! - `does not parse:` and the parse error, which says the path, line and column;
//! - `cannot be read:` and the I/O error.
//!
//! It exits with 0 when every document is valid, 1 when any is invalid (and all
//! parse), and 2 when any does not parse or cannot be read (or the command line is
//! wrong).

use callback_model::{Callback, Validate, ValidationErrors, json};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
usage: check_payload FILE...
  Checks each FILE (`-` for standard input) as a Genesys Cloud Callback in JSON.
  Prints `ok`, each violation as `POINTER: message (code)`, or where the JSON does not parse.
  Exits with 0 when every file is valid, 1 when any is invalid, 2 when any does not parse.";

/// What became of one document, from best to worst: the exit code is the worst one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// Parsed, and keeps every rule.
    Valid = 0,
    /// Parsed, and breaks at least one rule.
    Invalid = 1,
    /// Could not be read, or is not a Callback in JSON (or the command line is wrong).
    Unreadable = 2,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = run(&args, &mut io::stdin().lock(), &mut io::stdout().lock());
    ExitCode::from(code)
}

/// Checks the documents `args` names (`-` is `stdin`), reports on `out`, and returns
/// the exit code.
fn run(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write) -> u8 {
    // Output that cannot be written (a closed pipe) leaves the result unknown.
    check_all(args, stdin, out).unwrap_or(Outcome::Unreadable) as u8
}

fn check_all(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write) -> io::Result<Outcome> {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        writeln!(out, "{USAGE}")?;
        return Ok(Outcome::Valid);
    }
    if args.is_empty() {
        writeln!(out, "{USAGE}")?;
        return Ok(Outcome::Unreadable);
    }
    let mut worst = Outcome::Valid;
    for arg in args {
        let (name, bytes) = if arg == "-" {
            let mut bytes = Vec::new();
            ("<stdin>", stdin.read_to_end(&mut bytes).map(|_| bytes))
        } else {
            (arg.as_str(), std::fs::read(Path::new(arg)))
        };
        let outcome = match bytes {
            Ok(bytes) => check(name, &bytes, out)?,
            Err(error) => {
                writeln!(out, "{name}: cannot be read: {error}")?;
                Outcome::Unreadable
            }
        };
        worst = worst.max(outcome);
    }
    Ok(worst)
}

/// Parses and validates one document, and reports on it.
fn check(name: &str, bytes: &[u8], out: &mut dyn Write) -> io::Result<Outcome> {
    let callback: Callback = match json::from_slice(bytes) {
        Ok(callback) => callback,
        Err(error) => {
            // `at segments[0].startTime (line 3, column 24): invalid type: ...`
            writeln!(out, "{name}: does not parse: {error}")?;
            return Ok(Outcome::Unreadable);
        }
    };
    match callback.validate() {
        Ok(()) => {
            writeln!(out, "{name}: ok")?;
            Ok(Outcome::Valid)
        }
        Err(errors) => {
            report(name, &errors, out)?;
            Ok(Outcome::Invalid)
        }
    }
}

/// `name: 2 violations`, then `  /segments/0/endTime: must not be before startTime (not_before)`.
fn report(name: &str, errors: &ValidationErrors, out: &mut dyn Write) -> io::Result<()> {
    let plural = if errors.len() == 1 { "" } else { "s" };
    writeln!(out, "{name}: {} violation{plural}", errors.len())?;
    for violation in errors {
        // A violation of the whole document has the empty pointer.
        let pointer = if violation.json_pointer().is_empty() { "(root)" } else { violation.json_pointer() };
        writeln!(out, "  {pointer}: {} ({})", violation.message(), violation.code())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::run;
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

    /// Runs the checker on `args` with `stdin`, giving the exit code and the output.
    fn check(args: &[&str], stdin: &str) -> (u8, String) {
        let args: Vec<String> = args.iter().map(|&arg| arg.to_owned()).collect();
        let mut out = Vec::new();
        let code = run(&args, &mut stdin.as_bytes(), &mut out);
        (code, String::from_utf8(out).expect("UTF-8 output"))
    }

    #[test]
    fn a_valid_file_prints_ok_and_exits_0() {
        let dir = TempDir::new("valid");
        let file = dir.file("valid.json", VALID);
        assert_eq!(check(&[&file], ""), (0, format!("{file}: ok\n")));
    }

    #[test]
    fn the_golden_full_callback_is_valid() {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/tests/golden/callback.full.json");
        let (code, out) = check(&[file], "");
        assert_eq!((code, out.as_str()), (0, format!("{file}: ok\n").as_str()));
    }

    #[test]
    fn an_invalid_file_prints_each_violation_as_pointer_message_code_and_exits_1() {
        let dir = TempDir::new("invalid");
        let file = dir.file("invalid.json", INVALID);
        let (code, out) = check(&[&file], "");
        assert_eq!(code, 1, "{out}");
        let expected = format!(
            "{file}: 3 violations
  /id: must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens (uuid)
  /segments/0/endTime: must not be before startTime (not_before)
  /timeoutSeconds: must be at least 0 (is -5) (range)
"
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn a_file_that_does_not_parse_prints_path_line_and_column_and_exits_2() {
        let dir = TempDir::new("broken");
        let file = dir.file("broken.json", BROKEN);
        let (code, out) = check(&[&file], "");
        assert_eq!(code, 2, "{out}");
        assert!(
            out.starts_with(&format!("{file}: does not parse: at segments[0].startTime (line 3, column ")),
            "{out}"
        );
        assert!(out.contains("invalid type: integer `1714564800000`"), "{out}");
        assert_eq!(out.lines().count(), 1, "{out}");
    }

    #[test]
    fn the_worst_file_decides_the_exit_code_and_every_file_is_reported() {
        let dir = TempDir::new("mixed");
        let (valid, invalid, broken) =
            (dir.file("a.json", VALID), dir.file("b.json", INVALID), dir.file("c.json", BROKEN));

        let (code, out) = check(&[&valid, &invalid], "");
        assert_eq!(code, 1, "{out}");
        assert!(out.starts_with(&format!("{valid}: ok\n{invalid}: 3 violations\n")), "{out}");

        let (code, out) = check(&[&broken, &valid, &invalid], "");
        assert_eq!(code, 2, "{out}");
        let names: Vec<&str> = out
            .lines()
            .filter(|line| !line.starts_with("  "))
            .map(|line| line.split(": ").next().unwrap_or(""))
            .collect();
        assert_eq!(names, [broken.as_str(), valid.as_str(), invalid.as_str()]);
    }

    #[test]
    fn a_dash_reads_standard_input() {
        assert_eq!(check(&["-"], VALID), (0, "<stdin>: ok\n".to_owned()));

        let (code, out) = check(&["-"], INVALID);
        assert_eq!(code, 1, "{out}");
        assert!(out.starts_with("<stdin>: 3 violations\n  /id: "), "{out}");

        let (code, out) = check(&["-"], "");
        assert_eq!(code, 2, "{out}");
        assert_eq!(out, "<stdin>: does not parse: at the top level (line 1, column 0): EOF while parsing a value\n");
    }

    #[test]
    fn a_missing_file_cannot_be_read_and_exits_2() {
        let dir = TempDir::new("missing");
        let file = dir.0.join("no-such-file.json").to_string_lossy().into_owned();
        let (code, out) = check(&[&file], "");
        assert_eq!(code, 2, "{out}");
        assert!(out.starts_with(&format!("{file}: cannot be read: ")), "{out}");
    }

    #[test]
    fn no_arguments_prints_the_usage_and_exits_2_and_help_exits_0() {
        let (code, out) = check(&[], VALID);
        assert_eq!(code, 2);
        assert!(out.starts_with("usage: check_payload FILE..."), "{out}");
        let (code, out) = check(&["--help"], "");
        assert_eq!(code, 0);
        assert!(out.starts_with("usage: check_payload FILE..."), "{out}");
    }
}
