//! Every type the rules claim, validated through `#[derive(Validate)]`: each string
//! type of `rules::Text` (`String`, `Box<str>`, `Cow<str>`, `Rc<str>`, `Arc<str>`,
//! `&str`, `&String`, `&Box<str>`) under `uuid`, `e164`, `phone`, `non_blank` and
//! `length`, and each collection of `rules::HasLength` (the sequences, sets and maps of
//! `std::collections`, arrays, slices, `Box<[T]>`, `Cow<[T]>`, and references to them)
//! under `length`. Each invalid value's violation is checked whole: its path, code and
//! message, and in the message the unit `length` counts (characters of a string, items
//! of a collection).

use callback_model::rules::{self, HasLength, Text};
use callback_model::{Validate, ValidationErrors};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

/// `(path, code, message)` of every violation, in order; empty when valid.
fn report(result: Result<(), ValidationErrors>) -> Vec<(String, String, String)> {
    result.map_or_else(
        |errors| errors.iter().map(|v| (v.path().to_owned(), v.code().to_owned(), v.message().to_owned())).collect(),
        |()| Vec::new(),
    )
}

fn violation(path: &str, code: &str, message: &str) -> (String, String, String) {
    (path.to_owned(), code.to_owned(), message.to_owned())
}

const UUID: &str = "must be a UUID: 32 hex digits grouped 8-4-4-4-12 by hyphens";
const E164: &str = "must be an E.164 number: `+`, then 2 to 15 digits, the first not 0";
const PHONE: &str = "must be a dialable phone number: 3 to 15 digits, optionally after `tel:` and `+`, separated only by spaces, `-`, `.`, `(` or `)`";
const BLANK: &str = "must not be blank";

// ---------------------------------------------------------------------------------
// Strings.

/// The texts of a valid value: a UUID, an E.164 number, a phone number, a name that is
/// not blank, a text of 3 characters in 5 bytes, and one of 1 character in 2 bytes.
const VALID: [&str; 6] =
    ["123e4567-e89b-12d3-a456-426614174000", "+13175551234", "tel:+1 (317) 555-1234", " x", "hé\u{e9}", "é"];

/// The texts of an invalid value, field by field: 35 characters, a leading 0, two
/// digits, white space only (one of it not ASCII), 5 characters, none.
const INVALID: [&str; 6] = ["123e4567-e89b-12d3-a456-42661417400", "+0", "12", " \u{3000}", "héllo", ""];

/// What the invalid value reports, in the order of the fields.
fn invalid_report() -> Vec<(String, String, String)> {
    vec![
        violation("id", "uuid", UUID),
        violation("caller", "e164", E164),
        violation("phone", "phone", PHONE),
        violation("name", "non_blank", BLANK),
        violation("text", "length", "must have 2 to 4 characters (has 5)"),
        violation("initial", "length", "must have exactly 1 character (has 0)"),
    ]
}

/// A struct whose six fields have the string type `$ty`, one rule each, and a test
/// that validates a valid and an invalid one, made from the texts by `$make`.
macro_rules! text_type {
    ($test:ident, $name:ident $(<$lt:lifetime>)?, $ty:ty, $make:expr) => {
        #[derive(Validate)]
        struct $name$(<$lt>)? {
            #[validate(uuid)]
            id: $ty,
            #[validate(e164)]
            caller: $ty,
            #[validate(phone)]
            phone: $ty,
            #[validate(non_blank)]
            name: $ty,
            #[validate(length(min = 2, max = 4))]
            text: $ty,
            #[validate(length(min = 1, max = 1))]
            initial: $ty,
        }

        #[test]
        fn $test() {
            let make = $make;
            let build = |[id, caller, phone, name, text, initial]: [&'static str; 6]| $name {
                id: make(id),
                caller: make(caller),
                phone: make(phone),
                name: make(name),
                text: make(text),
                initial: make(initial),
            };
            assert_eq!(report(build(VALID).validate()), []);
            assert_eq!(report(build(INVALID).validate()), invalid_report());
        }
    };
}

