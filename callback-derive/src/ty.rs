//! What a field's type is, read from its syntax.
//!
//! A derive sees tokens, not resolved types, so this is a best effort on the names the
//! standard library uses (`Option`, `Vec`, `String`, ...). A type it does not know is
//! [`Kind::Other`]: the generators then go through runtime traits, and a misuse is
//! still a compile error, only worded by the trait instead of by the derive.

use syn::{GenericArgument, PathArguments, Type, TypePath};

/// What a type is, as far as the three derives care.
#[derive(Clone, Copy)]
pub(crate) enum Kind<'a> {
    /// `Option<T>`.
    Option(&'a Type),
    /// `Box<T>` (but not `Box<str>` or `Box<[T]>`, which are text and a sequence).
    Box(&'a Type),
    /// `String`, `str`, `&str`, `Cow<str>`, `Box<str>`, `Rc<str>`, `Arc<str>`.
    Text,
    /// A sequence or a set: `Vec<T>`, `VecDeque<T>`, `LinkedList<T>`, `HashSet<T>`,
    /// `BTreeSet<T>`, `BinaryHeap<T>`, `[T]`, `[T; N]`, `&[T]`, `Box<[T]>`, `Cow<[T]>`.
    Seq(Seq<'a>),
    /// `HashMap<K, V>` or `BTreeMap<K, V>`.
    Map,
    /// A primitive integer type.
    Int,
    /// `f32` or `f64`.
    Float,
    /// `bool`.
    Bool,
    /// `char`.
    Char,
    /// Anything else: a user type, a type parameter, an alias, a reference to one.
    Other,
}

/// A sequence or set type and what it holds.
#[derive(Clone, Copy)]
pub(crate) struct Seq<'a> {
    /// The element type.
    pub(crate) elem: &'a Type,
    /// `Vec<T>` exactly (the getter can hand out `&[T]`).
    pub(crate) is_vec: bool,
    /// An owned collection that can be grown one element at a time (`Extend`).
    pub(crate) extendable: bool,
}

const INTS: &[&str] = &["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];
const EXTENDABLE: &[&str] = &["Vec", "VecDeque", "LinkedList", "HashSet", "BTreeSet", "BinaryHeap"];

impl<'a> Kind<'a> {
    /// Classifies `ty`.
    pub(crate) fn of(ty: &'a Type) -> Self {
        match ty {
            Type::Group(group) => Kind::of(&group.elem),
            Type::Paren(paren) => Kind::of(&paren.elem),
            Type::Slice(slice) => Kind::Seq(Seq { elem: &slice.elem, is_vec: false, extendable: false }),
            Type::Array(array) => Kind::Seq(Seq { elem: &array.elem, is_vec: false, extendable: false }),
            Type::Reference(reference) if reference.mutability.is_none() => match Kind::of(&reference.elem) {
                Kind::Text => Kind::Text,
                Kind::Seq(seq) => Kind::Seq(Seq { extendable: false, is_vec: false, ..seq }),
                _ => Kind::Other,
            },
            Type::Path(path) => Kind::of_path(path),
            _ => Kind::Other,
        }
    }

    fn of_path(path: &'a TypePath) -> Self {
        if path.qself.is_some() {
            return Kind::Other;
        }
        let Some(last) = path.path.segments.last() else {
            return Kind::Other;
        };
        let name = last.ident.to_string();
        let args = type_args(&last.arguments);
        match (name.as_str(), args.as_slice()) {
            ("str" | "String", []) => Kind::Text,
            ("bool", []) => Kind::Bool,
            ("char", []) => Kind::Char,
            ("f32" | "f64", []) => Kind::Float,
            (int, []) if INTS.contains(&int) => Kind::Int,
            ("Option", [inner]) => Kind::Option(inner),
            ("Box" | "Rc" | "Arc" | "Cow", [inner]) => match Kind::of(inner) {
                Kind::Text if is_bare(inner, "str") => Kind::Text,
                Kind::Seq(seq) if matches!(inner, Type::Slice(_)) => {
                    Kind::Seq(Seq { extendable: false, is_vec: false, ..seq })
                }
                _ if name == "Box" => Kind::Box(inner),
                _ => Kind::Other,
            },
            ("HashMap" | "BTreeMap", [_, _, ..]) => Kind::Map,
            (seq, [elem, ..]) if EXTENDABLE.contains(&seq) => {
                Kind::Seq(Seq { elem, is_vec: seq == "Vec" && args.len() == 1, extendable: true })
            }
            _ => Kind::Other,
        }
    }

    /// The kind of the type in an `Option`, or this kind when it is not one.
    pub(crate) fn without_option(self) -> Self {
        match self {
            Kind::Option(inner) => Kind::of(inner),
            kind => kind,
        }
    }

    /// The collection in this kind when `each` pushers and a whole-collection setter can
    /// fill it (`FromIterator` and `Extend`).
    pub(crate) fn extendable_seq(self) -> Option<Seq<'a>> {
        match self {
            Kind::Seq(seq) if seq.extendable => Some(seq),
            _ => None,
        }
    }

    /// Integers, floats, `bool` and `char`: cheap to return by value.
    pub(crate) fn is_primitive(self) -> bool {
        matches!(self, Kind::Int | Kind::Float | Kind::Bool | Kind::Char)
    }

    /// How the kind is named in an error message.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Kind::Option(_) => "an Option",
            Kind::Box(_) => "a Box",
            Kind::Text => "a string",
            Kind::Seq(_) => "a collection",
            Kind::Map => "a map",
            Kind::Int => "an integer",
            Kind::Float => "a float",
            Kind::Bool => "a bool",
            Kind::Char => "a char",
            Kind::Other => "another type",
        }
    }
}

/// Whether `ty` is, by its syntax, a type without drop glue: a primitive, a reference, a
/// raw pointer, a function pointer, `PhantomData`, or an `Option`, array or tuple of
/// those. `false` claims nothing: a type this does not know is taken to need dropping.
pub(crate) fn has_no_drop_glue(ty: &Type) -> bool {
    match ty {
        Type::Group(group) => has_no_drop_glue(&group.elem),
        Type::Paren(paren) => has_no_drop_glue(&paren.elem),
        Type::Reference(_) | Type::Ptr(_) | Type::FnPtr(_) | Type::Never(_) => true,
        Type::Array(array) => has_no_drop_glue(&array.elem),
        Type::Tuple(tuple) => tuple.elems.iter().all(has_no_drop_glue),
        Type::Path(path) => match Kind::of_path(path) {
            Kind::Option(inner) => has_no_drop_glue(inner),
            kind if kind.is_primitive() => true,
            _ => path.qself.is_none() && path.path.segments.last().is_some_and(|last| last.ident == "PhantomData"),
        },
        _ => false,
    }
}

/// The type arguments of a path segment, lifetimes left out.
/// The value type of a map type (`V` of `HashMap<K, V>`), when `ty` is written as one.
#[cfg(feature = "schema")]
pub(crate) fn map_value(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Group(group) => map_value(&group.elem),
        Type::Paren(paren) => map_value(&paren.elem),
        Type::Path(path) => type_args(&path.path.segments.last()?.arguments).get(1).copied(),
        _ => None,
    }
}

fn type_args(arguments: &PathArguments) -> Vec<&Type> {
    match arguments {
        PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `ty` is the single identifier `name`.
fn is_bare(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident(name))
}
