//! Any bytes: parse a `Callback`, validate it, write it, parse it again.
//!
//! Never a panic; and `callback_tests::checks::check_stable`, the property tests'
//! check: what parses is written (unless a timestamp's year left 0000 to 9999 in UTC,
//! which is an error) and reads back to the same value at millisecond precision;
//! writing that again gives the same text; every violation's JSON pointer resolves in
//! the written document; and the round trip can only lose `not_before` violations.

#![no_main]

use callback_tests::checks::check_stable;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(problem) = check_stable(bytes) {
        panic!("{problem}");
    }
});
