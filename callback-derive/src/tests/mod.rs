//! Tests of the expansion itself: snapshots a reviewer can read, and a property test
//! that no input makes a derive panic or emit something that is not Rust.

mod holding;
mod never_panics;
mod snapshots;

use crate::ast::Derive;
use proc_macro2::TokenStream;

/// Runs `derive` on the struct written in `source`.
fn expand(source: &str, derive: Derive) -> TokenStream {
    let input: TokenStream = source.parse().expect("the test input is Rust tokens");
    crate::expand(input, derive)
}
