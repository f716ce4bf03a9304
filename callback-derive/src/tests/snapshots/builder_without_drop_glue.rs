/// A builder of [`Point`] values, one field at a time; made by [`Point::builder()`](Point::builder).
///
/// `.build()` compiles once it has `x`; `label`; `marker`.
///
/// The names its compile errors use are in [`point_builder`].
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub struct PointBuilder<
    'a,
    State
        = (
            ::callback_model::builder::Unset,
            (::callback_model::builder::Unset, ::callback_model::builder::Unset),
        ),
> {
    fields: __PointBuilderFields<'a>,
    state: ::core::marker::PhantomData<fn() -> State>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __PointBuilderFields<'a> {
    x: ::core::option::Option<i32>,
    y: Option<f64>,
    label: ::core::option::Option<&'a str>,
    tags: ::core::option::Option<[(u8, char); 2]>,
    marker: ::core::option::Option<PhantomData<*const u8>>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Point<'a>>,
}
/// The names [`PointBuilder`](super::PointBuilder)'s compile errors use: an empty type per field they can name ("`Point` cannot be built without `x`: call `.x(..)` first").
#[allow(non_snake_case, dead_code)]
pub mod point_builder {
    /// The field `x` of [`Point`](super::Point), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum x {}
    /// The field `label` of [`Point`](super::Point), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum label {}
    /// The field `marker` of [`Point`](super::Point), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum marker {}
}
const _: () = {
    #[allow(unused_imports)]
    use ::callback_model::builder::{
        Set, Unset, Proven, Maybe, IsSet, IsUnset, HasItem, NotPushed, MaySet, MayChoose,
        MayClear, MayClearAt, Member, OneOf2, OneOf3, OneOf4, OneOf5, OneOf6, OneOfMany,
        Plain,
    };
    #[automatically_derived]
    #[allow(dead_code)]
    impl<'a> Point<'a> {
        /// Starts a builder for [`Point`] with nothing set.
        #[inline(always)]
        pub fn builder() -> PointBuilder<'a> {
            PointBuilder {
                fields: <__PointBuilderFields<
                    'a,
                > as ::callback_model::__private::Empty>::EMPTY,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<'a> ::callback_model::__private::Empty for __PointBuilderFields<'a> {
        const EMPTY: Self = __PointBuilderFields {
            x: ::core::option::Option::None,
            y: ::core::option::Option::None,
            label: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            marker: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[automatically_derived]
    impl<'a, State> ::core::fmt::Debug for PointBuilder<'a, State> {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let mut __out = ::callback_model::__private::DebugBuilder::new(
                __formatter,
                "PointBuilder",
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "x",
                match &(&self.fields).x {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "y",
                match &(&self.fields).y {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "label",
                match &(&self.fields).label {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "tags",
                match &(&self.fields).tags {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "marker",
                match &(&self.fields).marker {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::finish(__out)
        }
    }
    #[automatically_derived]
    impl<'a> ::core::clone::Clone for __PointBuilderFields<'a>
    where
        for<'__Sc> ::core::option::Option<i32>: ::core::clone::Clone,
        for<'__Sc> Option<f64>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<&'a str>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<[(u8, char); 2]>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<PhantomData<*const u8>>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            __PointBuilderFields {
                x: ::core::clone::Clone::clone(&self.x),
                y: ::core::clone::Clone::clone(&self.y),
                label: ::core::clone::Clone::clone(&self.label),
                tags: ::core::clone::Clone::clone(&self.tags),
                marker: ::core::clone::Clone::clone(&self.marker),
                __callback_marker: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<'a, State> ::core::clone::Clone for PointBuilder<'a, State>
    where
        for<'__Sc> __PointBuilderFields<'a>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            PointBuilder {
                fields: ::core::clone::Clone::clone(&self.fields),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, State> PointBuilder<'a, State> {
        #[inline(always)]
        pub fn y(mut self, value: impl Plain<f64>) -> Self {
            self.fields.y = ::core::option::Option::Some(
                Plain::<f64>::into_plain(value),
            );
            self
        }
        /// Sets `y` from an `Option`: `Some` sets it, `None` unsets it.
        #[inline(always)]
        pub fn maybe_y(mut self, value: ::core::option::Option<f64>) -> Self {
            self.fields.y = value;
            self
        }
        #[inline(always)]
        pub fn tags(
            mut self,
            value: impl ::core::convert::Into<[(u8, char); 2]>,
        ) -> Self {
            self.fields.tags = ::core::option::Option::Some(
                ::core::convert::Into::<[(u8, char); 2]>::into(value),
            );
            self
        }
        /// Sets `tags` from an `Option`: `Some` sets it, `None` unsets it.
        #[inline(always)]
        pub fn maybe_tags(
            mut self,
            value: ::core::option::Option<[(u8, char); 2]>,
        ) -> Self {
            self.fields.tags = value;
            self
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, X, LabelToMarker> PointBuilder<'a, (X, LabelToMarker)>
    where
        X: IsUnset<Point<'a>, point_builder::x>,
    {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn x(
            self,
            value: impl Plain<i32>,
        ) -> PointBuilder<'a, (Set, LabelToMarker)> {
            let value = Plain::<i32>::into_plain(value);
            let mut __fields = self.fields;
            __fields.x = ::core::option::Option::Some(value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, X, Label, Marker> PointBuilder<'a, (X, (Label, Marker))>
    where
        Label: IsUnset<Point<'a>, point_builder::label>,
    {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn label(
            self,
            value: impl ::core::convert::Into<&'a str>,
        ) -> PointBuilder<'a, (X, (Set, Marker))> {
            let value = ::core::convert::Into::<&'a str>::into(value);
            let mut __fields = self.fields;
            __fields.label = ::core::option::Option::Some(value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, X, Label, Marker> PointBuilder<'a, (X, (Label, Marker))>
    where
        Marker: IsUnset<Point<'a>, point_builder::marker>,
    {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn marker(
            self,
            value: impl ::core::convert::Into<PhantomData<*const u8>>,
        ) -> PointBuilder<'a, (X, (Label, Set))> {
            let value = ::core::convert::Into::<PhantomData<*const u8>>::into(value);
            let mut __fields = self.fields;
            __fields.marker = ::core::option::Option::Some(value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<'a, X, Label, Marker> PointBuilder<'a, (X, (Label, Marker))> {
        /// Finishes the [`Point`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation).
        #[inline(always)]
        pub fn build(self) -> Point<'a>
        where
            X: IsSet<Point<'a>, point_builder::x>,
            Label: IsSet<Point<'a>, point_builder::label>,
            Marker: IsSet<Point<'a>, point_builder::marker>,
        {
            let __PointBuilderFields {
                x: __field_x,
                y: __field_y,
                label: __field_label,
                tags: __field_tags,
                marker: __field_marker,
                ..
            } = self.fields;
            Point {
                x: match __field_x {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
                y: __field_y,
                label: match __field_label {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
                tags: ::core::option::Option::unwrap_or_default(__field_tags),
                marker: match __field_marker {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
            }
        }
        /// Finishes the [`Point`] and validates it: a `Valid<Point>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[allow(clippy::missing_errors_doc)]
        #[inline(always)]
        pub fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Point<'a>>,
            ::callback_model::ValidationErrors,
        >
        where
            X: IsSet<Point<'a>, point_builder::x>,
            Label: IsSet<Point<'a>, point_builder::label>,
            Marker: IsSet<Point<'a>, point_builder::marker>,
            for<'__Sv> Point<'a>: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.build())
        }
    }
};
