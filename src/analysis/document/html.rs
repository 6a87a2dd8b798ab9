//! HTML pages to article paragraphs. Builds a small tree from tag soup, picks the main content
//! (`<article>`, `<main>`, an article-body container, else `<body>`), drops what is not the
//! article (navigation, asides, footers, scripts, forms, share and related boxes) and turns
//! block elements into paragraphs. Metadata comes from `<title>`, `<meta>`, `<link>`, `<time>`
//! and JSON-LD.

use super::markup::{attr, decode_entities, has_attr, Token, Tokenizer};
use super::plain::{join_lines, normalize, BLOCK_TAGS};
use super::{Extracted, Hints};
use crate::analysis::report::SetAside;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Deeper nesting than this is flattened, so that no input can exhaust the stack.
const MAX_DEPTH: usize = 200;

#[derive(Debug, Default)]
struct Node {
    /// Lower-cased tag name; empty for text.
    tag: String,
    attrs: String,
    /// Decoded text of a text node.
    text: String,
    children: Vec<usize>,
}

struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn parse(src: &str) -> Tree {
        let mut nodes = vec![Node {
            tag: "#root".into(),
            ..Node::default()
        }];
        let mut stack: Vec<usize> = vec![0];
        let add = |nodes: &mut Vec<Node>, parent: usize, node: Node| -> usize {
            nodes.push(node);
            let id = nodes.len() - 1;
            nodes[parent].children.push(id);
            id
        };
        for token in Tokenizer::html(src) {
            let top = stack.last().copied().unwrap_or(0);
            match token {
                Token::Text(t) | Token::CData(t) => {
                    let text = if nodes[top].tag == "script" || nodes[top].tag == "style" {
                        t.to_string()
                    } else {
                        decode_entities(t).into_owned()
                    };
                    add(
                        &mut nodes,
                        top,
                        Node {
                            text,
                            ..Node::default()
                        },
                    );
                }
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                } => {
                    implied_end(&nodes, &mut stack, &name);
                    let top = stack.last().copied().unwrap_or(0);
                    let void = self_closing || VOID.contains(&name.as_str());
                    let id = add(
                        &mut nodes,
                        top,
                        Node {
                            tag: name,
                            attrs: attrs.to_string(),
                            ..Node::default()
                        },
                    );
                    if !void && stack.len() < MAX_DEPTH {
                        stack.push(id);
                    }
                }
                Token::End { name } => {
                    if name == "br" {
                        add(
                            &mut nodes,
                            top,
                            Node {
                                tag: "br".into(),
                                ..Node::default()
                            },
                        );
                    } else if let Some(pos) = stack.iter().rposition(|&id| nodes[id].tag == name) {
                        if pos > 0 {
                            stack.truncate(pos);
                        }
                    }
                }
                Token::Other => {}
            }
        }
        Tree { nodes }
    }

    fn attr(&self, id: usize, key: &str) -> Option<String> {
        attr(&self.nodes[id].attrs, key)
    }

    /// All text under a node, whitespace collapsed.
    fn text(&self, id: usize) -> String {
        let mut out = String::new();
        self.collect_text(id, &mut out, 0);
        normalize(&out)
    }

    fn collect_text(&self, id: usize, out: &mut String, depth: usize) {
        let n = &self.nodes[id];
        if n.tag.is_empty() {
            out.push_str(&n.text);
            return;
        }
        if matches!(n.tag.as_str(), "script" | "style" | "noscript" | "template")
            || depth > MAX_DEPTH
        {
            return;
        }
        let block = BLOCK_TAGS.contains(&n.tag.as_str());
        if block {
            out.push(' ');
        }
        for &c in &n.children {
            self.collect_text(c, out, depth + 1);
        }
        if block {
            out.push(' ');
        }
    }

    /// Length of the readable text under a node, not counting elements that are never article
    /// text (scripts, menus, asides). Guesses from class names are not applied here.
    fn content_len(&self, id: usize, depth: usize) -> usize {
        let n = &self.nodes[id];
        if n.tag.is_empty() {
            return n.text.trim().len();
        }
        if depth > MAX_DEPTH || self.drop_reason(id).is_some_and(|d| !d.2) {
            return 0;
        }
        n.children
            .iter()
            .map(|&c| self.content_len(c, depth + 1))
            .sum()
    }

    fn descendants(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut todo = vec![id];
        while let Some(n) = todo.pop() {
            out.push(n);
            todo.extend(self.nodes[n].children.iter().rev());
        }
        out
    }

    /// Why an element is not article text: (kind, reason, guessed from a class name), or None
    /// to keep it.
    fn drop_reason(&self, id: usize) -> Option<(&'static str, &'static str, bool)> {
        let n = &self.nodes[id];
        let silent = ("", "", false);
        match n.tag.as_str() {
            "script" | "style" | "noscript" | "template" | "svg" | "canvas" | "iframe"
            | "object" | "embed" | "head" | "title" | "select" | "button" | "input"
            | "textarea" | "audio" | "video" | "map" | "img" | "picture" | "source" | "link"
            | "meta" | "base" => return Some(silent),
            "nav" | "menu" => return Some(("navigation", "a navigation menu (<nav>)", false)),
            "aside" => return Some(("aside", "a sidebar box (<aside>) beside the article", false)),
            "footer" => return Some(("footer", "the page or article footer (<footer>)", false)),
            "form" => {
                return Some((
                    "form",
                    "a form (<form>): search, sign-up or comments",
                    false,
                ))
            }
            "dialog" => return Some(("prompt", "a pop-up dialog (<dialog>)", false)),
            "figcaption" => return Some(("caption", "a picture caption (<figcaption>)", false)),
            _ => {}
        }
        if n.tag.is_empty() {
            return None;
        }
        let a = &n.attrs;
        if a.is_empty() {
            return None;
        }
        if has_attr(a, "hidden")
            || attr(a, "aria-hidden").is_some_and(|v| v == "true")
            || attr(a, "style").is_some_and(|s| {
                let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
                let s = s.to_ascii_lowercase();
                crate::analysis::substr::contains(&s, "display:none")
                    || crate::analysis::substr::contains(&s, "visibility:hidden")
            })
        {
            return Some(silent);
        }
        if let Some(role) = attr(a, "role") {
            match role.to_ascii_lowercase().as_str() {
                "navigation" | "menu" | "menubar" | "search" => {
                    return Some((
                        "navigation",
                        "a navigation element (role=navigation)",
                        false,
                    ))
                }
                "complementary" => {
                    return Some(("aside", "a sidebar box (role=complementary)", false))
                }
                "contentinfo" => {
                    return Some(("footer", "the page footer (role=contentinfo)", false))
                }
                "dialog" | "alertdialog" => return Some(("prompt", "a pop-up dialog", false)),
                _ => {}
            }
        }
        let names = format!(
            "{} {}",
            attr(a, "class").unwrap_or_default(),
            attr(a, "id").unwrap_or_default()
        )
        .to_ascii_lowercase();
        for word in names.split(|c: char| !c.is_ascii_alphanumeric()) {
            let hit = match word {
                "related" | "recommended" | "recirculation" | "outbrain" | "taboola"
                | "trending" | "mostread" | "popular" | "teaser" | "teasers" => {
                    ("related", "a related-articles box (by its class name)")
                }
                "share" | "sharing" | "social" | "sharebar" | "socials" => {
                    ("share", "share buttons (by their class name)")
                }
                "comment" | "comments" | "disqus" => {
                    ("comments", "the comments section (by its class name)")
                }
                "newsletter" | "subscribe" | "subscription" | "signup" | "paywall" | "promo"
                | "cta" | "popup" | "modal" | "cookie" | "cookies" | "consent" | "gdpr" => (
                    "prompt",
                    "a sign-up, cookie or promotion box (by its class name)",
                ),
                "ad" | "ads" | "advert" | "advertisement" | "adslot" | "sponsored" | "dfp" => {
                    ("advertisement", "an advertisement slot (by its class name)")
                }
                "breadcrumb" | "breadcrumbs" | "menu" | "navbar" | "nav" | "navigation"
                | "sidebar" | "masthead" | "skip" => {
                    ("navigation", "navigation (by its class name)")
                }
                "caption" | "credit" | "credits" | "photocredit" => {
                    ("caption", "a picture caption or credit (by its class name)")
                }
                "byline" | "author" | "authors" => ("byline", "the byline (by its class name)"),
                "tags" | "keywords" | "topics" => ("hashtags", "the tag list (by its class name)"),
                "sronly" | "visually" => return Some(silent),
                _ => continue,
            };
            return Some((hit.0, hit.1, true));
        }
        None
    }
}

