//! The judge of agreement (with the `schema` feature): a JSON Schema validator nobody
//! here wrote (the `jsonschema` crate, draft 2020-12, formats asserted) over a type's
//! schema, beside what `Valid<T>` says of the same document.

use callback_model::schema::json_schema;
use callback_model::schemars::JsonSchema;
use callback_model::{Valid, Validate, json};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A schema and a validator of it.
pub struct Judge {
    /// The schema, as `json_schema` gives it.
    pub schema: Value,
    /// Draft 2020-12, formats asserted.
    pub validator: jsonschema::Validator,
}

impl Judge {
    /// The judge of `T`'s schema.
    ///
    /// # Panics
    ///
    /// When the schema does not compile: a bug of the derive.
    #[must_use]
    pub fn of<T: JsonSchema>() -> Judge {
        Judge::of_schema(json_schema::<T>())
    }

    /// The judge of `schema`.
    ///
    /// # Panics
    ///
    /// When the schema does not compile.
    #[must_use]
    pub fn of_schema(schema: Value) -> Judge {
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|error| panic!("the schema does not compile: {error}\n{schema}"));
        Judge { schema, validator }
    }

    /// The validator's first few complaints, for a failure message.
    #[must_use]
    pub fn complaints(&self, document: &Value) -> String {
        let errors: Vec<String> =
            self.validator.iter_errors(document).take(3).map(|e| format!("{}: {e}", e.instance_path())).collect();
        errors.join("; ")
    }
}

/// `(the schema of T accepts document, Valid<T> accepts it)`.
#[must_use]
pub fn judged<T: JsonSchema + DeserializeOwned + Validate>(document: &Value) -> (bool, bool) {
    (Judge::of::<T>().validator.is_valid(document), json::from_str::<Valid<T>>(&document.to_string()).is_ok())
}
