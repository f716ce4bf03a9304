//! `#[derive(Builder)]`: one test per row of the table in `callback_model::attributes`
//! ("Builder"), and the struct shapes a user writes.

use callback_model::{Builder, Callback, CallbackState, Segment, Valid, Validate, ValidationErrors, Wrapup};
use callback_tests::at;
use std::collections::{BTreeSet, VecDeque};

#[derive(Debug, Clone, PartialEq, Builder)]
struct Order {
    /// The customer's id.
    customer: String,
    quantity: u32,
    note: Option<String>,
    #[builder(each = "item")]
    items: Vec<String>,
    #[builder(each = "tag")]
    tags: Option<Vec<String>>,
    codes: Option<Vec<u16>>,
    #[builder(default)]
    priority: u8,
    #[builder(default = String::from("EUR"))]
    currency: String,
}

/// A builder with both required fields set.
macro_rules! order {
    () => {
        Order::builder().customer("c-1").quantity(2)
    };
}

#[test]
fn setters_take_anything_that_converts_into_the_field_type_and_numbers_as_they_are() {
    let built = Order::builder().customer("c-1").quantity(3).build();
    assert_eq!(built.customer, "c-1");
    assert_eq!(built.quantity, 3);
    let built = Order::builder().customer(String::from("c-2")).quantity(u32::MAX).priority(7).build();
    assert_eq!((built.customer.as_str(), built.quantity, built.priority), ("c-2", u32::MAX, 7));
}

#[test]
fn required_fields_can_be_set_in_any_order() {
    let a = Order::builder().customer("c-1").quantity(1_u32).build();
    let b = Order::builder().quantity(1_u32).customer("c-1").build();
    assert_eq!(a, b);
}

#[test]
fn unset_optional_fields_are_none_and_defaults_are_filled_in() {
    let built = order!().build();
    assert_eq!(built.note, None);
    assert_eq!(built.tags, None);
    assert_eq!(built.codes, None);
    assert!(built.items.is_empty());
    assert_eq!(built.priority, 0);
    assert_eq!(built.currency, "EUR");
}

#[test]
fn optional_setter_takes_the_inner_type_and_the_last_call_wins() {
    let built = order!().note("first").note(String::from("second")).build();
    assert_eq!(built.note.as_deref(), Some("second"));
}

#[test]
fn maybe_setter_sets_with_some_and_clears_with_none() {
    assert_eq!(order!().maybe_note(Some("kept".to_owned())).build().note.as_deref(), Some("kept"));
    assert_eq!(order!().note("dropped").maybe_note(None).build().note, None);
}

#[test]
fn default_fields_take_the_set_value_over_the_default() {
    let built = order!().priority(9_u8).currency("SEK").build();
    assert_eq!((built.priority, built.currency.as_str()), (9, "SEK"));
}

#[test]
fn default_fields_have_maybe_setters_too() {
    let built = order!().currency("SEK").maybe_currency(None).maybe_priority(Some(4)).build();
    assert_eq!((built.priority, built.currency.as_str()), (4, "EUR"));
}

#[test]
fn each_appends_one_element_per_call_in_order() {
    let built = order!().item("a").item(String::from("b")).item("c").build();
    assert_eq!(built.items, ["a", "b", "c"]);
}

#[test]
fn each_on_an_option_collection_starts_it_at_the_first_element() {
    assert_eq!(order!().tag("x").tag("y").build().tags, Some(vec!["x".to_owned(), "y".to_owned()]));
}

#[test]
fn collection_setter_takes_any_iterable_of_convertible_items() {
    let built = order!().items(["a", "b"]).codes((1_u8..4).map(u16::from)).tags(vec!["t"]).build();
    assert_eq!(built.items, ["a", "b"]);
    assert_eq!(built.codes, Some(vec![1, 2, 3]));
    assert_eq!(built.tags, Some(vec!["t".to_owned()]));
}

#[test]
fn collection_setter_replaces_and_each_appends_after_it() {
    let built = order!().item("lost").items(["a"]).item("b").build();
    assert_eq!(built.items, ["a", "b"]);
}

#[test]
fn maybe_setter_of_an_option_collection_takes_the_collection() {
    assert_eq!(order!().maybe_codes(Some(vec![7])).build().codes, Some(vec![7]));
}

#[derive(Debug, PartialEq, Builder)]
struct Sets {
    #[builder(each = "member")]
    members: BTreeSet<u8>,
    #[builder(each = "entry")]
    queue: Option<VecDeque<char>>,
}

#[test]
fn each_works_on_sets_and_deques() {
    let built = Sets::builder().member(3).member(1).member(3).entry('a').entry('b').build();
    assert_eq!(built.members.into_iter().collect::<Vec<_>>(), [1, 3]);
    assert_eq!(built.queue, Some(VecDeque::from(['a', 'b'])));
}

