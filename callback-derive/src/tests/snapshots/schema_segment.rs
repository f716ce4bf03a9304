#[automatically_derived]
impl ::callback_model::schemars::JsonSchema for Segment {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("Segment")
    }
    fn schema_id() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed(
            ::core::concat!(::core::module_path!(), "::", "Segment"),
        )
    }
    fn json_schema(
        __generator: &mut ::callback_model::schemars::SchemaGenerator,
    ) -> ::callback_model::schemars::Schema {
        ::callback_model::schema::private::reads_json::<Self>();
        let mut __object = ::callback_model::schema::private::Object::new(__generator);
        __object
            .property::<
                DateTime<Utc>,
            >(
                "startTime",
                !::callback_model::schema::private::absent_when_missing::<
                    DateTime<Utc>,
                >(),
                "When it began.",
                &[],
            );
        __object
            .property::<
                Option<DateTime<Utc>>,
            >(
                "endTime",
                false,
                "When it ended.",
                &[
                    ::callback_model::schema::private::Keyword::Unstated {
                        code: "not_before",
                        says: "Must not be before `startTime` (rule `not_before`, which JSON Schema cannot say; `validate()` checks it).",
                    },
                ],
            );
        __object.property::<Option<String>>("type", false, "", &[]);
        __object.finish("A stretch of a timeline.", false)
    }
}
