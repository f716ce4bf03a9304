/// A builder of [`Bag`] values, one field at a time; made by [`Bag::make()`](Bag::make).
///
/// `.finish()` compiles once it has `name`; `extra`.
///
/// The names its compile errors use are in [`bag_builder`].
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub(crate) struct BagBuilder<
    'a,
    T: Clone,
    const N: usize = 2,
    State = (::callback_model::builder::Unset, ::callback_model::builder::Unset),
>
where
    T: Default,
{
    fields: __BagBuilderFields<'a, T, N>,
    state: ::core::marker::PhantomData<fn() -> State>,
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
/// The names [`BagBuilder`](super::BagBuilder)'s compile errors use: an empty type per field they can name ("`Bag` cannot be built without `name`: call `.name(..)` first").
#[allow(non_snake_case, dead_code)]
pub(crate) mod bag_builder {
    /// The field `name` of [`Bag`](super::Bag), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum name {}
    /// The field `extra` of [`Bag`](super::Bag), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum extra {}
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
    impl<'a, T: Clone, const N: usize> Bag<'a, T, N>
    where
        T: Default,
    {
        /// Starts a builder for [`Bag`] with nothing set.
        #[inline(always)]
        pub(crate) fn make() -> BagBuilder<'a, T, N> {
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
    #[cfg(not(all(feature = "extra")))]
    impl<'a, T: Clone, const N: usize> IsSet<Bag<'a, T, N>, bag_builder::extra> for Unset
    where
        T: Default,
    {}
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize, State> ::core::fmt::Debug
    for BagBuilder<'a, T, N, State>
    where
        T: Default,
    {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let mut __out = ::callback_model::__private::DebugBuilder::new(
                __formatter,
                "BagBuilder",
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "name",
                match &(&self.fields).name {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "items",
                match &(&self.fields).items {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "slots",
                match &(&self.fields).slots {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            #[cfg(feature = "extra")]
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "extra",
                match &(&self.fields).extra {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::finish(__out)
        }
    }
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize> ::core::clone::Clone
    for __BagBuilderFields<'a, T, N>
    where
        T: Default,
        for<'__Sc> ::core::option::Option<&'a str>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<Vec<T>>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<[u8; N]>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<u8>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            __BagBuilderFields {
                name: ::core::clone::Clone::clone(&self.name),
                items: ::core::clone::Clone::clone(&self.items),
                slots: ::core::clone::Clone::clone(&self.slots),
                #[cfg(feature = "extra")]
                extra: ::core::clone::Clone::clone(&self.extra),
                __callback_marker: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize, State> ::core::clone::Clone
    for BagBuilder<'a, T, N, State>
    where
        T: Default,
        for<'__Sc> __BagBuilderFields<'a, T, N>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            BagBuilder {
                fields: ::core::clone::Clone::clone(&self.fields),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, T: Clone, const N: usize, State> BagBuilder<'a, T, N, State>
    where
        T: Default,
    {
        #[inline(always)]
        pub(crate) fn items(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<T>>,
        ) -> Self {
            self.fields.items = ::core::option::Option::Some(
                ::core::iter::Iterator::collect::<
                    Vec<T>,
                >(
                    ::core::iter::Iterator::map(
                        ::core::iter::IntoIterator::into_iter(value),
                        ::core::convert::Into::into,
                    ),
                ),
            );
            self
        }
        /// Adds one element to `items`.
        #[inline(always)]
        pub(crate) fn item(mut self, value: impl ::core::convert::Into<T>) -> Self {
            use ::callback_model::__private::ExtendPush as _;
            let value = ::core::convert::Into::<T>::into(value);
            ::callback_model::__private::Pusher(&mut self.fields.items).push(value);
            self
        }
        #[inline(always)]
        pub(crate) fn slots(
            mut self,
            value: impl ::core::convert::Into<[u8; N]>,
        ) -> Self {
            self.fields.slots = ::core::option::Option::Some(
                ::core::convert::Into::<[u8; N]>::into(value),
            );
            self
        }
        /// Sets `slots` from an `Option`: `Some` sets it, `None` unsets it.
        #[inline(always)]
        pub(crate) fn maybe_slots(
            mut self,
            value: ::core::option::Option<[u8; N]>,
        ) -> Self {
            self.fields.slots = value;
            self
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, T: Clone, const N: usize, Name, Extra> BagBuilder<'a, T, N, (Name, Extra)>
    where
        T: Default,
        Name: IsUnset<Bag<'a, T, N>, bag_builder::name>,
    {
        ///
        /// Required: `.finish()` waits for it, and it can be set once.
        #[inline(always)]
        pub(crate) fn name(
            self,
            value: impl ::core::convert::Into<&'a str>,
        ) -> BagBuilder<'a, T, N, (Set, Extra)> {
            let value = ::core::convert::Into::<&'a str>::into(value);
            let mut __fields = self.fields;
            __fields.name = ::core::option::Option::Some(value);
            BagBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<'a, T: Clone, const N: usize, Name, Extra> BagBuilder<'a, T, N, (Name, Extra)>
    where
        T: Default,
        Extra: IsUnset<Bag<'a, T, N>, bag_builder::extra>,
    {
        #[cfg(feature = "extra")]
        ///
        /// Required: `.finish()` waits for it, and it can be set once.
        #[inline(always)]
        pub(crate) fn extra(
            self,
            value: impl Plain<u8>,
        ) -> BagBuilder<'a, T, N, (Name, Set)> {
            let value = Plain::<u8>::into_plain(value);
            let mut __fields = self.fields;
            __fields.extra = ::core::option::Option::Some(value);
            BagBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<'a, T: Clone, const N: usize, Name, Extra> BagBuilder<'a, T, N, (Name, Extra)>
    where
        T: Default,
    {
        /// Finishes the [`Bag`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation).
        #[inline(always)]
        pub(crate) fn finish(self) -> Bag<'a, T, N>
        where
            Name: IsSet<Bag<'a, T, N>, bag_builder::name>,
            Extra: IsSet<Bag<'a, T, N>, bag_builder::extra>,
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
        /// Finishes the [`Bag`] and validates it: a `Valid<Bag>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[allow(clippy::missing_errors_doc)]
        #[inline(always)]
        pub(crate) fn try_finish(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Bag<'a, T, N>>,
            ::callback_model::ValidationErrors,
        >
        where
            Name: IsSet<Bag<'a, T, N>, bag_builder::name>,
            Extra: IsSet<Bag<'a, T, N>, bag_builder::extra>,
            for<'__Sv> Bag<'a, T, N>: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.finish())
        }
    }
};
