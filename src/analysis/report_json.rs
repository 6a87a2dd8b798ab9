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
type Read<T> = Result<T, String>;

/// A file's documents from their JSON (an array), as `serde_json::from_str` reads them.
pub fn documents_from_str(json: &str) -> Read<Vec<DocumentReport>> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    list(&value, document)
}

/// The items of a JSON array, each read by `item`.
pub fn list<T>(value: &Value, item: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    value
        .as_array()
        .ok_or("expected an array")?
        .iter()
        .map(item)
        .collect()
}

// The readers below are plain functions, not generic ones, so that the wasm holds one copy of
// each rather than one per field.

fn fields(value: &Value) -> Read<&Fields> {
    value.as_object().ok_or_else(|| "expected an object".into())
}

fn wrong(key: &str, what: &str) -> String {
    format!("`{key}` must be {what}")
}

/// A field that must be there.
fn need<'a>(m: &'a Fields, key: &str) -> Read<&'a Value> {
    m.get(key).ok_or_else(|| format!("missing field `{key}`"))
}

/// An `Option` field: `None` when absent or `null`.
fn given<'a>(m: &'a Fields, key: &str) -> Option<&'a Value> {
    m.get(key).filter(|v| !v.is_null())
}

fn as_string(value: &Value, key: &str) -> Read<String> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| wrong(key, "a string"))
}

fn as_number(value: &Value, key: &str) -> Read<usize> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| wrong(key, "a whole number"))
}

fn as_strings(value: &Value, key: &str) -> Read<Vec<String>> {
    value
        .as_array()
        .ok_or_else(|| wrong(key, "an array"))?
        .iter()
        .map(|item| as_string(item, key))
        .collect()
}

fn string(m: &Fields, key: &str) -> Read<String> {
    as_string(need(m, key)?, key)
}

/// A `#[serde(default)]` string.
fn string_or_empty(m: &Fields, key: &str) -> Read<String> {
    m.get(key).map_or(Ok(String::new()), |v| as_string(v, key))
}

fn optional_string(m: &Fields, key: &str) -> Read<Option<String>> {
    given(m, key).map(|v| as_string(v, key)).transpose()
}

fn number(m: &Fields, key: &str) -> Read<usize> {
    as_number(need(m, key)?, key)
}

/// A `#[serde(default)]` number.
fn number_or_zero(m: &Fields, key: &str) -> Read<usize> {
    m.get(key).map_or(Ok(0), |v| as_number(v, key))
}

/// An f32 as serde reads one from JSON: the f64 the text spells, narrowed; with `default`, 0
/// when absent.
fn float(m: &Fields, key: &str, default: bool) -> Read<f32> {
    match m.get(key) {
        None if default => Ok(0.0),
        None => Err(format!("missing field `{key}`")),
        Some(v) => v
            .as_f64()
            .map(|n| n as f32)
            .ok_or_else(|| wrong(key, "a number")),
    }
}

/// A `#[serde(default)]` list of strings.
fn strings_or_none(m: &Fields, key: &str) -> Read<Vec<String>> {
    m.get(key).map_or(Ok(Vec::new()), |v| as_strings(v, key))
}

/// A list of objects, required or (`default`) empty when absent.
fn objects<T>(m: &Fields, key: &str, item: fn(&Value) -> Read<T>, default: bool) -> Read<Vec<T>> {
    match m.get(key) {
        None if default => Ok(Vec::new()),
        None => Err(format!("missing field `{key}`")),
        Some(v) => list(v, item).map_err(|e| format!("`{key}`: {e}")),
    }
}

fn optional_object<T>(m: &Fields, key: &str, item: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    given(m, key)
        .map(|v| item(v).map_err(|e| format!("`{key}`: {e}")))
        .transpose()
}

/// The index of `value` among the lower-case names of an enum's variants.
fn variant(value: Option<&Value>, key: &str, names: &[&str]) -> Read<usize> {
    let name = value.and_then(Value::as_str).unwrap_or_default();
    names
        .iter()
        .position(|n| *n == name)
        .ok_or_else(|| wrong(key, "one of the variant names"))
}

fn kind(m: &Fields) -> Read<QuoteKind> {
    const KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect];
    let at = variant(
        Some(need(m, "kind")?),
        "kind",
        &["direct", "partial", "indirect"],
    )?;
    Ok(KINDS[at])
}

fn polarity(m: &Fields, key: &str) -> Read<Polarity> {
    use Polarity::*;
    const ALL: [Polarity; 4] = [Favor, Against, Neutral, Mixed];
    let at = variant(
        Some(need(m, key)?),
        key,
        &["favor", "against", "neutral", "mixed"],
    )?;
    Ok(ALL[at])
}

