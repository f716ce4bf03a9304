#!/usr/bin/env python3
"""Writes the crates the compile-time benchmark builds, under generated/.

Two families of crates, each crate a member of this (separate) Cargo workspace:

* the matrix, after bon's `benchmarks/compilation`: S structs of F `i32` fields, for
  every size (10 x 50, 100 x 10), shape (all required, all optional, mixed 1:4) and
  stack (no macro, our `Builder`, our three derives, bon, typed-builder,
  derive_builder). Every struct is also built once, every setter called, so the
  measurement includes using the builder, not only defining it.
* the wide shape (issue 17): ONE struct of N `String` fields (N = 50, 100, 200; size
  `wide50`, `wide100`, `wide200`), all required or all optional, in five stacks (no
  macro, our `Builder`, bon, typed-builder, derive_builder), built by one chain of N
  setters in one function `make()`. Each such crate also has an example
  (`<crate>-stack`, not built by `cargo build -p`) that calls `make()` on a thread of a
  given stack size, for run.sh's stack search.
* the model: the six model types (Callback, Segment, DialerPreview,
  PhoneNumberColumn, Voicemail, Wrapup) with plain std / chrono field types, in six
  stacks: plain (no derive at all), serde only, our three derives + serde, and
  bon + garde + getset + serde; and, for the JSON Schema, our three derives + our
  `Schema` + serde (callback-model's `schema` feature), and serde only + schemars'
  own `JsonSchema` derive. Every stack validates the same rules and builds the same
  value; the two schema stacks also make the schema of `Callback`.

Files are written only when their text changes, so re-running the generator keeps
the build caches. Output is deterministic: the committed Cargo.lock lists the crates
made with the default arguments.

Usage: python3 gen.py [--sizes 10x50,100x10,wide50,wide100,wide200]
                      [--shapes required,optional,mixed]
                      [--stacks none,ours,ours3,bon,typed_builder,derive_builder]
                      [--model-stacks plain,serde,ours,bon_garde_getset,ours_schema,serde_schemars]
                      [--no-matrix] [--no-model] [--prune]
The default sizes are 10x50 and 100x10 (the wide ones are opt-in: they are slow to
build). The wide sizes take the shapes required and optional and the stacks other than
ours3; a combination they do not take is skipped.
Prints the matrix crate names (wide ones included), one a line, then the model crate
names, prefixed "model ", unless --no-model.
"""

import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated")

STACKS = ["none", "ours", "ours3", "bon", "typed_builder", "derive_builder"]
SHAPES = ["required", "optional", "mixed", "groups"]
# The shape with group rules exists for our stacks only (the others have no groups):
# every field optional, and 10 `at_least_one_of` pairs over x1..x20, so that
# `.build()` waits for 10 leaves, as it waits for 10 required fields in `mixed`.
GROUP_STACKS = ["ours", "ours3"]
GROUPS = 10
SIZES = [(10, 50), (100, 10)]
# The wide shape (issue 17): one struct of N `String` fields, built by one chain of N
# setters. Opt-in (`--sizes wide50,wide100,wide200`), not in the default sizes.
WIDE_SIZES = [50, 100, 200]
WIDE_SHAPES = ["required", "optional"]
WIDE_STACKS = ["none", "ours", "bon", "typed_builder", "derive_builder"]
MODEL_STACKS = ["plain", "serde", "ours", "bon_garde_getset", "ours_schema", "serde_schemars"]

# The dependency lines each stack's crate gets; versions are pinned once, in the
# workspace manifest.
MATRIX_DEPS = {
    "none": [],
    "ours": ["callback-model.workspace = true"],
    "ours3": ["callback-model.workspace = true"],
    "bon": ["bon.workspace = true"],
    "typed_builder": ["typed-builder.workspace = true"],
    "derive_builder": ["derive_builder.workspace = true"],
}
# Every model stack uses callback-model's plain rule functions (`rules::is_uuid`, ...)
# so all of them run the same checks; only the glue differs.
MODEL_DEPS = {
    "plain": ["callback-model.workspace = true", "chrono.workspace = true"],
    "serde": ["callback-model.workspace = true", "chrono.workspace = true", "serde.workspace = true"],
    "ours": ["callback-model.workspace = true", "chrono.workspace = true", "serde.workspace = true"],
    "bon_garde_getset": [
        "callback-model.workspace = true",
        "chrono.workspace = true",
        "serde.workspace = true",
        "bon.workspace = true",
        "garde.workspace = true",
        "getset.workspace = true",
    ],
    # `ours` + `#[derive(Schema)]`, which callback-model's `schema` feature turns on
    # (schemars comes through callback-model, re-exported as `callback_model::schemars`).
    "ours_schema": [
        'callback-model = { workspace = true, features = ["schema"] }',
        "chrono.workspace = true",
        "serde.workspace = true",
    ],
    # `serde` + schemars' own derive (features `derive` and `chrono04`).
    "serde_schemars": [
        "callback-model.workspace = true",
        "chrono.workspace = true",
        "serde.workspace = true",
        "schemars.workspace = true",
    ],
}

