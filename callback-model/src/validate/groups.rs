//! The group rules, re-exported by [`rules`](super::rules): how many of a struct's
//! optional fields may or must be present.

use super::Violation;

/// `at_least_one_of(a, b, ..)`: at least one member is present. `present` says, member
/// by member, whether it is (`Some`, a non-empty collection); `names` are their wire
/// names, for the message.
///
/// # Errors
///
/// An `at_least_one_of` violation naming the members: `needs one of queueId, routingData`.
#[inline]
pub fn at_least_one_of(present: &[bool], names: &[&str]) -> Result<(), Violation> {
    if present.contains(&true) { Ok(()) } else { Err(group_violation("at_least_one_of", "needs one of", names, &[])) }
}

/// `exactly_one_of(a, b, ..)`: exactly one member is present (see [`at_least_one_of`]).
///
/// # Errors
///
/// An `exactly_one_of` violation naming the members and those present:
/// `needs exactly one of queueId, routingData (none is set)`.
#[inline]
pub fn exactly_one_of(present: &[bool], names: &[&str]) -> Result<(), Violation> {
    if present.iter().filter(|&&p| p).count() == 1 {
        Ok(())
    } else {
        Err(group_violation("exactly_one_of", "needs exactly one of", names, present))
    }
}

/// `at_most_one_of(a, b, ..)`: no two members are present (see [`at_least_one_of`]).
///
/// # Errors
///
/// An `at_most_one_of` violation naming the members and those present:
/// `accepts at most one of email, phone (2 are set: email, phone)`.
#[inline]
pub fn at_most_one_of(present: &[bool], names: &[&str]) -> Result<(), Violation> {
    if present.iter().filter(|&&p| p).count() <= 1 {
        Ok(())
    } else {
        Err(group_violation("at_most_one_of", "accepts at most one of", names, present))
    }
}

/// `{head} a, b, c`, then which are set when `present` is given.
#[cold]
fn group_violation(code: &'static str, head: &str, names: &[&str], present: &[bool]) -> Violation {
    let members = names.join(", ");
    let set: Vec<&str> = names.iter().zip(present).filter(|(_, p)| **p).map(|(name, _)| *name).collect();
    let message = match (present.is_empty(), set.len()) {
        (true, _) => format!("{head} {members}"),
        (false, 0) => format!("{head} {members} (none is set)"),
        (false, n) => format!("{head} {members} ({n} are set: {})", set.join(", ")),
    };
    Violation::new(code, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["queueId", "routingData"];

    #[test]
    fn at_least_one_of_names_the_members_by_wire_name() {
        assert!(at_least_one_of(&[false, true], NAMES).is_ok());
        let violation = at_least_one_of(&[false, false], NAMES).unwrap_err();
        assert_eq!((violation.code(), violation.message()), ("at_least_one_of", "needs one of queueId, routingData"));
    }

    #[test]
    fn exactly_one_of_says_how_many_are_set() {
        assert!(exactly_one_of(&[true, false], NAMES).is_ok());
        assert_eq!(
            exactly_one_of(&[false, false], NAMES).unwrap_err().message(),
            "needs exactly one of queueId, routingData (none is set)"
        );
        assert_eq!(
            exactly_one_of(&[true, true], NAMES).unwrap_err().message(),
            "needs exactly one of queueId, routingData (2 are set: queueId, routingData)"
        );
    }

    #[test]
    fn at_most_one_of_accepts_none_and_one() {
        assert!(at_most_one_of(&[false, false], NAMES).is_ok());
        assert!(at_most_one_of(&[false, true], NAMES).is_ok());
        let violation = at_most_one_of(&[true, true], NAMES).unwrap_err();
        assert_eq!(violation.code(), "at_most_one_of");
        assert_eq!(
            violation.message(),
            "accepts at most one of queueId, routingData (2 are set: queueId, routingData)"
        );
    }
}
