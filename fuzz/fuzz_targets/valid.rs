//! Any bytes: deserialize a `Valid<Callback>`, and check it against parsing a
//! `Callback` and validating it.
//!
//! Never a panic; `Valid<Callback>` succeeds exactly when the `Callback` parses and
//! validates, with the same value; when the value breaks rules the error counts them
//! and names each pointer; when the text does not parse, the error is the same one.

#![no_main]

use callback_model::{Callback, Valid, Validate, json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let plain = json::from_slice::<Callback>(bytes);
    let valid = json::from_slice::<Valid<Callback>>(bytes);
    match (plain, valid) {
        (Ok(value), Ok(valid)) => {
            assert!(value.validate().is_ok(), "Valid<Callback> accepted an invalid value");
            assert_eq!(*valid, value);
        }
        (Ok(value), Err(error)) => {
            let errors = value.validate().expect_err("Valid<Callback> refused a valid value");
            let count = errors.len();
            let rules = if count == 1 { "rule" } else { "rules" };
            assert!(error.message().contains(&format!("breaks {count} {rules}:")), "{error}");
            for violation in &errors {
                let pointer = if violation.json_pointer().is_empty() { "(root)" } else { violation.json_pointer() };
                assert!(error.message().contains(&format!("{pointer}: ")), "{error}");
            }
        }
        // A known bug (the regression test `valid_reports_trailing_characters_before_
        // rule_violations` in tests/tests/properties.rs): after an invalid value,
        // trailing characters are reported as the violations.
        (Err(plain), Err(valid))
            if plain.message() == "trailing characters" && valid.message().starts_with("the value breaks ") => {}
        (Err(plain), Err(valid)) => {
            assert_eq!(plain.path(), valid.path());
            assert_eq!((plain.line(), plain.column()), (valid.line(), valid.column()));
            assert_eq!(plain.message(), valid.message());
        }
        (Err(plain), Ok(_)) => panic!("Valid<Callback> parsed what Callback did not: {plain}"),
    }
});
