::core::compile_error! {
    "unknown key `defualt` in `#[builder(...)]`; did you mean `default`?\n  the keys are: `default`, `each`"
}
/// A builder of [`Typo`] values, one field at a time; made by [`Typo::builder()`](Typo::builder).
///
/// `.build()` compiles once it has `count`.
///
/// The names its compile errors use are in [`typo_builder`].
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
struct TypoBuilder<State = ::callback_model::builder::Unset> {
    fields: __TypoBuilderFields,
    state: ::core::marker::PhantomData<fn() -> State>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __TypoBuilderFields {
    count: ::core::option::Option<u32>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Typo>,
}
/// The names [`TypoBuilder`](super::TypoBuilder)'s compile errors use: an empty type per field they can name ("`Typo` cannot be built without `count`: call `.count(..)` first").
#[allow(non_snake_case, dead_code)]
mod typo_builder {
    /// The field `count` of [`Typo`](super::Typo), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum count {}
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
    impl Typo {
        /// Starts a builder for [`Typo`] with nothing set.
        #[inline(always)]
        fn builder() -> TypoBuilder {
            TypoBuilder {
                fields: <__TypoBuilderFields as ::callback_model::__private::Empty>::EMPTY,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl ::callback_model::__private::Empty for __TypoBuilderFields {
        const EMPTY: Self = __TypoBuilderFields {
            count: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[automatically_derived]
    impl<State> ::core::fmt::Debug for TypoBuilder<State> {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let mut __out = ::callback_model::__private::DebugBuilder::new(
                __formatter,
                "TypoBuilder",
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "count",
                match &(&self.fields).count {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::finish(__out)
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for __TypoBuilderFields
    where
        for<'__Sc> ::core::option::Option<u32>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            __TypoBuilderFields {
                count: ::core::clone::Clone::clone(&self.count),
                __callback_marker: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<State> ::core::clone::Clone for TypoBuilder<State>
    where
        for<'__Sc> __TypoBuilderFields: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            TypoBuilder {
                fields: ::core::clone::Clone::clone(&self.fields),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<Count> TypoBuilder<Count>
    where
        Count: IsUnset<Typo, typo_builder::count>,
    {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        fn count(self, value: impl Plain<u32>) -> TypoBuilder<Set> {
            let value = Plain::<u32>::into_plain(value);
            let mut __fields = self.fields;
            __fields.count = ::core::option::Option::Some(value);
            TypoBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<Count> TypoBuilder<Count> {
        /// Finishes the [`Typo`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation).
        #[inline(always)]
        fn build(self) -> Typo
        where
            Count: IsSet<Typo, typo_builder::count>,
        {
            let __TypoBuilderFields { count: __field_count, .. } = self.fields;
            Typo {
                count: match __field_count {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
            }
        }
        /// Finishes the [`Typo`] and validates it: a `Valid<Typo>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[allow(clippy::missing_errors_doc)]
        #[inline(always)]
        fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Typo>,
            ::callback_model::ValidationErrors,
        >
        where
            Count: IsSet<Typo, typo_builder::count>,
            for<'__Sv> Typo: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.build())
        }
    }
};