/// Closes elements that HTML closes implicitly: an open `<p>` before a block, the previous
/// `<li>`, `<dt>`/`<dd>`, table cells and rows, headings.
fn implied_end(nodes: &[Node], stack: &mut Vec<usize>, name: &str) {
    let open = |stack: &Vec<usize>, tags: &[&str], scope: &[&str]| -> Option<usize> {
        for (pos, &id) in stack.iter().enumerate().rev() {
            let t = nodes[id].tag.as_str();
            if tags.contains(&t) {
                return Some(pos);
            }
            if scope.contains(&t) {
                return None;
            }
        }
        None
    };
    let close_to = |stack: &mut Vec<usize>, pos: Option<usize>| {
        if let Some(p) = pos.filter(|&p| p > 0) {
            stack.truncate(p);
        }
    };
    let headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    if BLOCK_TAGS.contains(&name) && name != "br" {
        close_to(
            stack,
            open(stack, &["p"], &["table", "button", "td", "th", "li"]),
        );
    }
    match name {
        "li" => close_to(stack, open(stack, &["li"], &["ul", "ol", "menu"])),
        "dt" | "dd" => close_to(stack, open(stack, &["dt", "dd"], &["dl"])),
        "td" | "th" => close_to(stack, open(stack, &["td", "th"], &["tr", "table"])),
        "tr" => close_to(stack, open(stack, &["tr"], &["table"])),
        "option" => close_to(stack, open(stack, &["option"], &["select"])),
        _ if headings.contains(&name) => {
            if let Some(&top) = stack.last() {
                if headings.contains(&nodes[top].tag.as_str()) && stack.len() > 1 {
                    stack.pop();
                }
            }
        }
        _ => {}
    }
}

