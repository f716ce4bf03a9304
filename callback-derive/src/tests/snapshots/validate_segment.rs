#[automatically_derived]
impl ::callback_model::Validate for Segment {
    fn validate_into(&self, __report: &mut ::callback_model::Report<'_>) {
        {
            if let ::core::option::Option::Some(__value0) = &self.end_time {
                {
                    let __other = ::core::option::Option::Some(&self.start_time);
                    if let ::core::result::Result::Err(__violation) = ::callback_model::rules::not_before(
                        __value0,
                        __other,
                        "startTime",
                    ) {
                        __report.field("end_time", "endTime").push(__violation);
                    }
                }
            }
        }
    }
}
