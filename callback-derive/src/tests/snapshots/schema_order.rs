#[automatically_derived]
impl<T> ::callback_model::schemars::JsonSchema for Order<T>
where
    T: ::callback_model::schemars::JsonSchema,
    for<'__de> Self: ::callback_model::schema::private::serde::Deserialize<'__de>,
{
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Owned(
            ::std::format!(
                "{}_for_{}", "Order", < [::std::borrow::Cow < 'static, str >] > ::join(&
                [< T as ::callback_model::schemars::JsonSchema > ::schema_name()],
                "_and_")
            ),
        )
    }
    fn schema_id() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Owned(
            ::std::format!(
                "{}::{}<{}>", ::core::module_path!(), "Order", < [::std::borrow::Cow <
                'static, str >] > ::join(& [< T as ::callback_model::schemars::JsonSchema
                > ::schema_id()], ", ")
            ),
        )
    }
    fn json_schema(
        __generator: &mut ::callback_model::schemars::SchemaGenerator,
    ) -> ::callback_model::schemars::Schema {
        ::callback_model::schema::private::reads_json::<Self>();
        let mut __object = ::callback_model::schema::private::Object::new(__generator);
        __object
            .property::<
                String,
            >("id", true, "", &[::callback_model::schema::private::Keyword::Uuid]);
        __object
            .property::<
                Vec<Line>,
            >(
                "lines",
                true,
                "",
                &[
                    ::callback_model::schema::private::Keyword::ItemsLength(
                        ::core::option::Option::Some(1u64),
                        ::core::option::Option::Some(50u64),
                    ),
                ],
            );
        __object
            .property::<
                Option<Vec<String>>,
            >(
                "tags",
                false,
                "",
                &[
                    ::callback_model::schema::private::Keyword::Items(
                        &[
                            ::callback_model::schema::private::Keyword::NonBlank,
                            ::callback_model::schema::private::Keyword::TextLength(
                                ::core::option::Option::None,
                                ::core::option::Option::Some(20u64),
                            ),
                            ::callback_model::schema::private::Keyword::Unstated {
                                code: "custom",
                                says: "Checked by `tag_is_known` (rule `custom`, which JSON Schema cannot say; `validate()` checks it).",
                            },
                        ],
                    ),
                ],
            );
        __object
            .property::<
                Option<u8>,
            >(
                "discount",
                false,
                "",
                &[
                    ::callback_model::schema::private::int_bounds(<u8>::MIN, <u8>::MAX),
                    ::callback_model::schema::private::Keyword::Range(
                        ::callback_model::schema::private::int(0i128),
                        ::callback_model::schema::private::number(MAX_DISCOUNT),
                    ),
                ],
            );
        __object.property::<Option<T>>("coupon", false, "", &[]);
        __object.flatten::<Extra>();
        __object
            .group(
                ::callback_model::schema::private::Group::AtMostOne,
                &[
                    ("coupon", ::callback_model::schema::private::Presence::Some),
                    ("discount", ::callback_model::schema::private::Presence::Some),
                ],
            );
        __object
            .unstated(
                "check",
                "Checked as a whole by `totals_match` (rule `check`, which JSON Schema cannot say; `validate()` checks it).",
            );
        __object.finish("An order.", true)
    }
}