/// Turns the kept part of the tree into paragraphs.
struct Walker<'t> {
    tree: &'t Tree,
    paragraphs: Vec<String>,
    buf: String,
    /// An inline tag boundary was passed since the last text.
    boundary: bool,
    set_aside: Vec<SetAside>,
    /// Text of the element that holds most of the content: never dropped by class name.
    main: usize,
}

impl Walker<'_> {
    fn flush(&mut self) {
        if self.buf.trim().is_empty() {
            self.buf.clear();
            return;
        }
        let lines: Vec<&str> = self.buf.split('\n').collect();
        self.paragraphs.extend(join_lines(&lines));
        self.buf.clear();
    }

    fn push_text(&mut self, t: &str) {
        if self.boundary
            && self
                .buf
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && t.starts_with(char::is_alphanumeric)
        {
            self.buf.push(' ');
        }
        self.boundary = false;
        // Source line breaks are spaces; only <br> breaks a line.
        for c in t.chars() {
            self.buf.push(if c == '\n' || c == '\r' { ' ' } else { c });
        }
    }

    fn walk(&mut self, id: usize, depth: usize) {
        let tree = self.tree;
        let n = &tree.nodes[id];
        if n.tag.is_empty() {
            self.push_text(&n.text);
            return;
        }
        if depth > MAX_DEPTH {
            return;
        }
        if let Some((kind, reason, by_class)) = tree.drop_reason(id) {
            // A class-name guess never removes the bulk of the article.
            if !(by_class && tree.content_len(id, 0) * 2 > self.main) {
                if !kind.is_empty() {
                    let text = tree.text(id);
                    if !text.is_empty() {
                        self.set_aside.push(SetAside {
                            kind: kind.into(),
                            text: shorten(&text),
                            reason: format!("Set aside as {reason}."),
                        });
                    }
                }
                return;
            }
        }
        match n.tag.as_str() {
            "br" => self.buf.push('\n'),
            "header" => {
                // Keep the headings of a header; its menus and logos are not the article.
                self.flush();
                let mut headings = Vec::new();
                for d in tree.descendants(id) {
                    if matches!(tree.nodes[d].tag.as_str(), "h1" | "h2" | "h3") {
                        let t = tree.text(d);
                        if !t.is_empty() {
                            headings.push(t);
                        }
                    }
                }
                let mut rest = tree.text(id);
                for h in &headings {
                    rest = remove_first(&rest, h);
                }
                let rest = normalize(&rest);
                if !rest.is_empty() {
                    self.set_aside.push(SetAside {
                        kind: "header".into(),
                        text: shorten(&rest),
                        reason:
                            "Set aside as the header around the headline (byline, date, menus)."
                                .into(),
                    });
                }
                self.paragraphs.extend(headings);
            }
            tag if BLOCK_TAGS.contains(&tag) => {
                self.flush();
                for &c in &n.children {
                    self.walk(c, depth + 1);
                }
                self.flush();
            }
            _ => {
                // An inline element: its edges separate words, except for a drop capital.
                let single = tree.text(id).chars().count() <= 1;
                if !single {
                    self.boundary = true;
                }
                for &c in &n.children {
                    self.walk(c, depth + 1);
                }
                if !single {
                    self.boundary = true;
                }
            }
        }
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 400;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", s.get(..end).unwrap_or(""))
}

