//! Any bytes: parse a `Callback`, validate it, write it, parse it again.
//!
//! Never a panic; what parses is written (unless a timestamp's year left 0000 to 9999
//! in UTC, which is an error) and reads back to the same value at millisecond
//! precision; writing that again gives the same text; every violation's JSON pointer
//! resolves in the written document; and the round trip can only lose `not_before`
//! violations (dropping sub-millisecond digits may make two timestamps equal).

#![no_main]

use callback_model::{Callback, Validate, ValidationErrors, json};
use callback_tests::strategies::Instants;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(first) = json::from_slice::<Callback>(bytes) else {
        return;
    };
    let verdict = first.validate();
    let written = match json::to_string(&first) {
        Ok(written) => written,
        Err(error) => {
            assert!(!first.writable(), "a writable value was not written: {error}");
            assert!(error.to_string().contains("cannot be written as an RFC 3339 timestamp"), "{error}");
            return;
        }
    };
    assert!(first.writable(), "a value with an unwritable year was written: {written}");

    let second: Callback = json::from_str(&written).unwrap_or_else(|e| panic!("{written} does not read back: {e}"));
    assert_eq!(second, first.at_millis(), "read back from {written}");
    let again = json::to_string(&second).expect("what was read back is writable");
    assert_eq!(again, written);

    let document: serde_json::Value = serde_json::from_str(&written).expect("the written text is JSON");
    for violation in verdict.as_ref().err().into_iter().flatten() {
        let pointer = violation.json_pointer();
        assert!(document.pointer(pointer).is_some(), "{pointer} ({}) does not resolve in {written}", violation.code());
    }

    let before = codes(verdict.as_ref().err());
    let after = codes(second.validate().as_ref().err());
    assert!(after.iter().all(|v| before.contains(v)), "{after:?} not in {before:?}");
    assert!(
        before.iter().filter(|v| !after.contains(v)).all(|(_, code)| code == "not_before"),
        "{before:?} -> {after:?}"
    );
});

fn codes(errors: Option<&ValidationErrors>) -> Vec<(String, String)> {
    errors.map_or_else(Vec::new, |errors| {
        errors.iter().map(|v| (v.json_pointer().to_owned(), v.code().to_owned())).collect()
    })
}