#[derive(Debug, Default, PartialEq, Builder)]
struct AllOptional {
    a: Option<u8>,
    b: Option<String>,
}

#[test]
fn a_builder_without_required_fields_has_no_type_parameters() {
    fn finish(builder: AllOptionalBuilder) -> AllOptional {
        builder.build()
    }
    assert_eq!(finish(AllOptional::builder()), AllOptional::default());
    assert_eq!(finish(AllOptional::builder().a(1)).a, Some(1));
}

#[derive(Debug, PartialEq, Builder)]
#[builder(start_fn = make, finish_fn = finish)]
struct Renamed {
    value: i32,
}

impl Validate for Renamed {
    fn validate_into(&self, report: &mut callback_model::Report<'_>) {
        if self.value < 0 {
            report.push_at("value", "value", callback_model::Violation::new("negative", "must not be negative"));
        }
    }
}

#[test]
fn start_fn_and_finish_fn_rename_the_entry_points_and_try_follows() {
    assert_eq!(Renamed::make().value(5).finish(), Renamed { value: 5 });
    let valid: Valid<Renamed> = Renamed::make().value(5).try_finish().expect("valid");
    assert_eq!(valid.value, 5);
    let errors: ValidationErrors = Renamed::make().value(-1).try_finish().expect_err("invalid");
    assert_eq!(errors.iter().map(callback_model::Violation::code).collect::<Vec<_>>(), ["negative"]);
}

#[test]
fn try_build_gives_valid_or_every_violation() {
    let valid = Wrapup::builder().duration_seconds(10).tag("vip").try_build().expect("valid");
    assert_eq!(valid.duration_seconds(), Some(10));
    let errors = Wrapup::builder().duration_seconds(-1).tag(" ").try_build().expect_err("two violations");
    let pointers: Vec<&str> = errors.iter().map(callback_model::Violation::json_pointer).collect();
    assert_eq!(pointers, ["/tags/0", "/durationSeconds"]);
}

mod runtime {
    pub use callback_model::*;
}

#[derive(Debug, PartialEq, Builder)]
#[builder(crate = crate::runtime)]
struct ThroughAnotherPath {
    id: u8,
}

#[test]
fn crate_points_the_generated_code_at_another_path_to_the_runtime() {
    assert_eq!(ThroughAnotherPath::builder().id(4).build(), ThroughAnotherPath { id: 4 });
}

#[derive(Debug, PartialEq, Builder)]
struct Shapes<'a, T: Clone, const N: usize, U = u8>
where
    U: Copy,
{
    name: &'a str,
    value: T,
    array: [u8; N],
    extra: Option<U>,
    r#type: String,
    r#match: Option<bool>,
}

