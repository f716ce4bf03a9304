//! The expansion of a few representative inputs, formatted and checked in under
//! `src/tests/snapshots/`. When a change to a generator changes its output, the
//! snapshot test fails and shows the difference; `UPDATE_EXPECT=1 cargo test -p
//! callback-derive` rewrites the files, and the diff goes through review with the change.

use super::expand;
use crate::ast::Derive;
use expect_test::{ExpectFile, expect_file};

fn check(source: &str, derive: Derive, expected: &ExpectFile) {
    let tokens = expand(source, derive);
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as a Rust file");
    expected.assert_eq(&prettyplease::unparse(&file));
}

const SEGMENT: &str = r#"
    /// A stretch of a timeline.
    #[serde(rename_all = "camelCase")]
    pub struct Segment {
        /// When it began.
        #[accessors(copy)]
        start_time: DateTime<Utc>,
        /// When it ended.
        #[validate(not_before = start_time)]
        end_time: Option<DateTime<Utc>>,
        r#type: Option<String>,
    }
"#;

#[test]
fn builder_of_a_struct_with_one_required_field() {
    check(SEGMENT, Derive::Builder, &expect_file!["snapshots/builder_segment.rs"]);
}

#[test]
fn validate_with_not_before_and_wire_names() {
    check(SEGMENT, Derive::Validate, &expect_file!["snapshots/validate_segment.rs"]);
}

#[test]
fn accessors_with_copy_option_and_raw_identifier() {
    check(SEGMENT, Derive::Accessors, &expect_file!["snapshots/accessors_segment.rs"]);
}

/// Fields without drop glue: the storage is held bare, with no `BuilderStorage` and so
/// no `Drop` and no unwinding paths to compile.
#[test]
fn builder_of_a_struct_without_drop_glue_keeps_its_storage_bare() {
    let source = r"
        pub struct Point<'a> {
            x: i32,
            y: Option<f64>,
            label: &'a str,
            #[builder(default)]
            tags: [(u8, char); 2],
            marker: PhantomData<*const u8>,
        }
    ";
    check(source, Derive::Builder, &expect_file!["snapshots/builder_without_drop_glue.rs"]);
}

#[test]
fn builder_with_generics_defaults_each_and_cfg() {
    let source = r#"
        #[builder(start_fn = make, finish_fn = finish)]
        pub(crate) struct Bag<'a, T: Clone, const N: usize = 2>
        where
            T: Default,
        {
            name: &'a str,
            #[builder(each = "item")]
            items: Vec<T>,
            #[builder(default = [0; N])]
            slots: [u8; N],
            #[cfg(feature = "extra")]
            extra: u8,
        }
    "#;
    check(source, Derive::Builder, &expect_file!["snapshots/builder_generic_bag.rs"]);
}

#[test]
fn validate_nested_each_and_overrides() {
    let source = r#"
        #[validate(check = totals_match)]
        struct Order {
            #[validate(required, uuid(code = "bad_id"))]
            id: Option<String>,
            #[validate(length(min = 1, max = 50), each(nested))]
            lines: Vec<Line>,
            #[validate(each(non_blank, length(max = 20)), message = "bad tag")]
            tags: Option<Vec<String>>,
            #[validate(range(min = 0, max = 1))]
            discount: f64,
        }
    "#;
    check(source, Derive::Validate, &expect_file!["snapshots/validate_order.rs"]);
}

#[test]
fn mistakes_become_compile_errors_next_to_what_could_be_generated() {
    let source = "
        struct Typo {
            #[builder(defualt)]
            count: u32,
        }
    ";
    check(source, Derive::Builder, &expect_file!["snapshots/builder_with_a_typo.rs"]);
}

/// The rules the builder proves: a required `Option`, a list that needs an element, an
/// `at_least_one_of` and an `exactly_one_of`, each a leaf of the one state parameter.
const CONTACT: &str = r#"
    #[validate(at_least_one_of(email, phone), exactly_one_of(by_email, by_phone))]
    pub struct Contact {
        #[validate(required)]
        name: Option<String>,
        email: Option<String>,
        phone: Option<String>,
        by_email: Option<bool>,
        by_phone: Option<bool>,
        #[builder(each = "tag")]
        #[validate(length(min = 1))]
        tags: Vec<String>,
    }
"#;

#[test]
fn builder_that_proves_groups_a_required_option_and_a_non_empty_list() {
    check(CONTACT, Derive::Builder, &expect_file!["snapshots/builder_contact_groups.rs"]);
}

#[test]
fn validate_with_group_rules() {
    check(CONTACT, Derive::Validate, &expect_file!["snapshots/validate_contact_groups.rs"]);
}

#[cfg(feature = "schema")]
#[test]
fn schema_with_not_before_and_wire_names() {
    check(SEGMENT, Derive::Schema, &expect_file!["snapshots/schema_segment.rs"]);
}

#[cfg(feature = "schema")]
#[test]
fn schema_of_rules_groups_and_a_check() {
    let source = r#"
        /// An order.
        #[validate(check = totals_match, at_most_one_of(coupon, discount))]
        #[serde(deny_unknown_fields)]
        struct Order<T> {
            #[validate(required, uuid(code = "bad_id"))]
            id: Option<String>,
            #[validate(length(min = 1, max = 50), each(nested))]
            lines: Vec<Line>,
            #[validate(each(non_blank, length(max = 20), custom = tag_is_known))]
            tags: Option<Vec<String>>,
            #[serde(default)]
            #[validate(range(min = 0, max = MAX_DISCOUNT))]
            discount: Option<u8>,
            coupon: Option<T>,
            #[serde(flatten)]
            extra: Extra,
            #[serde(skip)]
            cache: u64,
        }
    "#;
    check(source, Derive::Schema, &expect_file!["snapshots/schema_order.rs"]);
}