/// Extracts the article from a whole HTML page.
pub fn extract(src: &str) -> Extracted {
    let tree = Tree::parse(src);
    let hints = metadata(&tree);
    let root = main_content(&tree);
    let main = tree.content_len(root, 0);
    let mut walker = Walker {
        tree: &tree,
        paragraphs: Vec::new(),
        buf: String::new(),
        boundary: false,
        set_aside: Vec::new(),
        main,
    };
    walker.walk(root, 0);
    walker.flush();
    let mut paragraphs = walker.paragraphs;
    // The headline often sits above the article element, in the page header.
    let has_h1 = tree
        .descendants(root)
        .iter()
        .any(|&d| tree.nodes[d].tag == "h1");
    if !has_h1 {
        let outside = tree
            .descendants(0)
            .into_iter()
            .find(|&d| tree.nodes[d].tag == "h1")
            .map(|d| tree.text(d))
            .filter(|t| !t.is_empty());
        if let Some(h) = outside.or_else(|| hints.headline.clone()) {
            if paragraphs.first() != Some(&h) {
                paragraphs.insert(0, h);
            }
        }
    }
    Extracted {
        paragraphs,
        hints,
        set_aside: walker.set_aside,
        warnings: Vec::new(),
    }
}

/// The element that holds the article: the largest `<article>` or article-body container,
/// else `<main>`, else `<body>`, else everything.
fn main_content(tree: &Tree) -> usize {
    let all = tree.descendants(0);
    let is_body_class = |id: usize| {
        let names = format!(
            "{} {}",
            tree.attr(id, "class").unwrap_or_default(),
            tree.attr(id, "id").unwrap_or_default()
        )
        .to_ascii_lowercase();
        [
            "article-body",
            "articlebody",
            "article__body",
            "story-body",
            "storybody",
            "post-content",
            "entry-content",
            "article-content",
            "story-content",
        ]
        .iter()
        .any(|c| crate::analysis::substr::contains(&names, c))
            || tree
                .attr(id, "itemprop")
                .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
    };
    let best = |ids: Vec<usize>| ids.into_iter().max_by_key(|&id| tree.content_len(id, 0));
    let articles: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&id| tree.nodes[id].tag == "article")
        .collect();
    let bodies: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&id| is_body_class(id))
        .collect();
    let mains: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&id| {
            tree.nodes[id].tag == "main"
                || tree
                    .attr(id, "role")
                    .is_some_and(|r| r.eq_ignore_ascii_case("main"))
        })
        .collect();
    let body = all.iter().copied().find(|&id| tree.nodes[id].tag == "body");
    best(articles)
        .filter(|&id| tree.content_len(id, 0) > 0)
        .or_else(|| best(bodies).filter(|&id| tree.content_len(id, 0) > 0))
        .or_else(|| best(mains).filter(|&id| tree.content_len(id, 0) > 0))
        .or(body)
        .unwrap_or(0)
}

