//! Validation: the [`Validate`] trait, the [`Report`] it fills, [`Violation`]s,
//! [`ValidationErrors`], the [`Valid`] proof, and the rule functions in [`rules`].

mod errors;
mod groups;
mod report;
pub mod rules;
mod valid;
mod violation;

pub use errors::ValidationErrors;
pub use report::Report;
pub use valid::Valid;
pub(crate) use valid::{RULE_FAILURE, rule_failure, rule_failure_summary};
pub use violation::Violation;

use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;

/// A value that can check itself against its rules.
///
/// Derive it with `#[derive(Validate)]` and `#[validate(..)]` rules on the fields;
/// [`validate`](Validate::validate) then reports **every** violation, each with its
/// Rust path and JSON pointer. Validating a valid value does not allocate.
///
/// Implemented by hand, only [`validate_into`](Validate::validate_into) is needed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `Validate`",
    label = "`{Self}` cannot be validated",
    note = "derive it with `#[derive(Validate)]`, or implement `Validate` by hand"
)]
pub trait Validate {
    /// Checks every rule; `Err` holds every violation found.
    ///
    /// # Errors
    ///
    /// All the violations, when at least one rule does not hold.
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        self.validate_into(&mut Report::new(&mut errors));
        // Not `into_result`: an out-of-line call that drops the empty list there; here
        // the check and the drop inline into the caller.
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// Adds this value's violations to `report`, which knows where the value is.
    fn validate_into(&self, report: &mut Report<'_>);
}

impl<T: Validate + ?Sized> Validate for &T {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        (**self).validate_into(report);
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        (**self).validate_into(report);
    }
}

impl<T: Validate + ?Sized> Validate for Rc<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        (**self).validate_into(report);
    }
}

impl<T: Validate + ?Sized> Validate for Arc<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        (**self).validate_into(report);
    }
}

/// `None` is valid; `Some(v)` is as valid as `v`, at the same path.
impl<T: Validate> Validate for Option<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        if let Some(value) = self {
            value.validate_into(report);
        }
    }
}

/// Every element, at `[index]`.
impl<T: Validate> Validate for [T] {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        for (index, value) in self.iter().enumerate() {
            value.validate_into(&mut report.index(index));
        }
    }
}

/// Every element, at `[index]`.
impl<T: Validate, const N: usize> Validate for [T; N] {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        self.as_slice().validate_into(report);
    }
}

/// Every element, at `[index]`.
impl<T: Validate> Validate for Vec<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        self.as_slice().validate_into(report);
    }
}

/// Every element, at `[index]`.
impl<T: Validate> Validate for VecDeque<T> {
    #[inline]
    fn validate_into(&self, report: &mut Report<'_>) {
        for (index, value) in self.iter().enumerate() {
            value.validate_into(&mut report.index(index));
        }
    }
}