/// A `&'static String` for the fields that hold one by reference.
fn leaked_string(text: &'static str) -> &'static String {
    Box::leak(Box::new(text.to_owned()))
}

/// A `&'static Box<str>`.
#[allow(clippy::borrowed_box)] // the rules claim references to every string type
fn leaked_box(text: &'static str) -> &'static Box<str> {
    Box::leak(Box::new(Box::from(text)))
}

text_type!(string_fields_report_characters, StringTexts, String, str::to_owned);
text_type!(boxed_str_fields_report_characters, BoxedTexts, Box<str>, Box::<str>::from);
text_type!(borrowed_cow_fields_report_characters, BorrowedCowTexts<'a>, Cow<'a, str>, Cow::Borrowed);
text_type!(owned_cow_fields_report_characters, OwnedCowTexts<'a>, Cow<'a, str>, |text: &str| Cow::Owned(
    text.to_owned()
));
text_type!(rc_str_fields_report_characters, RcTexts, Rc<str>, Rc::<str>::from);
text_type!(arc_str_fields_report_characters, ArcTexts, Arc<str>, Arc::<str>::from);
text_type!(str_reference_fields_report_characters, StrTexts<'a>, &'a str, |text: &'static str| text);
text_type!(string_reference_fields_report_characters, StringRefTexts<'a>, &'a String, leaked_string);
#[allow(clippy::borrowed_box)] // the rules claim references to every string type
mod boxed_str_reference {
    use super::*;
    text_type!(boxed_str_reference_fields_report_characters, BoxedRefTexts<'a>, &'a Box<str>, leaked_box);
}

#[derive(Validate)]
struct TextElements {
    #[validate(each(non_blank, length(max = 3)))]
    boxed: Vec<Box<str>>,
    #[validate(each(uuid))]
    shared: BTreeSet<Arc<str>>,
    #[validate(each(phone))]
    counted: VecDeque<Rc<str>>,
}

#[test]
fn each_reads_the_string_types_of_the_elements() {
    let valid = TextElements {
        boxed: vec!["abc".into()],
        shared: BTreeSet::from(["123e4567-e89b-12d3-a456-426614174000".into()]),
        counted: VecDeque::from(["911".into()]),
    };
    assert_eq!(report(valid.validate()), []);
    let invalid = TextElements {
        boxed: vec!["ab".into(), " ".into(), "abcd".into()],
        shared: BTreeSet::from(["not-a-uuid".into()]),
        counted: VecDeque::from(["911".into(), "91".into()]),
    };
    assert_eq!(
        report(invalid.validate()),
        [
            violation("boxed[1]", "non_blank", BLANK),
            violation("boxed[2]", "length", "must have at most 3 characters (has 4)"),
            violation("shared[0]", "uuid", UUID),
            violation("counted[1]", "phone", PHONE),
        ]
    );
}

/// The rule functions by hand on `text`, a UUID of some string type: the same answers
/// as for a `str`, directly and through a reference.
fn assert_reads_uuid<S: Text + ?Sized>(name: &str, text: &S) {
    let uuid = "123e4567-e89b-12d3-a456-426614174000";
    assert_eq!(text.as_text(), uuid, "{name}");
    assert_eq!((&text).as_text(), uuid, "&{name}");
    assert!(rules::uuid(text).is_ok() && rules::uuid(&text).is_ok(), "{name}");
    assert!(rules::non_blank(text).is_ok() && rules::non_blank(&text).is_ok(), "{name}");
    let e164 = rules::e164(text).expect_err(name);
    assert_eq!((e164.code(), e164.message()), ("e164", E164), "{name}");
    let phone = rules::phone(&text).expect_err(name);
    assert_eq!((phone.code(), phone.message()), ("phone", PHONE), "{name}");
}

/// `length` by hand on `value`, and on a reference to it: `count` of `unit`, and a
/// violation below `count + 1` that says so.
fn assert_length<T: HasLength + ?Sized>(name: &str, value: &T, count: usize, unit: &str) {
    assert_eq!((value.length(), value.unit()), (count, unit), "{name}");
    assert_eq!(((&value).length(), (&value).unit()), (count, unit), "&{name}");
    for result in [rules::length(value, Some(count + 1), None), rules::length(&value, Some(count + 1), None)] {
        let violation = result.expect_err(name);
        let message = format!("must have at least {} {unit} (has {count})", count + 1);
        assert_eq!((violation.code(), violation.message()), ("length", message.as_str()), "{name}");
    }
}

#[test]
fn the_rule_functions_read_every_string_type() {
    let owned = String::from("123e4567-e89b-12d3-a456-426614174000");
    assert_reads_uuid("str", owned.as_str());
    assert_reads_uuid("String", &owned);
    assert_reads_uuid("Box<str>", &Box::<str>::from(owned.as_str()));
    assert_reads_uuid("Cow<str>", &Cow::Borrowed(owned.as_str()));
    assert_reads_uuid("Rc<str>", &Rc::<str>::from(owned.as_str()));
    assert_reads_uuid("Arc<str>", &Arc::<str>::from(owned.as_str()));
    assert_reads_uuid("&String", &&owned);
}

#[test]
fn strings_count_characters_not_bytes() {
    let text = "h\u{e9}\u{1f600}";
    assert_length("str", text, 3, "characters");
    assert_length("String", &String::from(text), 3, "characters");
    assert_length("Box<str>", &Box::<str>::from(text), 3, "characters");
    assert_length("Cow<str>", &Cow::<str>::Borrowed(text), 3, "characters");
    assert_length("Rc<str>", &Rc::<str>::from(text), 3, "characters");
    assert_length("Arc<str>", &Arc::<str>::from(text), 3, "characters");
}

// ---------------------------------------------------------------------------------
// Collections.

/// A field of each collection type `length` accepts, each with two items where it
/// takes `min = 1, max = 2`.
#[derive(Validate)]
struct Collections<'a> {
    #[validate(length(min = 1, max = 2))]
    vec: Vec<u8>,
    #[validate(length(min = 1, max = 2))]
    vec_deque: VecDeque<u8>,
    #[validate(length(min = 1, max = 2))]
    #[allow(clippy::linkedlist)] // `length` claims it
    linked_list: LinkedList<u8>,
    #[validate(length(min = 1, max = 2))]
    hash_set: HashSet<u8>,
    #[validate(length(min = 1, max = 2))]
    btree_set: BTreeSet<u8>,
    #[validate(length(min = 1, max = 2))]
    binary_heap: BinaryHeap<u8>,
    #[validate(length(min = 1, max = 2))]
    hash_map: HashMap<u8, u8>,
    #[validate(length(min = 1, max = 2))]
    btree_map: BTreeMap<u8, u8>,
    #[validate(length(min = 1, max = 2))]
    array: [u8; 2],
    #[validate(length(min = 1, max = 2))]
    boxed_slice: Box<[u8]>,
    #[validate(length(min = 1, max = 2))]
    cow_slice: Cow<'a, [u8]>,
    #[validate(length(min = 1, max = 2))]
    slice: &'a [u8],
    #[validate(length(min = 1, max = 2))]
    vec_reference: &'a Vec<u8>,
    #[validate(length(min = 1, max = 2))]
    map_reference: &'a BTreeMap<u8, u8>,
}

/// Every collection with the items `items` (the array: the first two of them, or
/// zeros).
fn collections<'a>(items: &'a [u8], vec: &'a Vec<u8>, map: &'a BTreeMap<u8, u8>) -> Collections<'a> {
    let mut array = [0; 2];
    for (slot, item) in array.iter_mut().zip(items) {
        *slot = *item;
    }
    Collections {
        vec: items.to_vec(),
        vec_deque: items.iter().copied().collect(),
        linked_list: items.iter().copied().collect(),
        hash_set: items.iter().copied().collect(),
        btree_set: items.iter().copied().collect(),
        binary_heap: items.iter().copied().collect(),
        hash_map: items.iter().map(|&i| (i, i)).collect(),
        btree_map: items.iter().map(|&i| (i, i)).collect(),
        array,
        boxed_slice: items.into(),
        cow_slice: Cow::Borrowed(items),
        slice: items,
        vec_reference: vec,
        map_reference: map,
    }
}