HEADER = """\
// Generated by tests/compile-bench/gen.py; do not edit.
#![allow(dead_code, unused_imports, clippy::all)]
"""


def crate_name(stack, size, shape):
    s, f = size
    return f"cb-{stack.replace('_', '-')}-{s}x{f}-{shape}"


def wide_crate_name(stack, n, shape):
    return f"cb-{stack.replace('_', '-')}-wide{n}-{shape}"


def model_crate_name(stack):
    return f"cb-model-{stack.replace('_', '-')}"


def is_required(shape, i):
    """Field `x{i}` (1-based) is required in this shape. Mixed is 1 required : 4
    optional: x1, x6, x11, ... are required."""
    if shape == "required":
        return True
    if shape in ("optional", "groups"):
        return False
    return i % 5 == 1


def group_lines(stack, shape):
    """The struct's group rules, for the groups shape: `at_least_one_of(x1, x2)`, ..."""
    if shape != "groups":
        return []
    return [f"#[validate(at_least_one_of(x{2 * g - 1}, x{2 * g}))]" for g in range(1, GROUPS + 1)]


# ---------------------------------------------------------------------------------
# The matrix


def derive_lines(stack):
    """The derive and container attributes of a benchmark struct in `stack`."""
    if stack == "none":
        return ["#[derive(Debug)]"]
    if stack == "ours":
        return ["#[derive(Debug, Builder)]"]
    if stack == "ours3":
        return ["#[derive(Debug, Builder, Validate, Accessors)]"]
    if stack == "bon":
        # Every setter takes `impl Into<T>`, as ours do; `Option` fields are optional
        # by themselves and get `x(T)` and `maybe_x(Option<T>)`, as ours do.
        return ["#[derive(Debug, Builder)]", "#[builder(on(_, into))]"]
    if stack == "typed_builder":
        return ["#[derive(Debug, TypedBuilder)]", "#[builder(field_defaults(setter(into)))]"]
    if stack == "derive_builder":
        # Owned pattern: setters take and return `self` and `build(self)`, as ours do.
        return ["#[derive(Debug, Builder)]", '#[builder(pattern = "owned", setter(into))]']
    raise ValueError(stack)


def optional_field_lines(stack, i):
    """The attributes of the optional field `x{i}` in `stack`."""
    if stack == "typed_builder":
        return [f"    #[builder(default, setter(strip_option(fallback = maybe_x{i})))]"]
    if stack == "derive_builder":
        return ["    #[builder(default, setter(into, strip_option))]"]
    return []


def struct_lines(stack, name, fields):
    """`pub struct {name}` in `stack`; `fields` is [(index, type, required)]."""
    out = derive_lines(stack)
    out.append(f"pub struct {name} {{")
    for i, ty, required in fields:
        if not required:
            out += optional_field_lines(stack, i)
        out.append(f"    pub x{i}: {ty},")
    out.append("}")
    out.append("")
    return out


def chain_lines(stack, name, setters, lead):
    """A builder chain in `stack`, its first line `    {lead}{start}`, that calls every
    setter in `setters` ([(index, argument)]) and ends in `.build()` (derive_builder's
    returns a `Result`: unwrapped, as a user would); without a final `;`."""
    start = f"{name}Builder::default()" if stack == "derive_builder" else f"{name}::builder()"
    indent = "    "
    out = [f"{indent}{lead}{start}"]
    for i, arg in setters:
        out.append(f"{indent}    .x{i}({arg})")
    out.append(f"{indent}    .build().unwrap()" if stack == "derive_builder" else f"{indent}    .build()")
    return out


def matrix_struct(stack, shape, n, fields):
    name = f"Struct{n}"
    req = [is_required(shape, i) for i in range(1, fields + 1)]
    out = struct_lines(
        stack, name, [(i, "i32" if req[i - 1] else "Option<i32>", req[i - 1]) for i in range(1, fields + 1)]
    )
    if shape == "groups":
        # The group rules are `#[validate]` attributes: `ours` derives `Validate` too.
        if stack == "ours":
            out[0] = "#[derive(Debug, Builder, Validate)]"
        at = out.index(f"pub struct {name} {{")
        out[at:at] = group_lines(stack, shape)

    # One use of it, every setter called.
    fn = f"pub fn struct{n}() -> {name} {{"
    out.append(fn)
    if stack == "none":
        out.append(f"    {name} {{")
        for i in range(1, fields + 1):
            value = f"{i}" if req[i - 1] else f"Some({i})"
            out.append(f"        x{i}: {value},")
        out.append("    }")
    else:
        chain = chain_lines(stack, name, [(i, f"{i}") for i in range(1, fields + 1)], "let value = ")
        chain[-1] += ";"
        out += chain
        if stack == "ours3":
            out.append("    let _ = Validate::validate(&value);")
        out.append("    value")
    out.append("}")
    out.append("")
    return "\n".join(out)


