//! Reads a document's report back from JSON through a `serde_json::Value`, field by field, for
//! the wasm engine: serde's derived deserializers for the report types cost the API-only wasm
//! about 34 KB gzip, while a `Value` parser is there already (JSON and JSON Lines documents).
//! The engine reads the documents the page sends back for the stance across documents
//! (`web::engine::held`, `web::slices::Assembler`). The rules are serde's for these types: a
//! `#[serde(default)]` field may be absent, an absent `Option` is `None`, anything else absent or
//! of the wrong type is an error; `tests/report_json.rs` checks that both read the same.

use serde_json::{Map, Value};

use super::report::{
    DocumentReport, Evidence, InputError, Person, Polarity, Quote, QuoteKind, SetAside, Span,
    Speaker, StanceJudgement, TargetKind,
};

type Fields = Map<String, Value>;

/// A file's documents from their JSON (an array), as `serde_json::from_str` reads them.
pub fn documents_from_str(json: &str) -> Result<Vec<DocumentReport>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    list(&value, document)
}

/// The items of a JSON array, each read by `item`.
pub fn list<T>(value: &Value, item: fn(&Value) -> Result<T, String>) -> Result<Vec<T>, String> {
    value
        .as_array()
        .ok_or_else(|| "expected an array".to_string())?
        .iter()
        .map(item)
        .collect()
}

fn fields(value: &Value) -> Result<&Fields, String> {
    value
        .as_object()
        .ok_or_else(|| "expected an object".to_string())
}

fn wrong(key: &str, what: &str) -> String {
    format!("`{key}` must be {what}")
}

/// A field that must be there, read by `read`.
fn need<'a, T>(
    map: &'a Fields,
    key: &str,
    read: impl Fn(&'a Value, &str) -> Result<T, String>,
) -> Result<T, String> {
    match map.get(key) {
        Some(value) => read(value, key),
        None => Err(format!("missing field `{key}`")),
    }
}

/// A `#[serde(default)]` field: its default when absent.
fn or_default<'a, T: Default>(
    map: &'a Fields,
    key: &str,
    read: impl Fn(&'a Value, &str) -> Result<T, String>,
) -> Result<T, String> {
    map.get(key)
        .map_or(Ok(T::default()), |value| read(value, key))
}

/// An `Option` field: `None` when absent or `null`.
fn optional<'a, T>(
    map: &'a Fields,
    key: &str,
    read: impl Fn(&'a Value, &str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(value, key).map(Some),
    }
}

fn string(value: &Value, key: &str) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| wrong(key, "a string"))
}

fn number(value: &Value, key: &str) -> Result<usize, String> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| wrong(key, "a whole number"))
}

fn float(value: &Value, key: &str) -> Result<f32, String> {
    // As serde reads an f32 from JSON: the f64 the text spells, narrowed.
    value
        .as_f64()
        .map(|n| n as f32)
        .ok_or_else(|| wrong(key, "a number"))
}

fn flag(value: &Value, key: &str) -> Result<bool, String> {
    value.as_bool().ok_or_else(|| wrong(key, "true or false"))
}

fn strings(value: &Value, key: &str) -> Result<Vec<String>, String> {
    value
        .as_array()
        .ok_or_else(|| wrong(key, "an array"))?
        .iter()
        .map(|item| string(item, key))
        .collect()
}

fn items<T>(
    item: fn(&Value) -> Result<T, String>,
) -> impl Fn(&Value, &str) -> Result<Vec<T>, String> {
    move |value, key| list(value, item).map_err(|e| format!("`{key}`: {e}"))
}

fn object<T>(item: fn(&Value) -> Result<T, String>) -> impl Fn(&Value, &str) -> Result<T, String> {
    move |value, key| item(value).map_err(|e| format!("`{key}`: {e}"))
}

/// One of the lower-case names of an enum's variants.
fn variant<T: Copy>(value: &Value, key: &str, names: &[(&str, T)]) -> Result<T, String> {
    let name = value.as_str().unwrap_or_default();
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| wrong(key, "one of the variant names"))
}

fn kind(value: &Value, key: &str) -> Result<QuoteKind, String> {
    use QuoteKind::*;
    variant(
        value,
        key,
        &[
            ("direct", Direct),
            ("partial", Partial),
            ("indirect", Indirect),
        ],
    )
}