/// Headline, date, source and URL from the page's metadata.
fn metadata(tree: &Tree) -> Hints {
    let mut hints = Hints::default();
    let mut title = None;
    let mut og_title = None;
    let mut time = None;
    for id in tree.descendants(0) {
        let n = &tree.nodes[id];
        match n.tag.as_str() {
            "title" if title.is_none() => title = Some(tree.text(id)),
            "meta" => {
                let key = tree
                    .attr(id, "property")
                    .or_else(|| tree.attr(id, "name"))
                    .or_else(|| tree.attr(id, "itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let Some(content) = tree.attr(id, "content").map(|c| normalize(&c)) else {
                    continue;
                };
                if content.is_empty() {
                    continue;
                }
                match key.as_str() {
                    "og:title" | "twitter:title" | "headline" if og_title.is_none() => {
                        og_title = Some(content)
                    }
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dcterms.date"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                        if hints.date.is_none() =>
                    {
                        hints.date = Some(content)
                    }
                    "og:site_name" | "application-name" if hints.source.is_none() => {
                        hints.source = Some(content)
                    }
                    "og:url" if hints.url.is_none() => hints.url = Some(content),
                    _ => {}
                }
            }
            "link" => {
                let canonical = tree
                    .attr(id, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"));
                if canonical {
                    if let Some(href) = tree.attr(id, "href") {
                        hints.url = Some(href);
                    }
                }
            }
            "time" if time.is_none() => {
                time = tree
                    .attr(id, "datetime")
                    .or_else(|| Some(tree.text(id)))
                    .filter(|t| !t.is_empty());
            }
            "script" => {
                let is_ld = tree
                    .attr(id, "type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    let raw: String = n
                        .children
                        .iter()
                        .map(|&c| tree.nodes[c].text.as_str())
                        .collect();
                    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) {
                        json_ld(&value, &mut hints, &mut og_title, 0);
                    }
                }
            }
            _ => {}
        }
    }
    if hints.date.is_none() {
        hints.date = time;
    }
    hints.headline =
        og_title.or_else(|| title.map(|t| strip_site_name(&t, hints.source.as_deref())));
    hints
}

/// Headline, date, publisher and URL of a schema.org article in JSON-LD.
fn json_ld(v: &serde_json::Value, hints: &mut Hints, title: &mut Option<String>, depth: usize) {
    use serde_json::Value;
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| json_ld(i, hints, title, depth + 1)),
        Value::Object(map) => {
            let is_article = map.get("@type").is_some_and(|t| {
                names_kind(t, &|s| {
                    crate::analysis::substr::contains(s, "Article")
                        || crate::analysis::substr::contains(s, "Posting")
                        || crate::analysis::substr::contains(s, "Report")
                })
            });
            if is_article {
                let s = |k: &str| map.get(k).and_then(Value::as_str).map(normalize);
                if title.is_none() {
                    *title = s("headline");
                }
                if hints.date.is_none() {
                    hints.date = s("datePublished").or_else(|| s("dateCreated"));
                }
                if hints.url.is_none() {
                    hints.url = s("url");
                }
                if hints.source.is_none() {
                    hints.source = map
                        .get("publisher")
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .map(normalize);
                }
            }
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, hints, title, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether a string of a JSON value (a key or a string, at any depth) passes `test`: what
/// `test` finds in the value's JSON text (`t.to_string()`), for words of letters alone, which
/// neither punctuation, numbers nor escapes can form. Without serialising it, so the wasm links
/// no `Value` serialiser and no float formatting for it (README, `size17`). The value comes from
/// serde_json's parser, whose nesting limit bounds the recursion.
fn names_kind(v: &serde_json::Value, test: &dyn Fn(&str) -> bool) -> bool {
    use serde_json::Value;
    match v {
        Value::String(s) => test(s),
        Value::Array(items) => items.iter().any(|i| names_kind(i, test)),
        Value::Object(map) => map.iter().any(|(k, i)| test(k) || names_kind(i, test)),
        _ => false,
    }
}

/// `text.replacen(part, "", 1)`: `text` without the first `part` in it.
fn remove_first(text: &str, part: &str) -> String {
    match crate::analysis::substr::find(text, part) {
        Some(at) => [text.get(..at), text.get(at + part.len()..)]
            .into_iter()
            .flatten()
            .collect(),
        None => text.to_string(),
    }
}

/// "Headline | Site" or "Headline - Site" in `<title>`: the site part goes.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some(i) = crate::analysis::substr::rfind(title, sep) {
            let tail = title.get(i + sep.len()..).unwrap_or("");
            let is_site = site.is_some_and(|s| tail.eq_ignore_ascii_case(s))
                || tail.split_whitespace().count() <= 3;
            if is_site && i > 0 {
                return title.get(..i).unwrap_or("").trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Paragraphs of an HTML fragment (an export's body field): no page structure to choose from.
pub fn fragment(src: &str) -> Vec<String> {
    extract(src).paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// JSON values of strings, numbers, arrays and objects over words near the kinds looked for.
    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let word = prop_oneof![
            Just("NewsArticle"),
            Just("Artic"),
            Just("le"),
            Just("Posting\n"),
            Just("Rep\"ort"),
            Just("Report"),
            Just("Person"),
            Just("\u{1}Article\t"),
            Just(""),
        ]
        .prop_map(str::to_string);
        let leaf = prop_oneof![
            word.clone().prop_map(serde_json::Value::String),
            any::<f64>().prop_map(|f| serde_json::json!(f)),
            any::<i32>().prop_map(|n| serde_json::json!(n)),
            Just(serde_json::Value::Null),
        ];
        leaf.prop_recursive(3, 24, 4, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
                proptest::collection::vec((word.clone(), inner), 0..4)
                    .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        // The kind of a JSON-LD item is read from its strings as it was from its JSON text.
        #[test]
        fn names_kind_reads_what_the_json_text_shows(v in json_value()) {
            let words = |s: &str| s.contains("Article") || s.contains("Posting") || s.contains("Report");
            prop_assert_eq!(names_kind(&v, &words), words(&v.to_string()));
        }
    }

    #[test]
    fn main_content_and_furniture() {
        let page = r#"<!doctype html><html><head><title>Peace talks | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2025-04-30T10:00:00Z">
<link rel="canonical" href="https://daily.example/2025/04/30/peace"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<h1>Peace talks resume</h1>
<article><p>The minister<b>said</b> on Monday that talks &ldquo;would resume&rdquo;.</p>
<figure><img src="a.jpg"><figcaption>The minister. Photo: Agency</figcaption></figure>
<div class="share-buttons">Share on Facebook</div>
<p>Second<br>line and <i>more</i>.<p>Third paragraph
</article><aside>Most read: something else</aside><footer>© The Daily</footer>
<script>var x = "<p>not text</p>";</script></body></html>"#;
        let ex = extract(page);
        assert_eq!(
            ex.paragraphs,
            [
                "Peace talks resume",
                "The minister said on Monday that talks “would resume”.",
                "Second line and more.",
                "Third paragraph"
            ]
        );
        assert_eq!(ex.hints.date.as_deref(), Some("2025-04-30T10:00:00Z"));
        assert_eq!(ex.hints.source.as_deref(), Some("The Daily"));
        assert_eq!(ex.hints.headline.as_deref(), Some("Peace talks"));
        assert_eq!(
            ex.hints.url.as_deref(),
            Some("https://daily.example/2025/04/30/peace")
        );
        let kinds: Vec<&str> = ex.set_aside.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(kinds, ["caption", "share"]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = "<div>".repeat(100_000) + "text";
        let ex = extract(&page);
        assert_eq!(ex.paragraphs, ["text"]);
    }
}