IMPORTS = {
    "none": "",
    "ours": "use callback_model::Builder;\n",
    "ours3": "use callback_model::{Accessors, Builder, Validate};\n",
    "bon": "use bon::Builder;\n",
    "typed_builder": "use typed_builder::TypedBuilder;\n",
    "derive_builder": "use derive_builder::Builder;\n",
}


def matrix_lib(stack, size, shape):
    s, f = size
    imports = "use callback_model::{Builder, Validate};\n" if (stack, shape) == ("ours", "groups") else IMPORTS[stack]
    body = "\n".join(matrix_struct(stack, shape, n, f) for n in range(1, s + 1))
    return f"{HEADER}//! {s} structs x {f} fields, {shape}, stack `{stack}`.\n\n{imports}\n{body}"


# ---------------------------------------------------------------------------------
# The wide shape: one struct `Wide` of N `String` fields, all required or all optional,
# and one function `make()` that builds it with one chain of N setters (a struct
# literal for no macro).


def wide_recursion_limit(stack, n):
    """The `#![recursion_limit]` the crate needs, or None for the default (128).

    bon's `build()` requires `S: IsComplete` of its state `S`, a type nested one level
    per member (`SetX200<SetX199<...>>`), and proving it takes one step per level:
    at N = 200 rustc fails with "overflow evaluating the requirement
    `SetX200<SetX199<...>>: IsComplete`" (all required) or "type annotations needed
    ... cannot satisfy `_: IsUnset`" on a setter (all optional) under the default
    limit of 128 (found by bisection: all required needs 201, all optional 199). A user
    takes rustc's hint, the next power of two: 256 at N = 200. The other stacks need
    no limit at N <= 200."""
    if stack == "bon" and n + 1 > 128:
        limit = 256
        while limit < n + 1:
            limit *= 2
        return limit
    return None


def wide_lib(stack, n, shape):
    required = shape == "required"
    ty = "String" if required else "Option<String>"
    out = [HEADER.rstrip("\n")]
    limit = wide_recursion_limit(stack, n)
    if limit is not None:
        out.append(f'#![recursion_limit = "{limit}"]')
    out.append(f"//! One struct of {n} `{ty}` fields, stack `{stack}`, built by one chain of {n} setters.")
    out.append("")
    if IMPORTS[stack]:
        out.append(IMPORTS[stack])
    out += struct_lines(stack, "Wide", [(i, ty, required) for i in range(1, n + 1)])
    out.append("pub fn make() -> Wide {")
    if stack == "none":
        out.append("    Wide {")
        for i in range(1, n + 1):
            value = f'"{i}".into()' if required else f'Some("{i}".into())'
            out.append(f"        x{i}: {value},")
        out.append("    }")
    else:
        out += chain_lines(stack, "Wide", [(i, f'"{i}"') for i in range(1, n + 1)], "")
    out.append("}")
    out.append("")
    return "\n".join(out)


def wide_example(name, n, shape):
    """The stack probe: `make()` on a thread of the given stack size."""
    lib = name.replace("-", "_")
    if shape == "required":
        check = f'value.x1 == "1" && value.x{n} == "{n}"'
    else:
        check = f'value.x1.as_deref() == Some("1") && value.x{n}.as_deref() == Some("{n}")'
    return f"""\
// Generated by tests/compile-bench/gen.py; do not edit.
//! Calls `{lib}::make()` on a thread whose stack is the size given in KiB (the
//! argument): prints `ok` if it returns the right value; if the stack is too small the
//! process aborts ("thread ... has overflowed its stack"). run.sh runs it, one process
//! per trial, to find the smallest stack that suffices.

fn main() {{
    let kib: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .expect("usage: {name}-stack <KiB>");
    let right = std::thread::Builder::new()
        .stack_size(kib * 1024)
        .spawn(|| {{
            let value = {lib}::make();
            {check}
        }})
        .expect("cannot spawn the thread")
        .join()
        .expect("make() panicked");
    assert!(right, "make() built the wrong value");
    println!("ok");
}}
"""


