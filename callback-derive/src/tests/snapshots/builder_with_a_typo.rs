::core::compile_error! {
    "unknown key `defualt` in `#[builder(...)]`; did you mean `default`?\n  the keys are: `default`, `each`"
}
/// Builds a [`Typo`] one field at a time; made by [`Typo::builder()`](Typo::builder).
///
/// Required fields: `count`. `.build()` compiles once each of them is set.
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
struct TypoBuilder<__Count = ::callback_model::__private::Unset> {
    fields: ::core::mem::ManuallyDrop<__TypoBuilderFields>,
    state: ::core::marker::PhantomData<fn() -> (__Count,)>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __TypoBuilderFields {
    count: ::core::option::Option<u32>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Typo>,
}
const _: () = {
    #[automatically_derived]
    #[allow(dead_code)]
    impl Typo {
        /// Starts a builder for [`Typo`] with nothing set.
        #[inline(always)]
        fn builder() -> TypoBuilder<::callback_model::__private::Unset> {
            TypoBuilder {
                fields: ::core::mem::ManuallyDrop::new(<__TypoBuilderFields>::EMPTY),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl __TypoBuilderFields {
        const EMPTY: Self = __TypoBuilderFields {
            count: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[automatically_derived]
    impl<__Count> ::core::ops::Drop for TypoBuilder<__Count> {
        #[inline(always)]
        fn drop(&mut self) {
            ::callback_model::__private::drop_storage(
                &mut self.fields,
                <__TypoBuilderFields>::EMPTY,
            );
        }
    }
    #[allow(non_camel_case_types)]
    pub enum count {}
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<__Count> TypoBuilder<__Count> {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        fn count(
            self,
            __value: impl ::core::convert::Into<u32>,
        ) -> TypoBuilder<::callback_model::__private::Set>
        where
            __Count: ::callback_model::__private::IsUnset<Typo, count>,
        {
            let __value = ::core::convert::Into::<u32>::into(__value);
            let mut __this = ::core::mem::ManuallyDrop::new(self);
            let mut __fields = ::callback_model::__private::take(
                &mut __this.fields,
                <__TypoBuilderFields>::EMPTY,
            );
            __fields.count = ::core::option::Option::Some(__value);
            TypoBuilder {
                fields: ::core::mem::ManuallyDrop::new(__fields),
                state: ::core::marker::PhantomData,
            }
        }
        /// Finishes the [`Typo`]. Compiles only once every required field is set.
        #[inline(always)]
        fn build(self) -> Typo
        where
            __Count: ::callback_model::__private::IsSet<Typo, count>,
        {
            let mut __this = ::core::mem::ManuallyDrop::new(self);
            let __TypoBuilderFields { count: __field_count, .. } = ::callback_model::__private::take(
                &mut __this.fields,
                <__TypoBuilderFields>::EMPTY,
            );
            Typo {
                count: match __field_count {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
            }
        }
        /// Finishes the [`Typo`] and validates it: a `Valid<Typo>` when every rule holds, else every violation.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[inline(always)]
        fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Typo>,
            ::callback_model::ValidationErrors,
        >
        where
            __Count: ::callback_model::__private::IsSet<Typo, count>,
            for<'__callback> Typo: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.build())
        }
    }
};
