//! Where validation is in a value, and the report violations are added to.

use super::{ValidationErrors, Violation};

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
    /// The path from the root down to here, in Rust names (`segments[1].end_time`) and
    /// as a JSON pointer (`/segments/1/endTime`, with `~` and `/` escaped as RFC 6901
    /// says). The chain is walked twice, once to size the strings and once to fill
    /// them, so each is one allocation of the right size.
    fn paths(&self) -> (String, String) {
        let (rust_len, pointer_len) = self.lengths();
        let mut rust = String::with_capacity(rust_len);
        let mut pointer = String::with_capacity(pointer_len);
        self.write(&mut rust, &mut pointer);
        (rust, pointer)
    }

    fn lengths(&self) -> (usize, usize) {
        let (rust, pointer) = self.parent.map_or((0, 0), Location::lengths);
        match self.step {
            Step::Root => (rust, pointer),
            Step::Field { rust: name, wire } => {
                let escapes = wire.map_or(0, |wire| wire.bytes().filter(|b| matches!(b, b'~' | b'/')).count());
                (rust + 1 + name.len(), pointer + wire.map_or(0, |wire| 1 + wire.len() + escapes))
            }
            Step::Index(index) => (rust + 2 + digits(index), pointer + 1 + digits(index)),
        }
    }

    fn write(&self, rust: &mut String, pointer: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(rust, pointer);
        }
        match self.step {
            Step::Root => {}
            Step::Field { rust: name, wire } => {
                if !rust.is_empty() {
                    rust.push('.');
                }
                rust.push_str(name);
                if let Some(wire) = wire {
                    pointer.push('/');
                    if wire.contains(['~', '/']) {
                        for ch in wire.chars() {
                            match ch {
                                '~' => pointer.push_str("~0"),
                                '/' => pointer.push_str("~1"),
                                _ => pointer.push(ch),
                            }
                        }
                    } else {
                        pointer.push_str(wire);
                    }
                }
            }
            Step::Index(index) => {
                rust.push('[');
                push_decimal(rust, index);
                rust.push(']');
                pointer.push('/');
                push_decimal(pointer, index);
            }
        }
    }
}

/// How many decimal digits `n` has.
fn digits(mut n: usize) -> usize {
    let mut count = 1;
    while n >= 10 {
        n /= 10;
        count += 1;
    }
    count
}

/// Appends `n` in decimal, without the formatting machinery (this runs once per
/// index in every reported path).
fn push_decimal(out: &mut String, n: usize) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut rest = n;
    loop {
        at -= 1;
        // `rest % 10` is below 10.
        buf[at] = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&buf[at..]).unwrap_or_default());
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
    // Cold: called only for a violation, so the derived code keeps its path to it
    // out of the way of the checks.
    #[cold]
    #[inline(never)]
    pub fn push(&mut self, mut violation: Violation) {
        let (rust, pointer) = self.at.paths();
        violation.place(rust, pointer);
        self.errors.push(violation);
    }

    /// Adds `violation` at the field named `rust` in Rust and `wire` on the wire.
    // Cold and out of line, like `push`: a caller's path to a violation is one call.
    #[cold]
    #[inline(never)]
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