# ---------------------------------------------------------------------------------
# The model types
#
# Each field: (name, wire, type, rules), rules a dict with the keys
#   uuid, each_non_blank, each_phone, range_min, nested, not_before, each (pusher),
#   copy (by-value getter), required.

CALLBACK = [
    ("state", "state", "Option<String>", {}),
    ("id", "id", "Option<String>", {"uuid": True}),
    ("segments", "segments", "Option<Vec<Segment>>", {"nested": True, "each": "segment"}),
    ("direction", "direction", "Option<String>", {}),
    ("held", "held", "Option<bool>", {"copy": True}),
    ("disconnect_type", "disconnectType", "Option<String>", {}),
    ("start_hold_time", "startHoldTime", "Option<DateTime<Utc>>", {"copy": True}),
    ("dialer_preview", "dialerPreview", "Option<DialerPreview>", {"nested": True}),
    ("voicemail", "voicemail", "Option<Voicemail>", {"nested": True}),
    (
        "callback_numbers",
        "callbackNumbers",
        "Option<Vec<String>>",
        {"each": "callback_number", "each_non_blank": True, "each_phone": True},
    ),
    ("callback_user_name", "callbackUserName", "Option<String>", {}),
    ("script_id", "scriptId", "Option<String>", {"uuid": True}),
    ("external_campaign", "externalCampaign", "Option<bool>", {"copy": True}),
    ("skip_enabled", "skipEnabled", "Option<bool>", {"copy": True}),
    ("timeout_seconds", "timeoutSeconds", "Option<i32>", {"range_min": 0, "copy": True}),
    ("start_alerting_time", "startAlertingTime", "Option<DateTime<Utc>>", {"copy": True}),
    (
        "connected_time",
        "connectedTime",
        "Option<DateTime<Utc>>",
        {"copy": True, "not_before": "start_alerting_time"},
    ),
    ("disconnected_time", "disconnectedTime", "Option<DateTime<Utc>>", {"copy": True}),
    ("callback_scheduled_time", "callbackScheduledTime", "Option<DateTime<Utc>>", {"copy": True}),
    ("automated_callback_config_id", "automatedCallbackConfigId", "Option<String>", {"uuid": True}),
    ("provider", "provider", "Option<String>", {}),
    ("peer_id", "peerId", "Option<String>", {"uuid": True}),
    ("wrapup", "wrapup", "Option<Wrapup>", {"nested": True}),
]
SEGMENT = [
    ("start_time", "startTime", "DateTime<Utc>", {"copy": True, "required": True}),
    ("end_time", "endTime", "Option<DateTime<Utc>>", {"copy": True, "not_before": "start_time"}),
    ("r#type", "type", "Option<String>", {}),
    ("how_ended", "howEnded", "Option<String>", {}),
    ("disconnect_type", "disconnectType", "Option<String>", {}),
]
DIALER_PREVIEW = [
    ("id", "id", "Option<String>", {}),
    ("contact_id", "contactId", "Option<String>", {}),
    ("contact_list_id", "contactListId", "Option<String>", {"uuid": True}),
    ("campaign_id", "campaignId", "Option<String>", {"uuid": True}),
    (
        "phone_number_columns",
        "phoneNumberColumns",
        "Option<Vec<PhoneNumberColumn>>",
        {"nested": True, "each": "phone_number_column"},
    ),
]
PHONE_NUMBER_COLUMN = [
    ("column_name", "columnName", "Option<String>", {}),
    ("r#type", "type", "Option<String>", {}),
]
VOICEMAIL = [
    ("id", "id", "Option<String>", {}),
    ("upload_status", "uploadStatus", "Option<String>", {}),
]
WRAPUP = [
    ("code", "code", "Option<String>", {}),
    ("name", "name", "Option<String>", {}),
    ("notes", "notes", "Option<String>", {}),
    ("tags", "tags", "Option<Vec<String>>", {"each": "tag", "each_non_blank": True}),
    ("duration_seconds", "durationSeconds", "Option<i32>", {"range_min": 0, "copy": True}),
    ("end_time", "endTime", "Option<DateTime<Utc>>", {"copy": True}),
    ("provisional", "provisional", "Option<bool>", {"copy": True}),
]
MODEL = [
    ("Callback", CALLBACK, True),
    ("Segment", SEGMENT, False),
    ("DialerPreview", DIALER_PREVIEW, True),
    ("PhoneNumberColumn", PHONE_NUMBER_COLUMN, True),
    ("Voicemail", VOICEMAIL, True),
    ("Wrapup", WRAPUP, True),
]

UUID = "6f3e0d4c-1b2a-4c5d-9e8f-0a1b2c3d4e5f"


def bare(name):
    return name[2:] if name.startswith("r#") else name


