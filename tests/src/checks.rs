//! The checks the property tests (`tests/tests/properties.rs`) and the fuzz targets
//! (`fuzz/fuzz_targets`) both run on arbitrary input: one copy, answering `Err` with
//! what went wrong, for proptest to report as a failed case and a fuzz target to panic
//! with.

use crate::strategies::Instants;
use callback_model::json::{self, ParseError};
use callback_model::{Callback, Valid, Validate, ValidationErrors};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// `Err(message)` unless `condition` holds.
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

/// `(pointer, code)` of every violation.
#[must_use]
pub fn pointers_and_codes(errors: Option<&ValidationErrors>) -> Vec<(String, String)> {
    errors.map_or_else(Vec::new, |errors| {
        errors.iter().map(|v| (v.json_pointer().to_owned(), v.code().to_owned())).collect()
    })
}

/// Parse, write, parse, as a `Callback`: [`check_stable_as`] for `Callback`.
///
/// # Errors
///
/// What does not hold.
pub fn check_stable(bytes: &[u8]) -> Result<(), String> {
    check_stable_as::<Callback>(bytes)
}

/// Parse, write, parse. Either `bytes` do not parse as a `T`, or what they parse
/// to can be written (unless a timestamp's year left 0000 to 9999 in UTC, which is an
/// error, not a panic) and reads back at millisecond precision; then parse and write
/// are stable, every violation's pointer resolves in the written document, and the
/// round trip can only lose `not_before` violations (dropping digits finer than
/// milliseconds can make two timestamps equal, never reorder them).
///
/// # Errors
///
/// What does not hold.
pub fn check_stable_as<T>(bytes: &[u8]) -> Result<(), String>
where
    T: DeserializeOwned + Serialize + Validate + Instants + PartialEq + Debug,
{
    let Ok(first) = json::from_slice::<T>(bytes) else {
        return Ok(());
    };
    let verdict = first.validate();
    let written = match json::to_string(&first) {
        Ok(written) => written,
        Err(error) => {
            ensure!(!first.writable(), "a writable value was not written: {error}");
            ensure!(error.to_string().contains("cannot be written as an RFC 3339 timestamp"), "{error}");
            return Ok(());
        }
    };
    ensure!(first.writable(), "a value with an unwritable year was written: {written}");
    let second: T = json::from_str(&written).map_err(|e| format!("{written} does not read back: {e}"))?;
    ensure!(second == first.at_millis(), "read back from {written}: {second:?}");
    let again = json::to_string(&second).map_err(|e| format!("what was read back is not writable: {e}"))?;
    ensure!(again == written, "written again: {again}, first: {written}");
    ensure!(json::from_str::<T>(&again).ok().as_ref() == Some(&second), "{again} does not read back");

    let document: serde_json::Value =
        serde_json::from_str(&written).map_err(|e| format!("the written text is not JSON: {e}"))?;
    for violation in verdict.as_ref().err().into_iter().flatten() {
        let pointer = violation.json_pointer();
        ensure!(document.pointer(pointer).is_some(), "{pointer} ({}) does not resolve in {written}", violation.code());
    }

    let before = pointers_and_codes(verdict.as_ref().err());
    let after = pointers_and_codes(second.validate().as_ref().err());
    ensure!(after.iter().all(|v| before.contains(v)), "{after:?} not in {before:?}");
    ensure!(
        before.iter().filter(|v| !after.contains(v)).all(|(_, code)| code == "not_before"),
        "{before:?} -> {after:?}"
    );
    Ok(())
}

/// `json::from_slice::<Valid<T>>` succeeds exactly when `json::from_slice::<T>` does
/// and the value validates, with the same value; a value that breaks rules gives an
/// error, placed in the text, that keeps them (`violations()`), counts them and names
/// the first three pointers; a parse error is the same error.
///
/// # Errors
///
/// What does not hold.
pub fn check_valid_agrees<T>(bytes: &[u8]) -> Result<(), String>
where
    T: DeserializeOwned + Validate + PartialEq + Debug,
{
    match (json::from_slice::<T>(bytes), json::from_slice::<Valid<T>>(bytes)) {
        (Ok(value), Ok(valid)) => {
            ensure!(value.validate().is_ok(), "Valid<T> accepted an invalid value: {value:?}");
            ensure!(*valid == value, "Valid<T> made {valid:?}, T made {value:?}");
        }
        (Ok(value), Err(error)) => {
            let Err(errors) = value.validate() else {
                return Err(format!("a valid value was refused as Valid<T>: {error}"));
            };
            ensure!(error.line() >= 1, "not placed: {error}");
            ensure!(error.violations() == Some(&errors), "{:?} kept, {errors:?} found", error.violations());
            let count = errors.len();
            let rules = if count == 1 { "rule" } else { "rules" };
            ensure!(error.message().contains(&format!("breaks {count} {rules}:")), "{error}");
            for violation in errors.iter().take(3) {
                let pointer = if violation.json_pointer().is_empty() { "(root)" } else { violation.json_pointer() };
                ensure!(error.message().contains(&format!("{pointer}: ")), "{pointer} not in {error}");
            }
            if count > 3 {
                ensure!(error.message().ends_with(&format!("; and {} more", count - 3)), "{error}");
            }
        }
        (Err(plain), Err(valid)) => check_same_error(&plain, &valid)?,
        (Err(plain), Ok(_)) => return Err(format!("Valid<T> parsed what T did not: {plain}")),
    }
    Ok(())
}

/// The same path, position and message.
fn check_same_error(plain: &ParseError, valid: &ParseError) -> Result<(), String> {
    ensure!(plain.path() == valid.path(), "path {:?} against {:?}", valid.path(), plain.path());
    ensure!((plain.line(), plain.column()) == (valid.line(), valid.column()), "{valid} placed apart from {plain}");
    ensure!(plain.message() == valid.message(), "message {:?} against {:?}", valid.message(), plain.message());
    Ok(())
}
