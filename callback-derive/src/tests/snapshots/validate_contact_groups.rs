#[automatically_derived]
impl ::callback_model::Validate for Contact {
    fn validate_into(&self, __report: &mut ::callback_model::Report<'_>) {
        {
            if ::core::option::Option::is_none(&self.name) {
                __report.field("name", "name").push(::callback_model::rules::required());
            }
        }
        {
            if let ::core::result::Result::Err(__violation) = ::callback_model::rules::length(
                &self.tags,
                ::core::option::Option::Some(1),
                ::core::option::Option::None,
            ) {
                __report.field("tags", "tags").push(__violation);
            }
        }
        {
            let __present0: bool = ::core::option::Option::is_some(&self.email);
            let __present1: bool = ::core::option::Option::is_some(&self.phone);
            if let ::core::result::Result::Err(__violation) = ::callback_model::rules::at_least_one_of(
                &[__present0, __present1],
                &["email", "phone"],
            ) {
                __report.push(__violation);
            }
        }
        {
            let __present0: bool = ::core::option::Option::is_some(&self.by_email);
            let __present1: bool = ::core::option::Option::is_some(&self.by_phone);
            if let ::core::result::Result::Err(__violation) = ::callback_model::rules::exactly_one_of(
                &[__present0, __present1],
                &["by_email", "by_phone"],
            ) {
                __report.push(__violation);
            }
        }
    }
}
