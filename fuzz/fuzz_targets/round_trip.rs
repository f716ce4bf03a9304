//! Any bytes: parse them as each wire type (`Callback`, and the requests and response
//! a service sends and reads), validate, write, parse again.
//!
//! Never a panic; and `callback_tests::checks::check_stable_as`, the property tests'
//! check, for each type: what parses is written (unless a timestamp's year left 0000
//! to 9999 in UTC, which is an error) and reads back to the same value at millisecond
//! precision; writing that again gives the same text; every violation's JSON pointer
//! resolves in the written document; and the round trip can only lose `not_before`
//! violations.

#![no_main]

use callback_model::{Callback, CreateCallbackCommand, CreateCallbackResponse, PatchCallbackRequest};
use callback_tests::checks::check_stable_as;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for result in [
        check_stable_as::<Callback>(bytes),
        check_stable_as::<CreateCallbackCommand>(bytes),
        check_stable_as::<CreateCallbackResponse>(bytes),
        check_stable_as::<PatchCallbackRequest>(bytes),
    ] {
        if let Err(problem) = result {
            panic!("{problem}");
        }
    }
});
