/// A builder of [`Contact`] values, one field at a time; made by [`Contact::builder()`](Contact::builder).
///
/// `.build()` compiles once it has `name`; an element of `tags`; one of `email`, `phone`; one of `by_email`, `by_phone`.
///
/// The names its compile errors use are in [`contact_builder`].
#[must_use = "a builder does nothing until it is finished"]
#[allow(non_camel_case_types)]
pub struct ContactBuilder<
    State
        = (
            (::callback_model::builder::Unset, ::callback_model::builder::Unset),
            (
                (::callback_model::builder::Unset, ::callback_model::builder::Unset),
                ::callback_model::builder::Unset,
            ),
        ),
> {
    fields: ::callback_model::__private::BuilderStorage<__ContactBuilderFields>,
    state: ::core::marker::PhantomData<fn() -> State>,
}
#[doc(hidden)]
#[allow(non_camel_case_types, dead_code)]
struct __ContactBuilderFields {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    by_email: Option<bool>,
    by_phone: Option<bool>,
    tags: ::core::option::Option<Vec<String>>,
    __callback_marker: ::core::marker::PhantomData<fn() -> Contact>,
}
/// The names [`ContactBuilder`](super::ContactBuilder)'s compile errors use: an empty type per field they can name ("`Contact` cannot be built without `name`: call `.name(..)` first").
#[allow(non_snake_case, dead_code)]
pub mod contact_builder {
    /// The field `name` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum name {}
    /// The field `email` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum email {}
    /// The field `phone` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum phone {}
    /// The field `by_email` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum by_email {}
    /// The field `by_phone` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum by_phone {}
    /// The field `tags` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum tags {}
    /// The setter that adds an element to `tags` of [`Contact`](super::Contact), as the builder's messages name it.
    #[allow(non_camel_case_types)]
    pub enum tag {}
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
    impl Contact {
        /// Starts a builder for [`Contact`] with nothing set.
        #[inline(always)]
        pub fn builder() -> ContactBuilder {
            ContactBuilder {
                fields: ::callback_model::__private::BuilderStorage::new(),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl ::callback_model::__private::Empty for __ContactBuilderFields {
        const EMPTY: Self = __ContactBuilderFields {
            name: ::core::option::Option::None,
            email: ::core::option::Option::None,
            phone: ::core::option::Option::None,
            by_email: ::core::option::Option::None,
            by_phone: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            __callback_marker: ::core::marker::PhantomData,
        };
    }
    #[automatically_derived]
    impl<State> ::core::fmt::Debug for ContactBuilder<State> {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            let mut __out = ::callback_model::__private::DebugBuilder::new(
                __formatter,
                "ContactBuilder",
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "name",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .name
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "email",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .email
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "phone",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .phone
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "by_email",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .by_email
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "by_phone",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .by_phone
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::field(
                &mut __out,
                "tags",
                match &::callback_model::__private::BuilderStorage::get_ref(&self.fields)
                    .tags
                {
                    ::core::option::Option::Some(_) => true,
                    ::core::option::Option::None => false,
                },
            );
            ::callback_model::__private::DebugBuilder::finish(__out)
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for __ContactBuilderFields
    where
        for<'__Sc> Option<String>: ::core::clone::Clone,
        for<'__Sc> Option<String>: ::core::clone::Clone,
        for<'__Sc> Option<String>: ::core::clone::Clone,
        for<'__Sc> Option<bool>: ::core::clone::Clone,
        for<'__Sc> Option<bool>: ::core::clone::Clone,
        for<'__Sc> ::core::option::Option<Vec<String>>: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            __ContactBuilderFields {
                name: ::core::clone::Clone::clone(&self.name),
                email: ::core::clone::Clone::clone(&self.email),
                phone: ::core::clone::Clone::clone(&self.phone),
                by_email: ::core::clone::Clone::clone(&self.by_email),
                by_phone: ::core::clone::Clone::clone(&self.by_phone),
                tags: ::core::clone::Clone::clone(&self.tags),
                __callback_marker: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<State> ::core::clone::Clone for ContactBuilder<State>
    where
        for<'__Sc> __ContactBuilderFields: ::core::clone::Clone,
    {
        fn clone(&self) -> Self {
            ContactBuilder {
                fields: ::core::clone::Clone::clone(&self.fields),
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        Name,
        Tags,
        EmailOrPhoneToByEmailOrByPhone,
    > ContactBuilder<((Name, Tags), EmailOrPhoneToByEmailOrByPhone)>
    where
        Name: IsUnset<Contact, contact_builder::name>,
    {
        ///
        /// Required: `.build()` waits for it, and it can be set once.
        #[inline(always)]
        pub fn name(
            self,
            value: impl ::core::convert::Into<String>,
        ) -> ContactBuilder<((Set, Tags), EmailOrPhoneToByEmailOrByPhone)> {
            let value = ::core::convert::Into::<String>::into(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).name = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        NameToTags,
        EmailOrPhone0,
        EmailOrPhone1,
        ByEmailOrByPhone,
    > ContactBuilder<(NameToTags, ((EmailOrPhone0, EmailOrPhone1), ByEmailOrByPhone))> {
        ///
        /// `.build()` may wait for it; see the builder's documentation.
        #[inline(always)]
        pub fn email(
            self,
            value: impl ::core::convert::Into<String>,
        ) -> ContactBuilder<(NameToTags, ((Set, EmailOrPhone1), ByEmailOrByPhone))> {
            let value = ::core::convert::Into::<String>::into(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).email = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Sets `email` from an `Option`: `Some` sets it, `None` unsets it.
        /// A run-time value: it does not count for what `.build()` waits for (`.try_build()` checks it).
        #[inline(always)]
        pub fn maybe_email(
            self,
            value: ::core::option::Option<String>,
        ) -> ContactBuilder<
            (NameToTags, ((EmailOrPhone0, EmailOrPhone1), ByEmailOrByPhone)),
        >
        where
            EmailOrPhone0: MayClear<Contact, contact_builder::email>,
        {
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).email = value;
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        NameToTags,
        EmailOrPhone0,
        EmailOrPhone1,
        ByEmailOrByPhone,
    > ContactBuilder<(NameToTags, ((EmailOrPhone0, EmailOrPhone1), ByEmailOrByPhone))> {
        ///
        /// `.build()` may wait for it; see the builder's documentation.
        #[inline(always)]
        pub fn phone(
            self,
            value: impl ::core::convert::Into<String>,
        ) -> ContactBuilder<(NameToTags, ((EmailOrPhone0, Set), ByEmailOrByPhone))> {
            let value = ::core::convert::Into::<String>::into(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).phone = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Sets `phone` from an `Option`: `Some` sets it, `None` unsets it.
        /// A run-time value: it does not count for what `.build()` waits for (`.try_build()` checks it).
        #[inline(always)]
        pub fn maybe_phone(
            self,
            value: ::core::option::Option<String>,
        ) -> ContactBuilder<
            (NameToTags, ((EmailOrPhone0, EmailOrPhone1), ByEmailOrByPhone)),
        >
        where
            EmailOrPhone1: MayClear<Contact, contact_builder::phone>,
        {
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).phone = value;
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        NameToTags,
        EmailOrPhone,
        ByEmailOrByPhone,
    > ContactBuilder<(NameToTags, (EmailOrPhone, ByEmailOrByPhone))>
    where
        ByEmailOrByPhone: MaySet<Contact, contact_builder::by_email>,
    {
        ///
        /// `.build()` may wait for it; see the builder's documentation.
        #[inline(always)]
        pub fn by_email(
            self,
            value: impl Plain<bool>,
        ) -> ContactBuilder<
            (NameToTags, (EmailOrPhone, Proven<contact_builder::by_email, 0usize>)),
        > {
            let value = Plain::<bool>::into_plain(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).by_email = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Sets `by_email` from an `Option`: `Some` sets it, `None` unsets it.
        /// A run-time value: it does not count for what `.build()` waits for (`.try_build()` checks it).
        #[inline(always)]
        pub fn maybe_by_email(
            self,
            value: ::core::option::Option<bool>,
        ) -> ContactBuilder<
            (NameToTags, (EmailOrPhone, Maybe<contact_builder::by_email>)),
        >
        where
            ByEmailOrByPhone: MayChoose<Contact, contact_builder::by_email>,
        {
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).by_email = value;
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        NameToTags,
        EmailOrPhone,
        ByEmailOrByPhone,
    > ContactBuilder<(NameToTags, (EmailOrPhone, ByEmailOrByPhone))>
    where
        ByEmailOrByPhone: MaySet<Contact, contact_builder::by_phone>,
    {
        ///
        /// `.build()` may wait for it; see the builder's documentation.
        #[inline(always)]
        pub fn by_phone(
            self,
            value: impl Plain<bool>,
        ) -> ContactBuilder<
            (NameToTags, (EmailOrPhone, Proven<contact_builder::by_phone, 1usize>)),
        > {
            let value = Plain::<bool>::into_plain(value);
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).by_phone = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Sets `by_phone` from an `Option`: `Some` sets it, `None` unsets it.
        /// A run-time value: it does not count for what `.build()` waits for (`.try_build()` checks it).
        #[inline(always)]
        pub fn maybe_by_phone(
            self,
            value: ::core::option::Option<bool>,
        ) -> ContactBuilder<
            (NameToTags, (EmailOrPhone, Maybe<contact_builder::by_phone>)),
        >
        where
            ByEmailOrByPhone: MayChoose<Contact, contact_builder::by_phone>,
        {
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).by_phone = value;
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types, missing_docs, clippy::doc_markdown)]
    impl<
        Name,
        Tags,
        EmailOrPhoneToByEmailOrByPhone,
    > ContactBuilder<((Name, Tags), EmailOrPhoneToByEmailOrByPhone)> {
        ///
        /// `.build()` may wait for it; see the builder's documentation.
        #[inline(always)]
        pub fn tags(
            self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<String>,
            >,
        ) -> ContactBuilder<((Name, Tags), EmailOrPhoneToByEmailOrByPhone)>
        where
            Tags: NotPushed<Contact, contact_builder::tags>,
        {
            let value = ::core::iter::Iterator::collect::<
                Vec<String>,
            >(
                ::core::iter::Iterator::map(
                    ::core::iter::IntoIterator::into_iter(value),
                    ::core::convert::Into::into,
                ),
            );
            let mut __fields = self.fields;
            ::callback_model::__private::BuilderStorage::get(&mut __fields).tags = ::core::option::Option::Some(
                value,
            );
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
        /// Adds one element to `tags`.
        #[inline(always)]
        pub fn tag(
            self,
            value: impl ::core::convert::Into<String>,
        ) -> ContactBuilder<((Name, Set), EmailOrPhoneToByEmailOrByPhone)> {
            use ::callback_model::__private::ExtendPush as _;
            let value = ::core::convert::Into::<String>::into(value);
            let mut __fields = self.fields;
            ::callback_model::__private::Pusher(
                    &mut ::callback_model::__private::BuilderStorage::get(&mut __fields)
                        .tags,
                )
                .push(value);
            ContactBuilder {
                fields: __fields,
                state: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    #[allow(dead_code, non_camel_case_types)]
    impl<
        Name,
        Tags,
        EmailOrPhone,
        ByEmailOrByPhone,
    > ContactBuilder<((Name, Tags), (EmailOrPhone, ByEmailOrByPhone))> {
        /// Finishes the [`Contact`]. Compiles only once every required field is set, and every rule the builder proves holds (see the builder's documentation).
        #[inline(always)]
        pub fn build(self) -> Contact
        where
            Name: IsSet<Contact, contact_builder::name>,
            Tags: HasItem<Contact, contact_builder::tags, contact_builder::tag>,
            EmailOrPhone: OneOf2<
                Contact,
                contact_builder::email,
                contact_builder::phone,
            >,
            ByEmailOrByPhone: OneOf2<
                Contact,
                contact_builder::by_email,
                contact_builder::by_phone,
            >,
        {
            self.__callback_finish()
        }
        /// Finishes the [`Contact`] and validates it: a `Valid<Contact>` when every rule holds, else every violation. Compiles once the required fields are set: values set from `Option`s or whole lists are checked here, when it runs.
        ///
        /// # Errors
        ///
        /// Every violation, when a rule does not hold.
        #[allow(clippy::missing_errors_doc)]
        #[inline(always)]
        pub fn try_build(
            self,
        ) -> ::core::result::Result<
            ::callback_model::Valid<Contact>,
            ::callback_model::ValidationErrors,
        >
        where
            for<'__Sv> Contact: ::callback_model::Validate,
        {
            ::callback_model::Valid::new(self.__callback_finish())
        }
        #[doc(hidden)]
        #[inline(always)]
        pub fn __callback_finish(self) -> Contact {
            let __ContactBuilderFields {
                name: __field_name,
                email: __field_email,
                phone: __field_phone,
                by_email: __field_by_email,
                by_phone: __field_by_phone,
                tags: __field_tags,
                ..
            } = ::callback_model::__private::BuilderStorage::into_inner(self.fields);
            Contact {
                name: __field_name,
                email: __field_email,
                phone: __field_phone,
                by_email: __field_by_email,
                by_phone: __field_by_phone,
                tags: ::core::option::Option::unwrap_or_default(__field_tags),
            }
        }
    }
};
