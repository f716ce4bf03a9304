//! The struct shapes users write, each with all three derives together: generics with
//! bounds and defaults, lifetimes (on `&'a str` and `Cow<'a, str>` fields), const
//! generics, `where` clauses, `Box<T>` and nested `Option`, raw identifiers, `#[cfg]`'d
//! fields, visibilities, one field and sixty.

use callback_model::{Accessors, Builder, Validate};
use std::borrow::Cow;

fn codes(value: &impl Validate) -> Vec<String> {
    value
        .validate()
        .map_or_else(|errors| errors.iter().map(|v| format!("{}:{}", v.path(), v.code())).collect(), |()| Vec::new())
}

#[derive(Debug, Builder, Validate, Accessors)]
struct GenericWithBounds<T: Clone + std::fmt::Debug, U = u16>
where
    U: Copy + PartialOrd + std::fmt::Display + From<u8>,
{
    #[validate(nested)]
    inner: T,
    #[validate(range(max = U::from(9)))]
    limit: U,
}

#[derive(Debug, Clone, Builder, Validate, Accessors)]
struct Leaf {
    #[validate(non_blank)]
    name: String,
}

#[test]
fn generics_with_bounds_and_defaults() {
    let value: GenericWithBounds<Leaf> =
        GenericWithBounds::builder().inner(Leaf::builder().name(" ").build()).limit(10_u8).build();
    assert_eq!(value.limit(), &10);
    assert_eq!(codes(&value), ["inner.name:non_blank", "limit:range"]);
}

#[derive(Debug, Builder, Validate, Accessors)]
struct Borrowing<'a, 'b: 'a> {
    #[validate(length(min = 2))]
    text: &'a str,
    #[validate(non_blank)]
    cow: Cow<'b, str>,
    maybe: Option<&'a str>,
}

#[test]
fn lifetimes_on_str_and_cow_fields() {
    let owned = String::from("x");
    let value = Borrowing::builder().text(owned.as_str()).cow(Cow::Owned(String::from("  "))).build();
    let text: &str = value.text();
    assert_eq!(text, "x");
    assert_eq!(value.cow(), &Cow::<str>::Owned("  ".into()));
    assert_eq!(value.maybe(), None);
    assert_eq!(codes(&value), ["text:length", "cow:non_blank"]);
}

#[derive(Debug, Builder, Validate, Accessors)]
struct Fixed<const N: usize, const M: u8 = 3> {
    #[validate(length(max = 2))]
    items: [u8; N],
    #[builder(default = [0; 2])]
    extra: [u8; 2],
}

#[test]
fn const_generics() {
    let value: Fixed<3> = Fixed::builder().items([1, 2, 3]).build();
    assert_eq!(value.items(), &[1, 2, 3]);
    assert_eq!(value.extra(), &[0, 0]);
    assert_eq!(codes(&value), ["items:length"]);
}

#[derive(Debug, Builder, Validate, Accessors)]
struct Wrapped {
    #[validate(nested)]
    boxed: Box<Leaf>,
    #[validate(required, uuid)]
    #[allow(clippy::option_option)] // the shape under test
    twice: Option<Option<String>>,
    #[validate(nested)]
    #[allow(clippy::vec_box)] // the shape under test
    boxed_list: Option<Vec<Box<Leaf>>>,
}

#[test]
fn box_and_nested_option() {
    let value =
        Wrapped::builder().boxed(Box::new(Leaf::builder().name("a").build())).twice(Some("x".to_owned())).build();
    assert_eq!(value.boxed().name(), "a");
    assert_eq!(value.twice(), Some(&Some("x".to_owned())));
    assert_eq!(codes(&value), ["twice:uuid"]);
    // `required` makes `twice`'s setter necessary, so the builder cannot leave it out.
    let absent = Wrapped { boxed: Box::new(Leaf::builder().name(" ").build()), twice: None, boxed_list: None };
    assert_eq!(codes(&absent), ["boxed.name:non_blank", "twice:required"]);
    let explicit_none = Wrapped::builder().boxed(Box::new(Leaf::builder().name("a").build())).twice(None).build();
    assert_eq!(codes(&explicit_none), Vec::<String>::new());
}

#[derive(Debug, Builder, Validate, Accessors, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[validate(non_blank)]
    r#type: String,
    r#match: Option<bool>,
    r#fn: Vec<u8>,
}

#[test]
fn raw_identifiers() {
    let value = Raw::builder().r#type(" ").r#fn([1_u8]).build();
    assert_eq!((value.r#type(), value.r#match(), value.r#fn()), (" ", None, &[1_u8][..]));
    assert_eq!(codes(&value), ["type:non_blank"]);
}

#[derive(Debug, Builder, Validate, Accessors)]
struct WithCfg {
    #[validate(range(min = 1))]
    kept: u8,
    #[cfg(any())]
    #[validate(range(min = 1))]
    gone: u8,
    #[cfg(test)]
    #[validate(range(min = 1))]
    present: u8,
}

#[test]
fn cfg_fields() {
    let value = WithCfg::builder().kept(0).present(0).build();
    assert_eq!((value.kept(), value.present()), (0, 0));
    assert_eq!(codes(&value), ["kept:range", "present:range"]);
}

mod private_place {
    use callback_model::{Accessors, Builder, Validate};

    #[derive(Debug, Builder, Validate, Accessors)]
    pub(crate) struct CrateVisible {
        #[validate(range(max = 1))]
        pub(crate) value: u8,
    }

    #[derive(Debug, Builder, Validate, Accessors)]
    struct Private {
        value: u8,
    }

    pub(crate) fn private_round_trip() -> u8 {
        Private::builder().value(4).build().value()
    }
}

#[test]
fn visibilities_are_kept() {
    // `CrateVisible`'s builder and getters are `pub(crate)`: usable here. `Private`'s are
    // private to its module, so only its own module can use them (a UI test shows the
    // error from outside).
    let value = private_place::CrateVisible::builder().value(2).build();
    assert_eq!(value.value(), 2);
    assert_eq!(codes(&value), ["value:range"]);
    assert_eq!(private_place::private_round_trip(), 4);
}

#[derive(Debug, Builder, Validate, Accessors)]
struct One {
    #[validate(range(max = 1))]
    only: u8,
}

#[test]
fn one_field() {
    let value = One::builder().only(2).build();
    assert_eq!(value.only(), 2);
    assert_eq!(codes(&value), ["only:range"]);
}

macro_rules! sixty {
    ($($field:ident)*) => {
        #[derive(Debug, Builder, Validate, Accessors)]
        struct Sixty {
            $(
                #[validate(range(max = 100))]
                $field: u8,
            )*
        }

        fn sixty(value: u8) -> Sixty {
            Sixty::builder()$(.$field(value))*.build()
        }
    };
}

sixty!(
    f00 f01 f02 f03 f04 f05 f06 f07 f08 f09 f10 f11 f12 f13 f14 f15 f16 f17 f18 f19
    f20 f21 f22 f23 f24 f25 f26 f27 f28 f29 f30 f31 f32 f33 f34 f35 f36 f37 f38 f39
    f40 f41 f42 f43 f44 f45 f46 f47 f48 f49 f50 f51 f52 f53 f54 f55 f56 f57 f58 f59
);

#[test]
fn sixty_required_fields() {
    let value = sixty(7);
    assert_eq!((value.f00(), value.f59()), (7, 7));
    assert_eq!(codes(&value), Vec::<String>::new());
    assert_eq!(codes(&sixty(101)).len(), 60);
}
