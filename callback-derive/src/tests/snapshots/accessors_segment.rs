#[automatically_derived]
#[allow(dead_code, clippy::missing_const_for_fn, missing_docs, clippy::doc_markdown)]
impl Segment {
    /// When it began.
    #[inline]
    #[must_use]
    pub fn start_time(&self) -> DateTime<Utc> {
        ::callback_model::__private::copied(&self.start_time)
    }
    /// When it ended.
    #[inline]
    #[must_use]
    pub fn end_time(&self) -> ::core::option::Option<&DateTime<Utc>> {
        ::core::option::Option::as_ref(&self.end_time)
    }
    #[inline]
    #[must_use]
    pub fn r#type(&self) -> ::core::option::Option<&str> {
        ::core::option::Option::as_deref(&self.r#type)
    }
}
