//! Compile-fail UI tests: each file under `tests/ui/<derive>/` is a mistake a user can
//! make, and its `.stderr` is the message they see.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/builder/*.rs");
    t.compile_fail("ui/validate/*.rs");
    t.compile_fail("ui/accessors/*.rs");
    #[cfg(feature = "schema")]
    t.compile_fail("ui/schema/*.rs");
}
