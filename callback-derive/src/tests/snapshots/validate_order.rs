#[automatically_derived]
impl ::callback_model::Validate for Order {
    fn validate_into(&self, __report: &mut ::callback_model::Report<'_>) {
        {
            if ::core::option::Option::is_none(&self.id) {
                __report.field("id", "id").push(::callback_model::rules::required());
            }
            if let ::core::option::Option::Some(__value0) = &self.id {
                if let ::core::result::Result::Err(__violation) = ::callback_model::rules::uuid(
                    __value0,
                ) {
                    __report.field("id", "id").push(__violation.with_code("bad_id"));
                }
            }
        }
        {
            if let ::core::result::Result::Err(__violation) = ::callback_model::rules::length(
                &self.lines,
                ::core::option::Option::Some(1),
                ::core::option::Option::Some(50),
            ) {
                __report.field("lines", "lines").push(__violation);
            }
            for (__index0, __element0) in ::core::iter::Iterator::enumerate(
                ::core::iter::IntoIterator::into_iter(&self.lines),
            ) {
                ::callback_model::Validate::validate_into(
                    __element0,
                    &mut __report.field("lines", "lines").index(__index0),
                );
            }
        }
        {
            if let ::core::option::Option::Some(__value0) = &self.tags {
                for (__index1, __element1) in ::core::iter::Iterator::enumerate(
                    ::core::iter::IntoIterator::into_iter(__value0),
                ) {
                    if let ::core::result::Result::Err(__violation) = ::callback_model::rules::non_blank(
                        __element1,
                    ) {
                        __report
                            .field("tags", "tags")
                            .index(__index1)
                            .push(__violation.with_message("bad tag"));
                    }
                    if let ::core::result::Result::Err(__violation) = ::callback_model::rules::length(
                        __element1,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(20),
                    ) {
                        __report
                            .field("tags", "tags")
                            .index(__index1)
                            .push(__violation.with_message("bad tag"));
                    }
                }
            }
        }
        {
            {
                let __min = ::core::option::Option::Some(0.0);
                let __max = ::core::option::Option::Some(1.0);
                if let ::core::result::Result::Err(__violation) = ::callback_model::rules::range(
                    &self.discount,
                    __min,
                    __max,
                ) {
                    __report.field("discount", "discount").push(__violation);
                }
            }
        }
        ::callback_model::__private::check(totals_match, self, __report);
    }
}