#[test]
fn generics_lifetimes_const_generics_defaults_and_where_clauses() {
    let name = String::from("borrowed");
    let built: Shapes<'_, Vec<i32>, 2> =
        Shapes::builder().name(name.as_str()).value(vec![1]).array([1, 2]).r#type("kind").build();
    assert_eq!(built.name, "borrowed");
    assert_eq!(built.value, [1]);
    assert_eq!(built.array, [1, 2]);
    assert_eq!(built.extra, None);
    assert_eq!(built.r#type, "kind");
}

#[test]
fn raw_identifiers_keep_raw_setters_and_get_plain_maybe_setters() {
    let built: Shapes<'_, u8, 0, u16> =
        Shapes::builder().name("n").value(1).array([]).r#type("t").r#match(true).maybe_match(Some(false)).build();
    assert_eq!(built.r#match, Some(false));
    assert_eq!(built.r#type, "t");
}

#[derive(Debug, PartialEq, Builder)]
struct Configured {
    always: u8,
    #[cfg(any())]
    never_required: u8,
    #[cfg(any())]
    never_optional: Option<u8>,
    #[cfg(test)]
    present_required: u16,
    #[cfg(test)]
    present_optional: Option<u16>,
}

#[test]
fn cfg_removed_fields_are_not_waited_for_and_present_ones_are() {
    let built = Configured::builder().always(1).present_required(2_u16).present_optional(3_u16).build();
    assert_eq!(built, Configured { always: 1, present_required: 2, present_optional: Some(3) });
}

#[test]
fn the_model_builders_make_what_parsing_makes() {
    let built = Callback::builder()
        .state(CallbackState::Connected)
        .segment(Segment::builder().start_time(at(0, 0)).end_time(at(0, 20)).r#type("Alert").build())
        .callback_number("+13175551234")
        .wrapup(Wrapup::builder().tag("vip").build())
        .build();
    let parsed: Callback = callback_model::json::from_str(
        r#"{"state":"connected","segments":[{"startTime":"2024-05-01T12:00:00Z","endTime":"2024-05-01T12:00:20Z","type":"Alert"}],
            "callbackNumbers":["+13175551234"],"wrapup":{"tags":["vip"]}}"#,
    )
    .expect("parses");
    assert_eq!(built, parsed);
}

#[test]
fn model_enums_can_be_set_from_their_wire_strings() {
    let built = Callback::builder().state("connected").direction("outbound").build();
    assert_eq!(built.state(), Some(&CallbackState::Connected));
    assert_eq!(built.direction().map(callback_model::Direction::as_str), Some("outbound"));
}

#[test]
fn the_model_builders_can_be_named() {
    // A fresh builder's state parameters default to "unset", so the bare name is the
    // type of `T::builder()`.
    fn fresh() -> callback_model::SegmentBuilder {
        Segment::builder()
    }
    fn wrapup_builder() -> callback_model::WrapupBuilder {
        Wrapup::builder().tag("vip")
    }
    assert_eq!(fresh().start_time(at(0, 0)).build().start_time(), at(0, 0));
    assert_eq!(wrapup_builder().build().tags(), Some(&["vip".to_owned()][..]));
}

/// A value that counts how many times it, or a clone of it, is dropped.
#[derive(Debug, Clone)]
struct Counted(std::rc::Rc<std::cell::Cell<usize>>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// Converting it into a `Counted` panics: a setter's argument that unwinds.
struct Explodes;

impl From<Explodes> for Counted {
    fn from(_: Explodes) -> Self {
        panic!("the conversion failed")
    }
}

// The values are held to be dropped, not read.
#[allow(dead_code)]
#[derive(Debug, Builder)]
struct Held {
    required: Counted,
    other: Counted,
    optional: Option<Counted>,
    #[builder(each = "one")]
    many: Vec<Counted>,
    #[builder(each = "tag")]
    tags: std::collections::BTreeSet<u8>,
    #[builder(default = Counted(std::rc::Rc::default()))]
    defaulted: Counted,
}

#[test]
fn a_builder_dropped_unfinished_drops_each_value_it_holds_once() {
    let drops = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = || Counted(std::rc::Rc::clone(&drops));
    let builder = Held::builder()
        .required(counted())
        .optional(counted())
        .one(counted())
        .one(counted())
        .tag(1)
        .defaulted(counted());
    assert_eq!(drops.get(), 0, "setting moves the values in");
    drop(builder);
    assert_eq!(drops.get(), 5);
}

#[test]
fn finishing_moves_the_values_out_without_dropping_them() {
    let drops = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = || Counted(std::rc::Rc::clone(&drops));
    let held = Held::builder().required(counted()).other(counted()).one(counted()).tag(2).tag(1).build();
    assert_eq!(drops.get(), 0);
    assert_eq!(held.many.len(), 1);
    assert_eq!(held.tags.iter().copied().collect::<Vec<_>>(), [1, 2]);
    drop(held);
    assert_eq!(drops.get(), 3, "the three values set, dropped with the struct");
}

#[test]
fn a_setter_whose_argument_panics_drops_what_the_builder_held_once() {
    let drops = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = || Counted(std::rc::Rc::clone(&drops));
    for (step, held_before) in [(0, 1), (1, 2), (2, 3), (3, 3)] {
        drops.set(0);
        let builder = Held::builder().required(counted());
        let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match step {
            0 => drop(builder.other(Explodes)),
            1 => drop(builder.optional(counted()).one(Explodes)),
            2 => drop(builder.optional(counted()).one(counted()).defaulted(Explodes)),
            _ => drop(builder.optional(counted()).one(counted()).optional(Explodes)),
        }));
        assert!(unwound.is_err(), "step {step} panicked");
        assert_eq!(drops.get(), held_before, "step {step}");
    }
}

/// Wide enough (33 fields with drop glue) that its builder keeps the storage on the
/// heap: the same drops, exactly once each.
#[allow(dead_code)]
#[derive(Debug, Builder)]
struct WideHeld {
    required: Counted,
    optional: Option<Counted>,
    #[builder(each = "one")]
    many: Vec<Counted>,
    f3: Option<String>,
    f4: Option<String>,
    f5: Option<String>,
    f6: Option<String>,
    f7: Option<String>,
    f8: Option<String>,
    f9: Option<String>,
    f10: Option<String>,
    f11: Option<String>,
    f12: Option<String>,
    f13: Option<String>,
    f14: Option<String>,
    f15: Option<String>,
    f16: Option<String>,
    f17: Option<String>,
    f18: Option<String>,
    f19: Option<String>,
    f20: Option<String>,
    f21: Option<String>,
    f22: Option<String>,
    f23: Option<String>,
    f24: Option<String>,
    f25: Option<String>,
    f26: Option<String>,
    f27: Option<String>,
    f28: Option<String>,
    f29: Option<String>,
    f30: Option<String>,
    f31: Option<String>,
    f32: Option<String>,
}

#[test]
fn a_boxed_builder_drops_and_moves_out_each_value_once() {
    let drops = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = || Counted(std::rc::Rc::clone(&drops));
    drop(WideHeld::builder().required(counted()).optional(counted()).one(counted()).f32("x"));
    assert_eq!(drops.get(), 3, "an unfinished builder drops what it holds");

    drops.set(0);
    let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        drop(WideHeld::builder().required(counted()).one(counted()).optional(Explodes));
    }));
    assert!(unwound.is_err());
    assert_eq!(drops.get(), 2, "an unwinding setter drops what the builder held");

    drops.set(0);
    let built = WideHeld::builder().required(counted()).one(counted()).one(counted()).f3("three").build();
    assert_eq!((drops.get(), built.many.len(), built.f3.as_deref()), (0, 2, Some("three")));
    let copy = format!("{:?}", WideHeld::builder().f4("four"));
    assert!(copy.contains("f4: set") && copy.contains("f5: unset"), "{copy}");
    drop(built);
    assert_eq!(drops.get(), 3);
}

