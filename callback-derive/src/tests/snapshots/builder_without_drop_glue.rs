/// Builds a [`Point`] one field at a time; made by [`Point::builder()`](Point::builder).
///
/// Required fields: `x`, `label`, `marker`. `.build()` compiles once each of them is set.
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub struct PointBuilder<
    'a,
    __X = ::callback_model::__private::Unset,
    __Label = ::callback_model::__private::Unset,
    __Marker = ::callback_model::__private::Unset,
> {
    fields: __PointBuilderFields<'a>,
    state: ::core::marker::PhantomData<fn() -> (__X, __Label, __Marker)>,
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
const _: () = {
    #[automatically_derived]
    #[allow(dead_code)]
    impl<'a> Point<'a> {
        /// Starts a builder for [`Point`] with nothing set.
        #[inline(always)]
        pub fn builder() -> PointBuilder<
            'a,
            ::callback_model::__private::Unset,
            ::callback_model::__private::Unset,
            ::callback_model::__private::Unset,
        > {
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
    #[allow(non_camel_case_types)]
    pub enum x {}
    #[allow(non_camel_case_types)]
    pub enum label {}
    #[allow(non_camel_case_types)]
    pub enum marker {}
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<'a, __X, __Label, __Marker> PointBuilder<'a, __X, __Label, __Marker> {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn x(
            self,
            __value: impl ::core::convert::Into<i32>,
        ) -> PointBuilder<'a, ::callback_model::__private::Set, __Label, __Marker>
        where
            __X: ::callback_model::__private::IsUnset<Point<'a>, x>,
        {
            let __value = ::core::convert::Into::<i32>::into(__value);
            let mut __fields = self.fields;
            __fields.x = ::core::option::Option::Some(__value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        #[inline(always)]
        pub fn y(mut self, __value: impl ::core::convert::Into<f64>) -> Self {
            self.fields.y = ::core::option::Option::Some(
                ::core::convert::Into::<f64>::into(__value),
            );
            self
        }
        /// Sets `y` from an `Option`: `Some` sets it, `None` leaves it unset.
        #[inline(always)]
        pub fn maybe_y(mut self, __value: ::core::option::Option<f64>) -> Self {
            self.fields.y = __value;
            self
        }
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn label(
            self,
            __value: impl ::core::convert::Into<&'a str>,
        ) -> PointBuilder<'a, __X, ::callback_model::__private::Set, __Marker>
        where
            __Label: ::callback_model::__private::IsUnset<Point<'a>, label>,
        {
            let __value = ::core::convert::Into::<&'a str>::into(__value);
            let mut __fields = self.fields;
            __fields.label = ::core::option::Option::Some(__value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        #[inline(always)]
        pub fn tags(
            mut self,
            __value: impl ::core::convert::Into<[(u8, char); 2]>,
        ) -> Self {
            self.fields.tags = ::core::option::Option::Some(
                ::core::convert::Into::<[(u8, char); 2]>::into(__value),
            );
            self
        }
        /// Sets `tags` from an `Option`: `Some` sets it, `None` leaves it unset.
        #[inline(always)]
        pub fn maybe_tags(
            mut self,
            __value: ::core::option::Option<[(u8, char); 2]>,
        ) -> Self {
            self.fields.tags = __value;
            self
        }
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn marker(
            self,
            __value: impl ::core::convert::Into<PhantomData<*const u8>>,
        ) -> PointBuilder<'a, __X, __Label, ::callback_model::__private::Set>
        where
            __Marker: ::callback_model::__private::IsUnset<Point<'a>, marker>,
        {
            let __value = ::core::convert::Into::<PhantomData<*const u8>>::into(__value);
            let mut __fields = self.fields;
            __fields.marker = ::core::option::Option::Some(__value);
            PointBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Finishes the [`Point`]. Compiles only once every required field is set.
        #[inline(always)]
        pub fn build(self) -> Point<'a>
        where
            __X: ::callback_model::__private::IsSet<Point<'a>, x>,
            __Label: ::callback_model::__private::IsSet<Point<'a>, label>,
            __Marker: ::callback_model::__private::IsSet<Point<'a>, marker>,
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
        /// Finishes the [`Point`] and validates it: a `Valid<Point>` when every rule holds, else every violation.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[inline(always)]
        pub fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Point<'a>>,
            ::callback_model::ValidationErrors,
        >
        where
            __X: ::callback_model::__private::IsSet<Point<'a>, x>,
            __Label: ::callback_model::__private::IsSet<Point<'a>, label>,
            __Marker: ::callback_model::__private::IsSet<Point<'a>, marker>,
            for<'__callback> Point<'a>: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.build())
        }
    }
};
