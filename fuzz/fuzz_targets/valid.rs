//! Any bytes: deserialize a `Valid<Callback>`, and check it against parsing a
//! `Callback` and validating it.
//!
//! Never a panic; and `callback_tests::checks::check_valid_agrees`, the property
//! tests' check: `Valid<Callback>` succeeds exactly when the `Callback` parses and
//! validates, with the same value; when the value breaks rules the error counts them
//! and names each pointer; when the text does not parse, the error is the same one.

#![no_main]

use callback_model::Callback;
use callback_tests::checks::check_valid_agrees;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(problem) = check_valid_agrees::<Callback>(bytes) {
        panic!("{problem}");
    }
});