# The stack a schema stack adds its derive to: the rest of its crate is that stack's.
MODEL_BASE = {"ours_schema": "ours", "serde_schemars": "serde"}


def model_struct(stack, ident, fields, all_optional):
    out = []
    derives = ["Debug", "Clone", "PartialEq", "Eq"]
    if all_optional:
        derives.append("Default")
    if stack != "plain":
        derives += ["Serialize", "Deserialize"]
    schema, stack = stack, MODEL_BASE.get(stack, stack)
    if stack == "ours":
        derives += ["Builder", "Validate", "Accessors"]
    if stack == "bon_garde_getset":
        derives += ["bon::Builder", "garde::Validate", "Getters", "CopyGetters"]
    if schema == "ours_schema":
        derives.append("Schema")
    if schema == "serde_schemars":
        derives.append("schemars::JsonSchema")
    out.append(f"#[derive({', '.join(derives)})]")
    if stack != "plain":
        out.append('#[serde(rename_all = "camelCase")]')
    if stack == "ours" and ident == "Callback":
        out.append("#[validate(check = disconnected_not_before_start)]")
    if stack == "bon_garde_getset":
        out.append("#[builder(on(_, into))]")
        out.append("#[garde(allow_unvalidated)]")
        if ident == "Callback":
            out.append("#[garde(custom(disconnected_not_before_start))]")
    out.append(f"pub struct {ident} {{")
    for name, _wire, ty, rules in fields:
        if stack != "plain" and ty.startswith("Option<"):
            out.append('    #[serde(skip_serializing_if = "Option::is_none")]')
        if stack == "ours":
            if "each" in rules:
                out.append(f'    #[builder(each = "{rules["each"]}")]')
            vrules = []
            if rules.get("uuid"):
                vrules.append("uuid")
            if rules.get("nested"):
                vrules.append("nested")
            each = [r for r, k in (("non_blank", "each_non_blank"), ("phone", "each_phone")) if rules.get(k)]
            if each:
                vrules.append(f"each({', '.join(each)})")
            if "range_min" in rules:
                vrules.append(f"range(min = {rules['range_min']})")
            if "not_before" in rules:
                vrules.append(f"not_before = {rules['not_before']}")
            if vrules:
                out.append(f"    #[validate({', '.join(vrules)})]")
            if rules.get("copy") and "DateTime" in ty:
                out.append("    #[accessors(copy)]")
        if stack == "bon_garde_getset":
            grules = []
            if rules.get("uuid"):
                grules.append("inner(custom(uuid))")
            if rules.get("nested"):
                grules.append("dive")
            each = [f"custom({r})" for r, k in (("non_blank", "each_non_blank"), ("phone", "each_phone")) if rules.get(k)]
            if each:
                grules.append(f"inner(inner({', '.join(each)}))")
            if "range_min" in rules:
                grules.append(f"range(min = {rules['range_min']})")
            if "not_before" in rules:
                other = rules["not_before"]
                earlier = f"Some(&self.{other})" if other == "start_time" else f"self.{other}.as_ref()"
                grules.append(f"custom(not_before({earlier}))")
            if grules:
                out.append(f"    #[garde({', '.join(grules)})]")
            getter = "get_copy" if rules.get("copy") else "get"
            out.append(f'    #[getset({getter} = "pub")]')
        out.append(f"    {name}: {ty},")
    out.append("}")
    out.append("")
    return "\n".join(out)


# The hand-written validation of the plain and serde-only stacks: every rule the
# derives check, every violation collected, each with its Rust path.
HAND_VALIDATE_SUPPORT = """\
/// One broken rule: where (Rust path) and which rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub path: String,
    pub code: &'static str,
}

fn push(errors: &mut Vec<Violation>, path: &str, field: &str, code: &'static str) {
    errors.push(Violation { path: format!("{path}{field}"), code });
}

fn check_uuid(errors: &mut Vec<Violation>, path: &str, field: &str, value: &Option<String>) {
    if let Some(value) = value {
        if !rules::is_uuid(value) {
            push(errors, path, field, "uuid");
        }
    }
}

fn check_min(errors: &mut Vec<Violation>, path: &str, field: &str, value: Option<i32>, min: i32) {
    if let Some(value) = value {
        if value < min {
            push(errors, path, field, "range");
        }
    }
}

fn check_not_before(
    errors: &mut Vec<Violation>,
    path: &str,
    field: &str,
    value: Option<&DateTime<Utc>>,
    earlier: Option<&DateTime<Utc>>,
) {
    if let (Some(value), Some(earlier)) = (value, earlier) {
        if value < earlier {
            push(errors, path, field, "not_before");
        }
    }
}

fn check_strings(errors: &mut Vec<Violation>, path: &str, field: &str, values: &Option<Vec<String>>, phone: bool) {
    for (i, value) in values.iter().flatten().enumerate() {
        if rules::is_blank(value) {
            push(errors, path, &format!("{field}[{i}]"), "non_blank");
        }
        if phone && !rules::is_phone(value) {
            push(errors, path, &format!("{field}[{i}]"), "phone");
        }
    }
}
"""

