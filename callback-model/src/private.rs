//! Support for generated code. Not part of the public API: names here may change in
//! any release.

/// The state of a required field in a builder: not set yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unset;

/// The state of a required field in a builder: set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Set;
