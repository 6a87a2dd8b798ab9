//! JSON and JSON Lines exports of articles: an array of objects, one object, an object holding
//! an array (`{"articles": [...]}`), or one object per line. Each object with a body
//! (`text`, `body`, `content`, ...) becomes one article; its title, date, URL and source are
//! read from the usual field names.

use serde_json::{Map, Value};

use super::dates;

/// One article of an export, before cleaning.
#[derive(Debug, Default, Clone)]
pub struct Article {
    pub title: Option<String>,
    pub body: String,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON: the parser's message with its line and column.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON without any object that has a text field.
    NoArticles,
}

const BODY: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "articlebody",
    "article_body",
    "fulltext",
    "full_text",
    "maintext",
    "story",
];
const TITLE: &[&str] = &["title", "headline", "name", "heading"];
const DATE: &[&str] = &[
    "date",
    "published",
    "publishedat",
    "published_at",
    "publishdate",
    "publish_date",
    "pubdate",
    "datepublished",
    "date_published",
    "created_at",
    "createdat",
    "time",
    "timestamp",
];
const URL: &[&str] = &[
    "url",
    "link",
    "href",
    "canonical_url",
    "permalink",
    "source_url",
];
const SOURCE: &[&str] = &[
    "source",
    "publisher",
    "outlet",
    "site",
    "site_name",
    "sitename",
    "agency",
];
const CONTAINERS: &[&str] = &[
    "articles",
    "items",
    "data",
    "results",
    "documents",
    "docs",
    "posts",
    "entries",
    "news",
    "stories",
    "hits",
];

/// Articles of a JSON document or, failing that, of JSON Lines. `lines_first` prefers JSON Lines
/// (for .jsonl and .ndjson files).
pub fn articles(text: &str, lines_first: bool) -> Result<Vec<Option<Article>>, JsonError> {
    let whole = || serde_json::from_str::<Value>(text);
    if !lines_first {
        match whole() {
            Ok(v) => return from_value(&v),
            Err(e) => {
                // One object per line reads as JSON with trailing characters on line 2.
                let json_lines = e.classify() == serde_json::error::Category::Syntax
                    && e.line() > 1
                    && text
                        .lines()
                        .find(|l| !l.trim().is_empty())
                        .is_some_and(|l| serde_json::from_str::<Value>(l).is_ok());
                if !json_lines {
                    return Err(syntax(&e, 0));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| syntax(&e, i))?;
        match v {
            Value::Object(map) => out.push(article(&map)),
            other => out.extend(from_value(&other).unwrap_or_default()),
        }
    }
    if out.iter().all(Option::is_none) {
        return Err(JsonError::NoArticles);
    }
    Ok(out)
}

fn syntax(e: &serde_json::Error, line_offset: usize) -> JsonError {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the position is reported separately.
    let message = crate::analysis::substr::rsplit_once(&message, " at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_string();
    JsonError::Syntax {
        line: e.line() + line_offset,
        column: e.column(),
        message,
    }
}

/// Articles of a parsed value; `None` marks an object without a body, skipped with a warning.
fn from_value(v: &Value) -> Result<Vec<Option<Article>>, JsonError> {
    let found: Vec<Option<Article>> = match v {
        Value::Array(items) => items
            .iter()
            .filter_map(|i| i.as_object().map(article))
            .collect(),
        Value::Object(map) => {
            if has_body(map) {
                vec![article(map)]
            } else if let Some(items) = CONTAINERS
                .iter()
                .find_map(|k| get(map, &[k]).and_then(Value::as_array))
            {
                items
                    .iter()
                    .filter_map(|i| i.as_object().map(article))
                    .collect()
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    };
    if found.iter().all(Option::is_none) {
        return Err(JsonError::NoArticles);
    }
    Ok(found)
}

/// A field by any of `names`, ignoring case.
fn get<'v>(map: &'v Map<String, Value>, names: &[&str]) -> Option<&'v Value> {
    names.iter().find_map(|n| {
        map.iter()
            .find(|(k, v)| k.eq_ignore_ascii_case(n) && !v.is_null())
            .map(|(_, v)| v)
    })
}

/// Text of a value: a string, or the `name`/`text`/`url` of an object, or strings of an array.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => get(m, &["name", "text", "value", "url", "href"]).and_then(text_of),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text_of).collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        _ => None,
    }
    .map(|s| s.trim().to_string())
    .filter(|s| !s.is_empty())
}

fn has_body(map: &Map<String, Value>) -> bool {
    get(map, BODY).and_then(text_of).is_some()
}

fn article(map: &Map<String, Value>) -> Option<Article> {
    let body = get(map, BODY).and_then(text_of)?;
    let date = get(map, DATE).and_then(|v| match v {
        Value::Number(n) => n.as_i64().and_then(dates::from_unix).and_then(|d| d.iso()),
        other => text_of(other),
    });
    Some(Article {
        title: get(map, TITLE).and_then(text_of),
        body,
        date,
        url: get(map, URL).and_then(text_of),
        source: get(map, SOURCE).and_then(text_of),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let a = articles(
            r#"[{"title":"T","text":"B","date":"2025-04-30"},{"x":1}]"#,
            false,
        )
        .unwrap();
        assert_eq!((a.len(), a[1].is_none()), (2, true));
        assert_eq!(a[0].as_ref().unwrap().title.as_deref(), Some("T"));
        let b = articles(
            r#"{"articles":[{"headline":"H","body":"B","publishedAt":1746000000}]}"#,
            false,
        )
        .unwrap();
        assert_eq!(b[0].as_ref().unwrap().date.as_deref(), Some("2025-04-30"));
        let c = articles(
            "{\"content\":\"A\"}\n\n{\"Content\":\"B\",\"source\":{\"name\":\"EFE\"}}\n",
            false,
        )
        .unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].as_ref().unwrap().source.as_deref(), Some("EFE"));
        let d = articles("{\"text\":\"ok\"}\n{\"text\": oops}\n", true).unwrap_err();
        assert!(matches!(d, JsonError::Syntax { line: 2, .. }), "{d:?}");
        assert_eq!(
            articles(r#"{"a":1}"#, false).unwrap_err(),
            JsonError::NoArticles
        );
        let e = articles("{\"text\": \"x\",\n  \"date\": }", false).unwrap_err();
        assert!(
            matches!(
                e,
                JsonError::Syntax {
                    line: 2,
                    column: 11,
                    ..
                }
            ),
            "{e:?}"
        );
    }
}
