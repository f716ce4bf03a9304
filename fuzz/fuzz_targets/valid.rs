//! Any bytes: deserialize a `Valid<T>` of each wire type (`Callback` and the requests),
//! and check it against parsing a `T` and validating it.
//!
//! Never a panic; and `callback_tests::checks::check_valid_agrees`, the property
//! tests' check: `Valid<T>` succeeds exactly when the `T` parses and validates, with
//! the same value; when the value breaks rules the error counts them and names each
//! pointer; when the text does not parse, the error is the same one.

#![no_main]

use callback_model::{Callback, CreateCallbackCommand, CreateCallbackResponse, PatchCallbackRequest};
use callback_tests::checks::check_valid_agrees;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for result in [
        check_valid_agrees::<Callback>(bytes),
        check_valid_agrees::<CreateCallbackCommand>(bytes),
        check_valid_agrees::<CreateCallbackResponse>(bytes),
        check_valid_agrees::<PatchCallbackRequest>(bytes),
    ] {
        if let Err(problem) = result {
            panic!("{problem}");
        }
    }
});
