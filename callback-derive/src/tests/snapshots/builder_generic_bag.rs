/// Builds a [`Bag`] one field at a time; made by [`Bag::make()`](Bag::make).
///
/// Required fields: `name`, `extra`. `.finish()` compiles once each of them is set.
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub(crate) struct BagBuilder<
    'a,
    T: Clone,
    const N: usize = 2,
    __Name = ::callback_model::__private::Unset,
    __Extra = ::callback_model::__private::Unset,
>
where
    T: Default,
{
    fields: __BagBuilderFields<'a, T, N>,
    state: ::core::marker::PhantomData<fn() -> (__Name, __Extra)>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __BagBuilderFields<'a, T: Clone, const N: usize = 2>
where
    T: Default,
{
    name: ::core::option::Option<&'a str>,
    items: ::core::option::Option<Vec<T>>,
    slots: ::core::option::Option<[u8; N]>,
    #[cfg(feature = "extra")]
    extra: ::core::option::Option<u8>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Bag<'a, T, N>>,
}
const _: () = {
    #[automatically_derived]
    #[allow(dead_code)]
    impl<'a, T: Clone, const N: usize> Bag<'a, T, N>
    where
        T: Default,
    {
        /// Starts a builder for [`Bag`] with nothing set.
        #[inline(always)]
        pub(crate) fn make() -> BagBuilder<
            'a,
            T,
            N,
            ::callback_model::__private::Unset,
            ::callback_model::__private::Unset,
        > {
            BagBuilder {
                fields: <__BagBuilderFields<
                    'a,
                    T,
                    N,
                > as ::callback_model::__private::Empty>::EMPTY,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize> ::callback_model::__private::Empty
    for __BagBuilderFields<'a, T, N>
    where
        T: Default,
    {
        const EMPTY: Self = __BagBuilderFields {
            name: ::core::option::Option::None,
            items: ::core::option::Option::None,
            slots: ::core::option::Option::None,
            #[cfg(feature = "extra")]
            extra: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[allow(non_camel_case_types)]
    pub enum name {}
    #[allow(non_camel_case_types)]
    pub enum extra {}
    #[cfg(not(all(feature = "extra")))]
    impl<
        'a,
        T: Clone,
        const N: usize,
    > ::callback_model::__private::IsSet<Bag<'a, T, N>, extra>
    for ::callback_model::__private::Unset
    where
        T: Default,
    {}
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<
        'a,
        T: Clone,
        const N: usize,
        __Name,
        __Extra,
    > BagBuilder<'a, T, N, __Name, __Extra>
    where
        T: Default,
    {
        ///
        /// Required: `.finish()` waits for it, and it can be set once.
        #[inline(always)]
        pub(crate) fn name(
            self,
            __value: impl ::core::convert::Into<&'a str>,
        ) -> BagBuilder<'a, T, N, ::callback_model::__private::Set, __Extra>
        where
            __Name: ::callback_model::__private::IsUnset<Bag<'a, T, N>, name>,
        {
            let __value = ::core::convert::Into::<&'a str>::into(__value);
            let mut __fields = self.fields;
            __fields.name = ::core::option::Option::Some(__value);
            BagBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        #[inline(always)]
        pub(crate) fn items(
            mut self,
            __value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<T>,
            >,
        ) -> Self {
            self.fields.items = ::core::option::Option::Some(
                ::core::iter::Iterator::collect::<
                    Vec<T>,
                >(
                    ::core::iter::Iterator::map(
                        ::core::iter::IntoIterator::into_iter(__value),
                        ::core::convert::Into::into,
                    ),
                ),
            );
            self
        }
        /// Adds one element to `items`.
        #[inline(always)]
        pub(crate) fn item(mut self, __value: impl ::core::convert::Into<T>) -> Self {
            use ::callback_model::__private::ExtendPush as _;
            let __value = ::core::convert::Into::<T>::into(__value);
            ::callback_model::__private::Pusher(&mut self.fields.items).push(__value);
            self
        }
        #[inline(always)]
        pub(crate) fn slots(
            mut self,
            __value: impl ::core::convert::Into<[u8; N]>,
        ) -> Self {
            self.fields.slots = ::core::option::Option::Some(
                ::core::convert::Into::<[u8; N]>::into(__value),
            );
            self
        }
        /// Sets `slots` from an `Option`: `Some` sets it, `None` leaves it unset.
        #[inline(always)]
        pub(crate) fn maybe_slots(
            mut self,
            __value: ::core::option::Option<[u8; N]>,
        ) -> Self {
            self.fields.slots = __value;
            self
        }
        #[cfg(feature = "extra")]
        ///
        /// Required: `.finish()` waits for it, and it can be set once.
        #[inline(always)]
        pub(crate) fn extra(
            self,
            __value: impl ::core::convert::Into<u8>,
        ) -> BagBuilder<'a, T, N, __Name, ::callback_model::__private::Set>
        where
            __Extra: ::callback_model::__private::IsUnset<Bag<'a, T, N>, extra>,
        {
            let __value = ::core::convert::Into::<u8>::into(__value);
            let mut __fields = self.fields;
            __fields.extra = ::core::option::Option::Some(__value);
            BagBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Finishes the [`Bag`]. Compiles only once every required field is set.
        #[inline(always)]
        pub(crate) fn finish(self) -> Bag<'a, T, N>
        where
            __Name: ::callback_model::__private::IsSet<Bag<'a, T, N>, name>,
            __Extra: ::callback_model::__private::IsSet<Bag<'a, T, N>, extra>,
        {
            let __BagBuilderFields {
                name: __field_name,
                items: __field_items,
                slots: __field_slots,
                #[cfg(feature = "extra")]
                extra: __field_extra,
                ..
            } = self.fields;
            let __field_slots: [u8; N] = match __field_slots {
                ::core::option::Option::Some(__value) => __value,
                ::core::option::Option::None => {
                    ::core::convert::identity::<[u8; N]>([0; N])
                }
            };
            Bag {
                name: match __field_name {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
                items: ::core::option::Option::unwrap_or_default(__field_items),
                slots: __field_slots,
                #[cfg(feature = "extra")]
                extra: match __field_extra {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
            }
        }
        /// Finishes the [`Bag`] and validates it: a `Valid<Bag>` when every rule holds, else every violation.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[inline(always)]
        pub(crate) fn try_finish(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Bag<'a, T, N>>,
            ::callback_model::ValidationErrors,
        >
        where
            __Name: ::callback_model::__private::IsSet<Bag<'a, T, N>, name>,
            __Extra: ::callback_model::__private::IsSet<Bag<'a, T, N>, extra>,
            for<'__callback> Bag<'a, T, N>: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.finish())
        }
    }
};
