//! `#[derive(Accessors)]`: the getter return types of the table in
//! `callback_model::attributes` ("Accessors"), the opt-in families at struct and field
//! level, `skip`, `copy`, raw identifiers and generics.

use callback_model::{Accessors, Callback, DisconnectType, Segment};
use callback_tests::{at, full_callback};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, PartialEq, Accessors)]
struct Shapes {
    text: String,
    maybe_text: Option<String>,
    list: Vec<u8>,
    maybe_list: Option<Vec<u8>>,
    flag: bool,
    count: i64,
    ratio: f32,
    letter: char,
    maybe_count: Option<u32>,
    map: HashMap<String, u8>,
    maybe_map: Option<HashMap<String, u8>>,
    #[accessors(copy)]
    pair: (u8, u8),
    #[accessors(copy)]
    maybe_pair: Option<(u8, u8)>,
}

fn shapes() -> Shapes {
    Shapes {
        text: "hello".into(),
        maybe_text: Some("maybe".into()),
        list: vec![1, 2],
        maybe_list: Some(vec![3]),
        flag: true,
        count: -4,
        ratio: 0.5,
        letter: 'x',
        maybe_count: Some(7),
        map: HashMap::from([("k".to_owned(), 1)]),
        maybe_map: None,
        pair: (1, 2),
        maybe_pair: Some((3, 4)),
    }
}

#[test]
fn string_getters_return_str() {
    let value = shapes();
    let text: &str = value.text();
    let maybe: Option<&str> = value.maybe_text();
    assert_eq!((text, maybe), ("hello", Some("maybe")));
}

#[test]
fn vec_getters_return_slices() {
    let value = shapes();
    let list: &[u8] = value.list();
    let maybe: Option<&[u8]> = value.maybe_list();
    assert_eq!((list, maybe), (&[1, 2][..], Some(&[3][..])));
}

#[test]
fn primitives_and_options_of_them_are_returned_by_value() {
    let value = shapes();
    let (flag, count, ratio, letter, maybe): (bool, i64, f32, char, Option<u32>) =
        (value.flag(), value.count(), value.ratio(), value.letter(), value.maybe_count());
    assert_eq!((flag, count, letter, maybe), (true, -4, 'x', Some(7)));
    assert!((ratio - 0.5).abs() < f32::EPSILON);
}

#[test]
fn other_types_are_returned_by_reference() {
    let value = shapes();
    let map: &HashMap<String, u8> = value.map();
    let maybe: Option<&HashMap<String, u8>> = value.maybe_map();
    assert_eq!(map.get("k"), Some(&1));
    assert_eq!(maybe, None);
}

#[test]
fn copy_returns_by_value_even_for_other_types() {
    let value = shapes();
    let (pair, maybe): ((u8, u8), Option<(u8, u8)>) = (value.pair(), value.maybe_pair());
    assert_eq!((pair, maybe), ((1, 2), Some((3, 4))));
}

#[derive(Debug, Default, Accessors)]
#[accessors(set, mut, with)]
struct Families {
    name: String,
    #[accessors(set = false)]
    read_mostly: u8,
    #[accessors(skip)]
    hidden: u8,
    #[accessors(get = false, with = false)]
    write_only: Option<String>,
}

impl Families {
    fn hidden_value(&self) -> u8 {
        self.hidden
    }

    fn write_only_value(&self) -> Option<&str> {
        self.write_only.as_deref()
    }
}

#[test]
fn set_takes_into_and_chains_on_mut_ref() {
    let mut value = Families::default();
    value.set_name("a").set_write_only(Some("w".to_owned()));
    assert_eq!(value.name(), "a");
    assert_eq!(value.write_only_value(), Some("w"));
}

#[test]
fn mut_gives_a_mutable_reference() {
    let mut value = Families::default();
    value.name_mut().push_str("grown");
    *value.read_mostly_mut() = 3;
    *value.write_only_mut() = Some("x".into());
    assert_eq!((value.name(), value.read_mostly(), value.write_only_value()), ("grown", 3, Some("x")));
}

#[test]
fn with_consumes_and_returns_self() {
    let value = Families::default().with_name("w").with_read_mostly(9);
    assert_eq!((value.name(), value.read_mostly()), ("w", 9));
}

#[test]
fn skip_leaves_the_field_to_hand_written_methods() {
    assert_eq!(Families::default().hidden_value(), 0);
}

#[derive(Debug, Accessors)]
#[accessors(set)]
struct Generic<'a, T: Clone, const N: usize> {
    borrowed: &'a str,
    maybe_borrowed: Option<&'a str>,
    value: T,
    array: [u8; N],
    r#type: String,
}

#[test]
fn generics_lifetimes_and_raw_identifiers() {
    let owner = String::from("owned elsewhere");
    let mut value =
        Generic { borrowed: &owner, maybe_borrowed: None, value: 1.5_f64, array: [1, 2, 3], r#type: "t".into() };
    value.set_type("kind").set_value(2.5);
    let borrowed: &str = value.borrowed();
    assert_eq!(borrowed, "owned elsewhere");
    assert_eq!(value.maybe_borrowed(), None);
    assert_eq!(value.r#type(), "kind");
    assert_eq!(value.array(), &[1, 2, 3]);
    assert!((*value.value() - 2.5).abs() < f64::EPSILON);
}

#[test]
fn the_model_is_read_through_its_getters() {
    let callback: Callback = full_callback();
    assert_eq!(callback.id(), Some("6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"));
    assert_eq!(callback.held(), Some(true));
    assert_eq!(callback.timeout_seconds(), Some(30));
    assert_eq!(callback.disconnect_type(), Some(&DisconnectType::Client));
    assert_eq!(callback.start_alerting_time(), Some(at(0, 0)));
    let segments: &[Segment] = callback.segments().expect("segments");
    assert_eq!(segments.len(), 3);
    assert_eq!(segments[2].r#type(), Some("Hold"));
    assert_eq!(segments[2].end_time(), None);
    assert_eq!(segments[0].start_time(), at(0, 0));
    let tags = callback.wrapup().and_then(callback_model::Wrapup::tags);
    assert_eq!(tags, Some(&["vip".to_owned(), "follow-up".to_owned()][..]));
}