/// A `#[serde(default)]` target kind.
fn target_kind(m: &Fields) -> Read<TargetKind> {
    use TargetKind::*;
    const ALL: [TargetKind; 4] = [Person, Organisation, Issue, Action];
    match m.get("target_kind") {
        None => Ok(TargetKind::default()),
        value => {
            let names = ["person", "organisation", "issue", "action"];
            Ok(ALL[variant(value, "target_kind", &names)?])
        }
    }
}

/// One document of a report.
pub fn document(value: &Value) -> Read<DocumentReport> {
    let m = fields(value)?;
    Ok(DocumentReport {
        name: string(m, "name")?,
        format: string_or_empty(m, "format")?,
        encoding: string_or_empty(m, "encoding")?,
        headline: optional_string(m, "headline")?,
        date: optional_string(m, "date")?,
        source: optional_string(m, "source")?,
        dateline: optional_string(m, "dateline")?,
        url: optional_string(m, "url")?,
        text: string_or_empty(m, "text")?,
        set_aside: objects(m, "set_aside", set_aside, true)?,
        quotes: objects(m, "quotes", quote, true)?,
        unattributed: objects(m, "unattributed", span, true)?,
        people: objects(m, "people", person, true)?,
        stance: objects(m, "stance", judgement, true)?,
        error: optional_object(m, "error", input_error)?,
        warnings: strings_or_none(m, "warnings")?,
    })
}

pub fn set_aside(value: &Value) -> Read<SetAside> {
    let m = fields(value)?;
    Ok(SetAside {
        kind: string(m, "kind")?,
        text: string(m, "text")?,
        reason: string(m, "reason")?,
    })
}

fn input_error(value: &Value) -> Read<InputError> {
    let m = fields(value)?;
    Ok(InputError {
        code: string(m, "code")?,
        message: string(m, "message")?,
    })
}

pub fn span(value: &Value) -> Read<Span> {
    let m = fields(value)?;
    Ok(Span {
        text: string(m, "text")?,
        start: number(m, "start")?,
        end: number(m, "end")?,
    })
}

pub fn quote(value: &Value) -> Read<Quote> {
    let m = fields(value)?;
    Ok(Quote {
        id: string(m, "id")?,
        text: string(m, "text")?,
        kind: kind(m)?,
        start: number(m, "start")?,
        end: number(m, "end")?,
        speaker: optional_object(m, "speaker", speaker)?,
        cue: optional_object(m, "cue", span)?,
        mention: optional_object(m, "mention", span)?,
        confidence: float(m, "confidence", false)?,
    })
}

fn speaker(value: &Value) -> Read<Speaker> {
    let m = fields(value)?;
    Ok(Speaker {
        name: string(m, "name")?,
        aliases: strings_or_none(m, "aliases")?,
        role: optional_string(m, "role")?,
        person: given(m, "person")
            .map(|v| as_number(v, "person"))
            .transpose()?,
    })
}

pub fn person(value: &Value) -> Read<Person> {
    let m = fields(value)?;
    Ok(Person {
        name: string(m, "name")?,
        aliases: strings_or_none(m, "aliases")?,
        role: optional_string(m, "role")?,
        organisation: optional_string(m, "organisation")?,
        is_organisation: match m.get("is_organisation") {
            None => false,
            Some(v) => v
                .as_bool()
                .ok_or_else(|| wrong("is_organisation", "true or false"))?,
        },
        quote_count: number_or_zero(m, "quote_count")?,
    })
}

pub fn judgement(value: &Value) -> Read<StanceJudgement> {
    let m = fields(value)?;
    Ok(StanceJudgement {
        speaker: string(m, "speaker")?,
        target: string(m, "target")?,
        target_kind: target_kind(m)?,
        stance: polarity(m, "stance")?,
        score: float(m, "score", false)?,
        confidence: float(m, "confidence", false)?,
        evidence: objects(m, "evidence", evidence, false)?,
    })
}

pub fn evidence(value: &Value) -> Read<Evidence> {
    let m = fields(value)?;
    Ok(Evidence {
        quote_id: string(m, "quote_id")?,
        polarity: polarity(m, "polarity")?,
        cues: as_strings(need(m, "cues")?, "cues")?,
        start: number_or_zero(m, "start")?,
        end: number_or_zero(m, "end")?,
        weight: float(m, "weight", true)?,
    })
}