/// The paths of [`Collections`] but `array` (whose length is always 2).
const COLLECTIONS: [&str; 13] = [
    "vec",
    "vec_deque",
    "linked_list",
    "hash_set",
    "btree_set",
    "binary_heap",
    "hash_map",
    "btree_map",
    "boxed_slice",
    "cow_slice",
    "slice",
    "vec_reference",
    "map_reference",
];

fn every_collection(message: &str) -> Vec<(String, String, String)> {
    COLLECTIONS.iter().map(|path| violation(path, "length", message)).collect()
}

#[test]
fn every_collection_counts_its_items_within_the_bounds() {
    for items in [&[1][..], &[1, 2]] {
        let (vec, map) = (items.to_vec(), items.iter().map(|&i| (i, i)).collect());
        assert_eq!(report(collections(items, &vec, &map).validate()), [], "{items:?}");
    }
}

#[test]
fn every_collection_reports_items_above_the_maximum() {
    let items = [1, 2, 3];
    let (vec, map) = (items.to_vec(), items.iter().map(|&i| (i, i)).collect());
    assert_eq!(report(collections(&items, &vec, &map).validate()), every_collection("must have 1 to 2 items (has 3)"));
}

#[test]
fn every_collection_reports_items_below_the_minimum() {
    let (vec, map) = (Vec::new(), BTreeMap::new());
    assert_eq!(report(collections(&[], &vec, &map).validate()), every_collection("must have 1 to 2 items (has 0)"));
}