HAND_VALIDATE = """\
impl Callback {
    pub fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut errors = Vec::new();
        self.validate_into("", &mut errors);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    pub fn validate_into(&self, path: &str, errors: &mut Vec<Violation>) {
        check_uuid(errors, path, "id", &self.id);
        for (i, segment) in self.segments.iter().flatten().enumerate() {
            segment.validate_into(&format!("{path}segments[{i}]."), errors);
        }
        if let Some(preview) = &self.dialer_preview {
            preview.validate_into(&format!("{path}dialer_preview."), errors);
        }
        if let Some(voicemail) = &self.voicemail {
            voicemail.validate_into(&format!("{path}voicemail."), errors);
        }
        check_strings(errors, path, "callback_numbers", &self.callback_numbers, true);
        check_uuid(errors, path, "script_id", &self.script_id);
        check_min(errors, path, "timeout_seconds", self.timeout_seconds, 0);
        check_not_before(
            errors,
            path,
            "connected_time",
            self.connected_time.as_ref(),
            self.start_alerting_time.as_ref(),
        );
        let earlier = self.connected_time.as_ref().or(self.start_alerting_time.as_ref());
        check_not_before(errors, path, "disconnected_time", self.disconnected_time.as_ref(), earlier);
        check_uuid(errors, path, "automated_callback_config_id", &self.automated_callback_config_id);
        check_uuid(errors, path, "peer_id", &self.peer_id);
        if let Some(wrapup) = &self.wrapup {
            wrapup.validate_into(&format!("{path}wrapup."), errors);
        }
    }
}

impl Segment {
    pub fn validate_into(&self, path: &str, errors: &mut Vec<Violation>) {
        check_not_before(errors, path, "end_time", self.end_time.as_ref(), Some(&self.start_time));
    }
}

impl DialerPreview {
    pub fn validate_into(&self, path: &str, errors: &mut Vec<Violation>) {
        check_uuid(errors, path, "contact_list_id", &self.contact_list_id);
        check_uuid(errors, path, "campaign_id", &self.campaign_id);
        for (i, column) in self.phone_number_columns.iter().flatten().enumerate() {
            column.validate_into(&format!("{path}phone_number_columns[{i}]."), errors);
        }
    }
}

impl PhoneNumberColumn {
    pub fn validate_into(&self, _path: &str, _errors: &mut Vec<Violation>) {}
}

impl Voicemail {
    pub fn validate_into(&self, _path: &str, _errors: &mut Vec<Violation>) {}
}

impl Wrapup {
    pub fn validate_into(&self, path: &str, errors: &mut Vec<Violation>) {
        check_strings(errors, path, "tags", &self.tags, false);
        check_min(errors, path, "duration_seconds", self.duration_seconds, 0);
    }
}
"""

def model_function(name):
    """The doc comment and body of fn `name` in callback-model's `callback.rs`, so that
    the `ours` model crate carries the model's own struct-level rule, not a copy."""
    path = os.path.join(HERE, "..", "..", "callback-model", "src", "model", "callback.rs")
    lines = open(path, encoding="utf-8").read().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"fn {name}("))
    first = at
    while first > 0 and lines[first - 1].startswith("///"):
        first -= 1
    last = next(i for i in range(at, len(lines)) if lines[i] == "}")
    return "\n".join(lines[first : last + 1]) + "\n"


# Our stack: the struct-level rule the model has, read from the model.
OURS_SUPPORT = model_function("disconnected_not_before_start")

# garde has no uuid / phone / non_blank / not_before rule: custom functions, whose
# bodies are the same callback-model rule functions the other stacks call.
GARDE_SUPPORT = """\
fn uuid(value: &String, _: &()) -> garde::Result {
    if rules::is_uuid(value) { Ok(()) } else { Err(garde::Error::new("not a UUID")) }
}

fn non_blank(value: &String, _: &()) -> garde::Result {
    if rules::is_blank(value) { Err(garde::Error::new("blank")) } else { Ok(()) }
}

fn phone(value: &String, _: &()) -> garde::Result {
    if rules::is_phone(value) { Ok(()) } else { Err(garde::Error::new("not a phone number")) }
}

fn not_before(earlier: Option<&DateTime<Utc>>) -> impl FnOnce(&Option<DateTime<Utc>>, &()) -> garde::Result + '_ {
    move |value, _| match (value, earlier) {
        (Some(value), Some(earlier)) if value < earlier => Err(garde::Error::new("before the earlier time")),
        _ => Ok(()),
    }
}

fn disconnected_not_before_start(callback: &Callback, _: &()) -> garde::Result {
    let earlier = callback.connected_time.as_ref().or(callback.start_alerting_time.as_ref());
    match (&callback.disconnected_time, earlier) {
        (Some(value), Some(earlier)) if value < earlier => {
            Err(garde::Error::new("disconnected_time: before connected_time / start_alerting_time"))
        }
        _ => Ok(()),
    }
}
"""