#[derive(Debug, Builder)]
struct Named<'a> {
    name: &'a str,
    note: Option<String>,
}

#[test]
fn an_unfinished_builder_may_outlive_what_it_borrows() {
    // The builders are dropped after `name`: a builder of a struct with lifetimes has no
    // `Drop` of its own, so the drop check lets it hold a borrow that ends first.
    let mut builders = Vec::new();
    let name = String::from("Ada");
    builders.push(Named::builder().name(name.as_str()).note("first"));
    let named = builders.pop().map(NamedBuilder::build);
    assert_eq!(named.map(|named| (named.name, named.note)), Some(("Ada", Some("first".to_owned()))));
}

/// A collection that is only named `Vec`.
mod not_std {
    pub type Vec<T> = std::collections::VecDeque<T>;
}

#[derive(Debug, Builder)]
struct Queue {
    #[builder(each = "job")]
    jobs: not_std::Vec<String>,
    #[builder(each = "label")]
    labels: Option<Vec<String>>,
}

#[test]
fn each_pushes_onto_any_collection_named_vec_and_onto_std_vec() {
    let queue = Queue::builder().job("a").job("b").label("x").label("y").label("z").build();
    assert_eq!(queue.jobs, ["a", "b"]);
    assert_eq!(queue.labels.as_deref(), Some(&["x".to_owned(), "y".to_owned(), "z".to_owned()][..]));
}

/// `x_1`, `x_12` and `x1` have type parameters named alike (`X1`, `X12`, `X1` again,
/// which was once numbered into `X12`): each gets its own, and each setter sets its own
/// field.
#[derive(Debug, PartialEq, Builder)]
#[allow(clippy::struct_field_names)]
struct Alike {
    x_1: u8,
    x_12: u8,
    x1: u8,
}

#[test]
fn required_fields_whose_names_camel_case_alike_keep_their_own_state() {
    let alike = Alike::builder().x1(3).x_1(1).x_12(2).build();
    assert_eq!(alike, Alike { x_1: 1, x_12: 2, x1: 3 });
}

#[test]
fn a_builder_shows_which_fields_are_set_not_their_values() {
    let builder = Order::builder().customer("c-1").note("n").item("a");
    assert_eq!(
        format!("{builder:?}"),
        "OrderBuilder { customer: set, quantity: unset, note: set, items: set, tags: unset, codes: unset, priority: unset, currency: unset }"
    );
}

#[test]
fn a_builder_clones_when_every_field_does() {
    let builder = Order::builder().customer("c-1").item("a");
    let copy = builder.clone();
    assert_eq!(builder.quantity(1).item("b").build().items, ["a", "b"]);
    assert_eq!(copy.quantity(1).build().items, ["a"]);
}

/// A group of more than six members (the builder's `OneOfMany`, through the derive's
/// `Member` impls) proves itself with any member, the last one included.
#[test]
fn a_group_of_seven_members_is_proven_by_any_member() {
    #[derive(Debug, Builder, Validate)]
    #[validate(at_least_one_of(a, b, c, d, e, f, g))]
    struct Wide {
        a: Option<u8>,
        b: Option<u8>,
        c: Option<u8>,
        d: Option<u8>,
        e: Option<u8>,
        f: Option<u8>,
        g: Option<u8>,
    }
    let wide = Wide::builder().maybe_a(None).g(7).maybe_a(None).build();
    assert!(wide.validate().is_ok());
    assert_eq!((wide.a, wide.b, wide.c, wide.d, wide.e, wide.f, wide.g), (None, None, None, None, None, None, Some(7)));
    let errors = Wide::builder().maybe_c(None).try_build().unwrap_err();
    assert_eq!(errors.iter().next().map(callback_model::Violation::code), Some("at_least_one_of"));
}