#[derive(Validate)]
struct Arrays<'a> {
    #[validate(length(max = 2))]
    three: [u8; 3],
    #[validate(length(min = 1))]
    empty: [u8; 0],
    #[validate(length(min = 1, max = 1))]
    array_reference: &'a [u8; 2],
    #[validate(length(max = 1))]
    nested: Vec<Vec<u8>>,
}

#[test]
fn arrays_and_nested_collections_count_items_and_say_item_after_one() {
    let pair = [1, 2];
    let value = Arrays { three: [1, 2, 3], empty: [], array_reference: &pair, nested: vec![vec![], vec![1]] };
    assert_eq!(
        report(value.validate()),
        [
            violation("three", "length", "must have at most 2 items (has 3)"),
            violation("empty", "length", "must have at least 1 item (has 0)"),
            violation("array_reference", "length", "must have exactly 1 item (has 2)"),
            violation("nested", "length", "must have at most 1 item (has 2)"),
        ]
    );
}

#[test]
fn every_collection_counts_items_by_hand() {
    let vec = vec![1u8, 2, 3];
    assert_length("slice", vec.as_slice(), 3, "items");
    assert_length("array", &[1u8, 2, 3], 3, "items");
    assert_length("Vec", &vec, 3, "items");
    assert_length("VecDeque", &vec.iter().collect::<VecDeque<_>>(), 3, "items");
    assert_length("LinkedList", &vec.iter().collect::<LinkedList<_>>(), 3, "items");
    assert_length("HashSet", &vec.iter().collect::<HashSet<_>>(), 3, "items");
    assert_length("BTreeSet", &vec.iter().collect::<BTreeSet<_>>(), 3, "items");
    assert_length("BinaryHeap", &vec.iter().collect::<BinaryHeap<_>>(), 3, "items");
    assert_length("HashMap", &vec.iter().map(|i| (i, i)).collect::<HashMap<_, _>>(), 3, "items");
    assert_length("BTreeMap", &vec.iter().map(|i| (i, i)).collect::<BTreeMap<_, _>>(), 3, "items");
    assert_length("Box<[T]>", &Box::<[u8]>::from(vec.as_slice()), 3, "items");
    assert_length("Cow<[T]>", &Cow::Borrowed(vec.as_slice()), 3, "items");
}
