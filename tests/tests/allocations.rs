//! Validating a valid value performs no heap allocation: a violation's path is built
//! only when there is a violation. Counted, not timed.

use callback_model::Validate;
use callback_tests::full_callback;

#[test]
fn validating_a_valid_full_callback_allocates_nothing() {
    let callback = full_callback();
    let mut result = Ok(());
    let info = allocation_counter::measure(|| {
        result = std::hint::black_box(&callback).validate();
    });
    assert_eq!(result, Ok(()));
    assert_eq!(info.count_total, 0, "allocations while validating a valid Callback: {info:?}");
}

#[test]
fn the_counter_sees_the_allocations_of_an_invalid_one() {
    // The same measurement on an invalid value must count its violations' strings, or
    // the zero above would prove nothing.
    let callback = callback_model::Callback::builder().id("not-a-uuid").build();
    let info = allocation_counter::measure(|| {
        let _ = std::hint::black_box(&callback).validate();
    });
    assert!(info.count_total > 0, "{info:?}");
}
