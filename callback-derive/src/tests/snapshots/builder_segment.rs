/// A builder of [`Segment`] values, one field at a time; made by [`Segment::builder()`](Segment::builder).
///
/// `.build()` compiles once it has `start_time`.
///
/// The names its compile errors use are in [`segment_builder`].
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub struct SegmentBuilder<State = ::callback_model::builder::Unset> {
    fields: ::callback_model::__private::BuilderStorage<__SegmentBuilderFields>,
    state: ::core::marker::PhantomData<fn() -> State>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __SegmentBuilderFields {
    start_time: ::core::option::Option<DateTime<Utc>>,
    end_time: Option<DateTime<Utc>>,
    r#type: Option<String>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Segment>,
}
/// The names [`SegmentBuilder`](super::SegmentBuilder)'s compile errors use: an empty type per field they can name ("`Segment` cannot be built without `start_time`: call `.start_time(..)` first").
#[allow(non_snake_case, dead_code)]
pub mod segment_builder {
    /// The field `start_time` of [`Segment`](super::Segment), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum start_time {}
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
    impl Segment {
        /// Starts a builder for [`Segment`] with nothing set.
        #[inline(always)]
        pub fn builder() -> SegmentBuilder {
            SegmentBuilder {
                fields: ::callback_model::__private::BuilderStorage::new(),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl ::callback_model::__private::Empty for __SegmentBuilderFields {
        const EMPTY: Self = __SegmentBuilderFields {
            start_time: ::core::option::Option::None,
            end_time: ::core::option::Option::None,
            r#type: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[automatically_derived]
    impl<State> ::core::fmt::Debug for SegmentBuilder<State> {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let mut __out = ::callback_model::__private::DebugBuilder::new(
                __formatter,
                "SegmentBuilder",
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "start_time",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .start_time
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "end_time",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .end_time
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "type",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .r#type
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::finish(__out)
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for __SegmentBuilderFields
    where
        for<'__Sc> ::core::option::Option<DateTime<Utc>>: ::core::clone::Clone,
        for<'__Sc> Option<DateTime<Utc>>: ::core::clone::Clone,
        for<'__Sc> Option<String>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            __SegmentBuilderFields {
                start_time: ::core::clone::Clone::clone(&self.start_time),
                end_time: ::core::clone::Clone::clone(&self.end_time),
                r#type: ::core::clone::Clone::clone(&self.r#type),
                __callback_marker: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<State> ::core::clone::Clone for SegmentBuilder<State>
    where
        for<'__Sc> __SegmentBuilderFields: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            SegmentBuilder {
                fields: ::core::clone::Clone::clone(&self.fields),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<State> SegmentBuilder<State> {
        /// When it ended.
        #[inline(always)]
        pub fn end_time(
            mut self,
            value: impl ::core::convert::Into<DateTime<Utc>>,
        ) -> Self {
            ::callback_model::__private::BuilderStorage::get(&mut self.fields)
                .end_time = ::core::option::Option::Some(
                ::core::convert::Into::<DateTime<Utc>>::into(value),
            );
            self
        }
        /// Sets `end_time` from an `Option`: `Some` sets it, `None` unsets it.
        #[inline(always)]
        pub fn maybe_end_time(
            mut self,
            value: ::core::option::Option<DateTime<Utc>>,
        ) -> Self {
            ::callback_model::__private::BuilderStorage::get(&mut self.fields)
                .end_time = value;
            self
        }
        #[inline(always)]
        pub fn r#type(mut self, value: impl ::core::convert::Into<String>) -> Self {
            ::callback_model::__private::BuilderStorage::get(&mut self.fields).r#type = ::core::option::Option::Some(
                ::core::convert::Into::<String>::into(value),
            );
            self
        }
        /// Sets `type` from an `Option`: `Some` sets it, `None` unsets it.
        #[inline(always)]
        pub fn maybe_type(mut self, value: ::core::option::Option<String>) -> Self {
            ::callback_model::__private::BuilderStorage::get(&mut self.fields).r#type = value;
            self
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<StartTime> SegmentBuilder<StartTime>
    where
        StartTime: IsUnset<Segment, segment_builder::start_time>,
    {
        /// When it began.
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn start_time(
            self,
            value: impl ::core::convert::Into<DateTime<Utc>>,
        ) -> SegmentBuilder<Set> {
            let value = ::core::convert::Into::<DateTime<Utc>>::into(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).start_time = ::core::option::Option::Some(
                value,
            );
            SegmentBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<StartTime> SegmentBuilder<StartTime> {
        /// Finishes the [`Segment`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation).
        #[inline(always)]
        pub fn build(self) -> Segment
        where
            StartTime: IsSet<Segment, segment_builder::start_time>,
        {
            let __SegmentBuilderFields {
                start_time: __field_start_time,
                end_time: __field_end_time,
                r#type: __field_type,
                ..
            } = ::callback_model::__private::BuilderStorage::into_inner(self.fields);
            Segment {
                start_time: match __field_start_time {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        ::callback_model::__private::unset_required_field()
                    }
                },
                end_time: __field_end_time,
                r#type: __field_type,
            }
        }
        /// Finishes the [`Segment`] and validates it: a `Valid<Segment>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[allow(clippy::missing_errors_doc)]
        #[inline(always)]
        pub fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Segment>,
            ::callback_model::ValidationErrors,
        >
        where
            StartTime: IsSet<Segment, segment_builder::start_time>,
            for<'__Sv> Segment: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.build())
        }
    }
};