# The same value, built the way each stack allows; then validated.
EXAMPLE_LITERAL = """\
pub fn example(start: DateTime<Utc>) -> Callback {
    Callback {
        id: Some("%(uuid)s".to_owned()),
        callback_numbers: Some(vec!["+13175551234".to_owned()]),
        segments: Some(vec![Segment {
            start_time: start,
            end_time: None,
            r#type: Some("Alert".to_owned()),
            how_ended: None,
            disconnect_type: None,
        }]),
        dialer_preview: Some(DialerPreview {
            campaign_id: Some("%(uuid)s".to_owned()),
            phone_number_columns: Some(vec![PhoneNumberColumn {
                column_name: Some("cell".to_owned()),
                ..Default::default()
            }]),
            ..Default::default()
        }),
        voicemail: Some(Voicemail { id: Some("v1".to_owned()), ..Default::default() }),
        wrapup: Some(Wrapup {
            code: Some("c1".to_owned()),
            tags: Some(vec!["vip".to_owned()]),
            duration_seconds: Some(3),
            ..Default::default()
        }),
        timeout_seconds: Some(30),
        start_alerting_time: Some(start),
        ..Default::default()
    }
}

pub fn check(callback: &Callback) -> bool {
    callback.validate().is_ok() && callback.timeout_seconds == Some(30)
}
""" % {"uuid": UUID}

EXAMPLE_OURS = """\
pub fn example(start: DateTime<Utc>) -> Callback {
    Callback::builder()
        .id("%(uuid)s")
        .callback_number("+13175551234")
        .segment(Segment::builder().start_time(start).r#type("Alert").build())
        .dialer_preview(
            DialerPreview::builder()
                .campaign_id("%(uuid)s")
                .phone_number_column(PhoneNumberColumn::builder().column_name("cell").build())
                .build(),
        )
        .voicemail(Voicemail::builder().id("v1").build())
        .wrapup(Wrapup::builder().code("c1").tag("vip").duration_seconds(3).build())
        .timeout_seconds(30)
        .start_alerting_time(start)
        .build()
}

pub fn check(callback: &Callback) -> bool {
    callback.validate().is_ok() && callback.timeout_seconds() == Some(30)
}
""" % {"uuid": UUID}

EXAMPLE_BON = """\
pub fn example(start: DateTime<Utc>) -> Callback {
    Callback::builder()
        .id("%(uuid)s")
        .callback_numbers(vec!["+13175551234".to_owned()])
        .segments(vec![Segment::builder().start_time(start).r#type("Alert").build()])
        .dialer_preview(
            DialerPreview::builder()
                .campaign_id("%(uuid)s")
                .phone_number_columns(vec![PhoneNumberColumn::builder().column_name("cell").build()])
                .build(),
        )
        .voicemail(Voicemail::builder().id("v1").build())
        .wrapup(Wrapup::builder().code("c1").tags(vec!["vip".to_owned()]).duration_seconds(3).build())
        .timeout_seconds(30)
        .start_alerting_time(start)
        .build()
}

pub fn check(callback: &Callback) -> bool {
    callback.validate().is_ok() && callback.timeout_seconds() == Some(30)
}
""" % {"uuid": UUID}


# The schema stacks also use the schema: `Callback`'s, with the types it refers to.
SCHEMA_USE = """\
pub fn schema() -> schemars::Schema {
    schemars::SchemaGenerator::default().into_root_schema_for::<Callback>()
}
"""


def model_lib(stack):
    base = MODEL_BASE.get(stack, stack)
    imports = ["use callback_model::rules;", "use chrono::{DateTime, Utc};"]
    if base != "plain":
        imports.append("use serde::{Deserialize, Serialize};")
    if stack == "ours":
        imports.append("use callback_model::{Accessors, Builder, Report, Validate};")
    if stack == "ours_schema":
        imports.append("use callback_model::{Accessors, Builder, Report, Schema, Validate, schemars};")
    if base == "bon_garde_getset":
        imports.append("use garde::Validate;")
        imports.append("use getset::{CopyGetters, Getters};")
    parts = [HEADER, f"//! The six model types, stack `{stack}`.\n", "\n".join(imports), ""]
    parts += [model_struct(stack, ident, fields, opt) for ident, fields, opt in MODEL]
    if base in ("plain", "serde"):
        parts += [HAND_VALIDATE_SUPPORT, HAND_VALIDATE, EXAMPLE_LITERAL]
    elif base == "ours":
        parts += [OURS_SUPPORT, EXAMPLE_OURS]
    else:
        parts += [GARDE_SUPPORT, EXAMPLE_BON]
    if stack != base:
        parts.append(SCHEMA_USE)
    return "\n".join(parts)


