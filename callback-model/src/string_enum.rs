//! `string_enum!`: an enum of wire strings that keeps the ones it does not know.

/// Defines an enum whose variants are wire strings, plus `Unknown(String)` for values
/// a newer API version sends: parsing never fails on a new value, and the value is
/// written back unchanged. Generates `as_str`, `Display`, `FromStr` (infallible),
/// `From<&str>`, `From<String>`, `Serialize` and `Deserialize`.
///
/// # A wire value named like the catch-all
///
/// Variants are the wire values in upper camel case, so a wire value `unknown` (the
/// API's `AfterCallWorkState` has one) would be a variant `Unknown`, which is the
/// catch-all's name. The rule, the same for every enum: **such a variant takes the
/// suffix `Value`**, `UnknownValue = "unknown"`. Every enum keeps `Unknown(String)` as
/// its catch-all, with the same meaning everywhere.
///
/// Why: the two mean different things. The catch-all says "this version of the crate
/// does not know the value" (a newer API sent it; [`is_unknown`] is true and code
/// should treat it as such), while the API's own `unknown` is a value this version
/// knows, documented by the API, that code can match on like any other (`is_unknown`
/// is false). Renaming the catch-all instead, for the one enum that needs it, would
/// break the uniform API (`E::Unknown(s)` and `is_unknown` on every enum, one pattern
/// for all of them in user code); naming the API's value `Unknown` and the catch-all
/// something else would do the same. The suffix costs one odd name, on the one
/// variant that collides.
///
/// `from_wire("unknown")` gives `UnknownValue`, and `Unknown("unknown".into())` made by
/// hand equals it, as any `Unknown` holding a known wire value equals that variant
/// (enums compare by wire value). The compiler keeps the rule: a variant declared
/// `Unknown = ".."` is a duplicate of the catch-all and does not compile.
///
/// [`is_unknown`]: crate::CallbackState::is_unknown
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $wire:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )*
            /// A value this version of the crate does not know, kept as it was sent.
            Unknown(String),
        }

        impl $name {
            /// Every value this version knows, in the order of the API's documentation.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as it is on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )*
                    $name::Unknown(value) => value,
                }
            }

            /// The variant for a wire value; `Unknown` keeps a value this version does
            /// not know.
            pub fn from_wire(value: &str) -> Self {
                match value {
                    $( $wire => $name::$variant, )*
                    other => $name::Unknown(other.to_owned()),
                }
            }

            /// True for the catch-all `Unknown` only: a value this version does not
            /// know (from a newer API version). A known variant is never unknown, also
            /// the one for a wire value `unknown` (`UnknownValue`), where an enum has
            /// one.
            pub fn is_unknown(&self) -> bool {
                matches!(self, $name::Unknown(_))
            }
        }

        /// Equal when the wire values are: `Unknown("alerting")`, which only code can
        /// make, equals `Alerting`, so a value equals what it reads back as.
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl ::std::hash::Hash for $name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state);
            }
        }

        impl ::std::fmt::Display for $name {
            /// The wire value.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            /// Never fails: an unknown value is kept in `Unknown`.
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok($name::from_wire(value))
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                $name::from_wire(value)
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match $name::from_wire(&value) {
                    $name::Unknown(_) => $name::Unknown(value),
                    known => known,
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " string"))
                    }

                    fn visit_str<E: ::serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        Ok($name::from_wire(value))
                    }

                    fn visit_string<E: ::serde::de::Error>(self, value: String) -> Result<$name, E> {
                        Ok($name::from(value))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }

        /// Any string, with the known values listed: a value of a newer API version
        /// parses, so the schema accepts it too.
        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(stringify!($name))
            }

            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(concat!("callback_model::", stringify!($name)))
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                crate::schema::open_enum(&[$($wire),*], "")
            }
        }
    };
}

pub(crate) use string_enum;
