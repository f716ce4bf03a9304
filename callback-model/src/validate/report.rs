//! Where validation is in a value, and the report violations are added to.

use super::{ValidationErrors, Violation};
use std::fmt::Write as _;

/// One step from a value to a part of it.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    /// A field: its Rust name, and its wire name (`None` when `#[serde(flatten)]`
    /// puts its contents in the parent object).
    Field {
        rust: &'a str,
        wire: Option<&'a str>,
    },
    Index(usize),
}

/// A chain of steps back to the root, borrowed from the callers' stack frames: making
/// one costs nothing, and it becomes a string only when a violation is reported.
#[derive(Clone, Copy)]
struct Location<'a> {
    parent: Option<&'a Location<'a>>,
    step: Step<'a>,
}

impl Location<'_> {
    /// The steps from the root down to here.
    fn steps(&self) -> Vec<Step<'_>> {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(location) = at {
            steps.push(location.step);
            at = location.parent;
        }
        steps.reverse();
        steps
    }

    /// `segments[1].end_time`.
    fn rust_path(&self) -> String {
        let mut path = String::new();
        for step in self.steps() {
            match step {
                Step::Root => {}
                Step::Field { rust, .. } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(rust);
                }
                Step::Index(index) => {
                    let _ = write!(path, "[{index}]");
                }
            }
        }
        path
    }

    /// `/segments/1/endTime`, with `~` and `/` escaped as RFC 6901 says.
    fn json_pointer(&self) -> String {
        let mut pointer = String::new();
        for step in self.steps() {
            match step {
                Step::Root | Step::Field { wire: None, .. } => {}
                Step::Field { wire: Some(wire), .. } => {
                    pointer.push('/');
                    for ch in wire.chars() {
                        match ch {
                            '~' => pointer.push_str("~0"),
                            '/' => pointer.push_str("~1"),
                            _ => pointer.push(ch),
                        }
                    }
                }
                Step::Index(index) => {
                    let _ = write!(pointer, "/{index}");
                }
            }
        }
        pointer
    }
}

/// Collects violations while a value is validated, knowing where in the value it is.
///
/// The derived [`Validate`](crate::Validate) moves it from field to field; a
/// `#[validate(check = path::to_fn)]` function receives it to add violations of its
/// own:
///
/// ```
/// use callback_model::{Report, Validate, Violation};
///
/// #[derive(Validate)]
/// #[validate(check = window_is_open)]
/// struct Window {
///     opens: u32,
///     closes: u32,
/// }
///
/// fn window_is_open(window: &Window, report: &mut Report<'_>) {
///     if window.closes <= window.opens {
///         report.push_at("closes", "closes", Violation::new("window", "must be after `opens`"));
///     }
/// }
///
/// let errors = Window { opens: 9, closes: 8 }.validate().unwrap_err();
/// assert_eq!(errors.iter().next().unwrap().json_pointer(), "/closes");
/// ```
pub struct Report<'a> {
    errors: &'a mut ValidationErrors,
    at: Location<'a>,
}

impl<'a> Report<'a> {
    /// A report at the root of a value, adding to `errors`.
    pub fn new(errors: &'a mut ValidationErrors) -> Self {
        Report { errors, at: Location { parent: None, step: Step::Root } }
    }

    /// Adds `violation` here.
    pub fn push(&mut self, mut violation: Violation) {
        violation.place(self.at.rust_path(), self.at.json_pointer());
        self.errors.push(violation);
    }

    /// Adds `violation` at the field named `rust` in Rust and `wire` on the wire.
    pub fn push_at(&mut self, rust: &str, wire: &str, violation: Violation) {
        self.field(rust, wire).push(violation);
    }

    /// The report for the field named `rust` in Rust and `wire` on the wire.
    pub fn field<'b>(&'b mut self, rust: &'b str, wire: &'b str) -> Report<'b> {
        self.child(Step::Field { rust, wire: Some(wire) })
    }

    /// The report for a `#[serde(flatten)]` field: in the Rust path, not in the pointer.
    pub fn flattened<'b>(&'b mut self, rust: &'b str) -> Report<'b> {
        self.child(Step::Field { rust, wire: None })
    }

    /// The report for element `index` of a sequence.
    pub fn index(&mut self, index: usize) -> Report<'_> {
        self.child(Step::Index(index))
    }

    /// How many violations have been reported so far, here and elsewhere.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// True while no violation has been reported.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    fn child<'b>(&'b mut self, step: Step<'b>) -> Report<'b> {
        Report { errors: &mut *self.errors, at: Location { parent: Some(&self.at), step } }
    }
}