fn polarity(value: &Value, key: &str) -> Result<Polarity, String> {
    use Polarity::*;
    variant(
        value,
        key,
        &[
            ("favor", Favor),
            ("against", Against),
            ("neutral", Neutral),
            ("mixed", Mixed),
        ],
    )
}

fn target_kind(value: &Value, key: &str) -> Result<TargetKind, String> {
    use TargetKind::*;
    variant(
        value,
        key,
        &[
            ("person", Person),
            ("organisation", Organisation),
            ("issue", Issue),
            ("action", Action),
        ],
    )
}

/// One document of a report.
pub fn document(value: &Value) -> Result<DocumentReport, String> {
    let m = fields(value)?;
    Ok(DocumentReport {
        name: need(m, "name", string)?,
        format: or_default(m, "format", string)?,
        encoding: or_default(m, "encoding", string)?,
        headline: optional(m, "headline", string)?,
        date: optional(m, "date", string)?,
        source: optional(m, "source", string)?,
        dateline: optional(m, "dateline", string)?,
        url: optional(m, "url", string)?,
        text: or_default(m, "text", string)?,
        set_aside: or_default(m, "set_aside", items(set_aside))?,
        quotes: or_default(m, "quotes", items(quote))?,
        unattributed: or_default(m, "unattributed", items(span))?,
        people: or_default(m, "people", items(person))?,
        stance: or_default(m, "stance", items(judgement))?,
        error: optional(m, "error", object(input_error))?,
        warnings: or_default(m, "warnings", strings)?,
    })
}

pub fn set_aside(value: &Value) -> Result<SetAside, String> {
    let m = fields(value)?;
    Ok(SetAside {
        kind: need(m, "kind", string)?,
        text: need(m, "text", string)?,
        reason: need(m, "reason", string)?,
    })
}

fn input_error(value: &Value) -> Result<InputError, String> {
    let m = fields(value)?;
    Ok(InputError {
        code: need(m, "code", string)?,
        message: need(m, "message", string)?,
    })
}

pub fn span(value: &Value) -> Result<Span, String> {
    let m = fields(value)?;
    Ok(Span {
        text: need(m, "text", string)?,
        start: need(m, "start", number)?,
        end: need(m, "end", number)?,
    })
}

pub fn quote(value: &Value) -> Result<Quote, String> {
    let m = fields(value)?;
    Ok(Quote {
        id: need(m, "id", string)?,
        text: need(m, "text", string)?,
        kind: need(m, "kind", kind)?,
        start: need(m, "start", number)?,
        end: need(m, "end", number)?,
        speaker: optional(m, "speaker", object(speaker))?,
        cue: optional(m, "cue", object(span))?,
        mention: optional(m, "mention", object(span))?,
        confidence: need(m, "confidence", float)?,
    })
}

fn speaker(value: &Value) -> Result<Speaker, String> {
    let m = fields(value)?;
    Ok(Speaker {
        name: need(m, "name", string)?,
        aliases: or_default(m, "aliases", strings)?,
        role: optional(m, "role", string)?,
        person: optional(m, "person", number)?,
    })
}

pub fn person(value: &Value) -> Result<Person, String> {
    let m = fields(value)?;
    Ok(Person {
        name: need(m, "name", string)?,
        aliases: or_default(m, "aliases", strings)?,
        role: optional(m, "role", string)?,
        organisation: optional(m, "organisation", string)?,
        is_organisation: or_default(m, "is_organisation", flag)?,
        quote_count: or_default(m, "quote_count", number)?,
    })
}

pub fn judgement(value: &Value) -> Result<StanceJudgement, String> {
    let m = fields(value)?;
    Ok(StanceJudgement {
        speaker: need(m, "speaker", string)?,
        target: need(m, "target", string)?,
        target_kind: or_default(m, "target_kind", target_kind)?,
        stance: need(m, "stance", polarity)?,
        score: need(m, "score", float)?,
        confidence: need(m, "confidence", float)?,
        evidence: need(m, "evidence", items(evidence))?,
    })
}

pub fn evidence(value: &Value) -> Result<Evidence, String> {
    let m = fields(value)?;
    Ok(Evidence {
        quote_id: need(m, "quote_id", string)?,
        polarity: need(m, "polarity", polarity)?,
        cues: need(m, "cues", strings)?,
        start: or_default(m, "start", number)?,
        end: or_default(m, "end", number)?,
        weight: or_default(m, "weight", float)?,
    })
}
