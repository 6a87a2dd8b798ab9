//! Development harness for the stance analysis: feeds the stance stage hand-made quotes so it
//! can be measured apart from the quotation engine.
//!
//!   cargo run --example stance_dev -- GOLD.json CORPUS_DIR [--scorer score.py] [--verbose]
//!
//! The quotes are read at run time from a gold file (text, kind, speaker); their offsets are
//! found in each document's cleaned text. The judgements, the batch matrix and the summary
//! lines are printed, and the scorer's stance line when a scorer is at hand.

use std::path::{Path, PathBuf};
use std::process::Command;

use quotelens::analysis::stance;
use quotelens::{analyze, Input, Options, Quote, QuoteKind, Report, Speaker};
use serde_json::Value;

/// Byte range of `needle` in `hay`, tolerating markup and quotation-mark differences: an exact
/// match, or the first and last few words found in order.
fn locate(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    if let Some(s) = hay.find(needle) {
        return Some((s, s + needle.len()));
    }
    let words: Vec<&str> = needle
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let head = words.iter().take(3).copied().collect::<Vec<_>>();
    let tail = words
        .iter()
        .rev()
        .take(2)
        .rev()
        .copied()
        .collect::<Vec<_>>();
    let find_seq = |from: usize, seq: &[&str]| -> Option<(usize, usize)> {
        let mut pos = from;
        let mut first = None;
        for w in seq {
            let at = pos + hay.get(pos..)?.find(w)?;
            first.get_or_insert(at);
            pos = at + w.len();
        }
        Some((first?, pos))
    };
    let (s, e0) = find_seq(0, &head)?;
    let (_, e) = find_seq(e0, &tail).unwrap_or((s, e0));
    (e > s && e - s < needle.len() * 2 + 40).then_some((s, e))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let mut positional = Vec::new();
    let mut scorer: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--scorer" => scorer = it.next().map(PathBuf::from),
            "--verbose" => {}
            _ => positional.push(a.clone()),
        }
    }
    let [gold_path, corpus] = positional.as_slice() else {
        eprintln!("usage: stance_dev GOLD.json CORPUS_DIR [--scorer score.py] [--verbose]");
        std::process::exit(2);
    };
    let gold: Value = match std::fs::read_to_string(gold_path)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("cannot read {gold_path}: {e}");
            std::process::exit(2);
        }
    };
    let mut documents = Vec::new();
    for gd in gold["documents"].as_array().into_iter().flatten() {
        let name = gd["doc"].as_str().unwrap_or_default();
        let Ok(bytes) = std::fs::read(Path::new(corpus).join(name)) else {
            eprintln!("missing {name}");
            continue;
        };
        let Some(mut doc) = analyze(
            Input {
                name,
                bytes: &bytes,
            },
            &Options::default(),
        )
        .into_iter()
        .next() else {
            continue;
        };
        let mut quotes = Vec::new();
        for gq in gd["quotes"].as_array().into_iter().flatten() {
            let text = gq["text"].as_str().unwrap_or_default();
            let Some((start, end)) = locate(&doc.text, text) else {
                eprintln!("{name}: not located: {text}");
                continue;
            };
            let kind = match gq["kind"].as_str() {
                Some("partial") => QuoteKind::Partial,
                Some("indirect") => QuoteKind::Indirect,
                _ => QuoteKind::Direct,
            };
            quotes.push(Quote {
                id: String::new(),
                text: doc.text[start..end].to_string(),
                kind,
                start,
                end,
                speaker: gq["speaker"].as_str().map(|s| Speaker {
                    name: s.to_string(),
                    aliases: Vec::new(),
                    role: None,
                    person: None,
                }),
                cue: None,
                mention: None,
                confidence: 1.0,
            });
        }
        quotes.sort_by_key(|q| q.start);
        for (i, q) in quotes.iter_mut().enumerate() {
            q.id = format!("q{}", i + 1);
        }
        doc.stance = stance::judge(&doc.text, &quotes, &[], &[], &Options::default().domains);
        doc.quotes = quotes;
        documents.push(doc);
    }
    let stance_matrix = stance::aggregate(&documents);
    let summaries = stance::summarize(&stance_matrix, &documents);
    for d in &documents {
        println!("== {}", d.name);
        for j in &d.stance {
            if !verbose && j.stance == quotelens::Polarity::Neutral {
                continue;
            }
            println!(
                "  {} -> {} [{:?}]: {:?} score {:.2} conf {:.2}",
                j.speaker, j.target, j.target_kind, j.stance, j.score, j.confidence
            );
            if verbose {
                for e in &j.evidence {
                    println!(
                        "      {} {:?} w{:.2} {:?}",
                        e.quote_id, e.polarity, e.weight, e.cues
                    );
                }
            }
        }
    }
    println!("== summaries");
    for s in &summaries {
        println!("  {}", s.line);
    }
    let topics = stance::topics(&documents);
    let report = Report {
        documents,
        stance_matrix,
        summaries,
        topics,
    };
    let scorer = scorer.unwrap_or_else(|| Path::new(gold_path).with_file_name("score.py"));
    if scorer.is_file() {
        let system = std::env::temp_dir().join("quotelens-stance-dev.json");
        let json = serde_json::to_string(&report).unwrap_or_default();
        if std::fs::write(&system, json).is_ok() {
            if let Ok(out) = Command::new("python3")
                .arg(&scorer)
                .arg(gold_path)
                .arg(&system)
                .output()
            {
                for line in String::from_utf8_lossy(&out.stdout).lines() {
                    if line.contains("stance") {
                        println!("{line}");
                    }
                }
            }
        }
    }
}