# ---------------------------------------------------------------------------------


def manifest(name, deps, extra=()):
    lines = [
        "# Generated by tests/compile-bench/gen.py; do not edit.",
        "[package]",
        f'name = "{name}"',
        'version = "0.0.0"',
        'edition = "2024"',
        "publish = false",
        *extra,
        "",
        "[dependencies]",
    ] + deps
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return
    with open(path, "w") as f:
        f.write(text)


def write_crate(name, deps, lib, example=None):
    """The crate `name` under generated/; with `example`, also the example
    `{name}-stack` (examples/stack.rs; a unique name, since all examples of the
    workspace share one target directory)."""
    root = os.path.join(OUT, name)
    extra = ()
    if example is not None:
        extra = ("autoexamples = false", "", "[[example]]", f'name = "{name}-stack"', 'path = "examples/stack.rs"')
        write(os.path.join(root, "examples", "stack.rs"), example)
    write(os.path.join(root, "Cargo.toml"), manifest(name, deps, extra))
    write(os.path.join(root, "src", "lib.rs"), lib)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default=",".join(f"{s}x{f}" for s, f in SIZES))
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--stacks", default=",".join(STACKS))
    ap.add_argument("--model-stacks", default=",".join(MODEL_STACKS))
    ap.add_argument("--no-matrix", action="store_true", help="leave out the matrix and wide crates")
    ap.add_argument("--no-model", action="store_true", help="leave out the model crates")
    ap.add_argument("--prune", action="store_true", help="delete generated crates not asked for this time")
    args = ap.parse_args()
    sizes, wide_sizes = [], []
    for size in (size for size in args.sizes.split(",") if size):
        if size.startswith("wide"):
            if not size[4:].isdigit() or int(size[4:]) < 1:
                sys.exit(f"bad size {size!r}: wideN, N a number of fields, as wide200")
            wide_sizes.append(int(size[4:]))
        else:
            try:
                s, f = (int(x) for x in size.split("x"))
            except ValueError:
                sys.exit(f"bad size {size!r}: SxF (as 10x50) or wideN (as wide200)")
            sizes.append((s, f))
    shapes = [shape for shape in args.shapes.split(",") if shape]
    stacks = [stack for stack in args.stacks.split(",") if stack]
    for shape in shapes:
        if shape not in SHAPES:
            sys.exit(f"unknown shape {shape!r}; known: {SHAPES}")
    for stack in stacks:
        if stack not in STACKS:
            sys.exit(f"unknown stack {stack!r}; known: {STACKS}")
    model_stacks = [stack for stack in args.model_stacks.split(",") if stack]
    for stack in model_stacks:
        if stack not in MODEL_STACKS:
            sys.exit(f"unknown model stack {stack!r}; known: {MODEL_STACKS}")
    if args.no_matrix:
        sizes, wide_sizes = [], []

    wanted = set()
    for size in sizes:
        for shape in shapes:
            for stack in stacks:
                if shape == "groups" and stack not in GROUP_STACKS:
                    continue
                name = crate_name(stack, size, shape)
                wanted.add(name)
                write_crate(name, MATRIX_DEPS[stack], matrix_lib(stack, size, shape))
                print(name)
    for n in wide_sizes:
        for shape in (shape for shape in shapes if shape in WIDE_SHAPES):
            for stack in (stack for stack in stacks if stack in WIDE_STACKS):
                name = wide_crate_name(stack, n, shape)
                wanted.add(name)
                write_crate(name, MATRIX_DEPS[stack], wide_lib(stack, n, shape), wide_example(name, n, shape))
                print(name)
    for stack in [] if args.no_model else model_stacks:
        name = model_crate_name(stack)
        wanted.add(name)
        write_crate(name, MODEL_DEPS[stack], model_lib(stack))
        print("model", name)
    # Crates of an earlier run with other arguments stay (and stay workspace members,
    # keeping their build caches) unless --prune is given.
    for entry in sorted(os.listdir(OUT)):
        if args.prune and entry not in wanted and os.path.isdir(os.path.join(OUT, entry)):
            shutil.rmtree(os.path.join(OUT, entry))


if __name__ == "__main__":
    main()
