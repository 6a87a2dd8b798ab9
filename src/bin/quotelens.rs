//! The QuoteLens command line: batch analysis, evaluation against gold annotations, benchmarks.
//!
//!   quotelens analyze FILE|DIR...            print the JSON report of the files
//!   quotelens eval GOLD.json CORPUS_DIR      analyse the corpus and score it with score.py
//!   quotelens bench DIR                      throughput of the analysis in MB/s

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use quotelens::{analyze_many, Input, Options, UserTarget};

const USAGE: &str = "usage:
  quotelens analyze [--targets 'name: syn, syn; name2'] FILE|DIR...
      Prints {\"documents\": [...]} for the files (folders are read recursively).
  quotelens eval GOLD.json CORPUS_DIR [--merged] [--scorer score.py] [--out SYSTEM.json]
      Analyses CORPUS_DIR and scores it with score.py (default: beside GOLD.json).
  quotelens bench DIR [--repeat N]
      Measures analysis throughput over the files of DIR, and the share of each stage.
  quotelens bench --scaling [--max-mb N] [--only CLASS,...] [--repeat N] [--write DIR]
      Times every stage on ordinary text up to N MB (default 50) and on adversarial inputs;
      --write DIR saves the generated inputs instead.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => cmd_analyze(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("bench") => cmd_bench(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("quotelens: {message}");
            ExitCode::from(2)
        }
    }
}

/// Files named on the command line, folders expanded (sorted, hidden files skipped).
fn collect_files(paths: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        let path = PathBuf::from(p);
        if path.is_dir() {
            walk(&path, &mut out).map_err(|e| format!("cannot read folder {p}: {e}"))?;
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            walk(&e, out)?;
        } else {
            out.push(e);
        }
    }
    Ok(())
}

/// Parses "name: syn, syn; name2: syn" into user targets.
fn parse_targets(spec: &str) -> Vec<UserTarget> {
    spec.split(';')
        .filter_map(|part| {
            let (name, syns) = part.split_once(':').unwrap_or((part, ""));
            let name = name.trim();
            (!name.is_empty()).then(|| UserTarget {
                name: name.to_string(),
                synonyms: syns
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            })
        })
        .collect()
}

/// Reads and analyses files; an unreadable file becomes a document carrying its error.
fn analyze_files(files: &[PathBuf], options: &Options) -> quotelens::Report {
    let loaded: Vec<(String, Result<Vec<u8>, String>)> = files
        .iter()
        .map(|f| {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| f.display().to_string());
            let bytes = std::fs::read(f).map_err(|e| format!("cannot read {}: {e}", f.display()));
            (name, bytes)
        })
        .collect();
    let inputs: Vec<Input> = loaded
        .iter()
        .filter_map(|(name, b)| b.as_ref().ok().map(|bytes| Input { name, bytes }))
        .collect();
    let mut report = analyze_many(&inputs, options);
    for (name, b) in &loaded {
        if let Err(message) = b {
            report.documents.push(quotelens::DocumentReport {
                name: name.clone(),
                error: Some(quotelens::InputError {
                    code: "unreadable".into(),
                    message: message.clone(),
                }),
                ..Default::default()
            });
        }
    }
    report
}

fn cmd_analyze(args: &[String]) -> Result<(), String> {
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--targets" => {
                let spec = it.next().ok_or("--targets needs a value")?;
                options.targets = parse_targets(spec);
            }
            _ => paths.push(a.clone()),
        }
    }
    if paths.is_empty() {
        return Err(format!("analyze needs at least one file\n{USAGE}"));
    }
    let files = collect_files(&paths)?;
    let report = analyze_files(&files, &options);
    for d in &report.documents {
        if let Some(e) = &d.error {
            eprintln!("quotelens: {}: {}", d.name, e.message);
        }
    }
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    write_stdout(&json)
}

/// Prints to stdout; a closed pipe (`quotelens analyze ... | head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
        _ => Ok(()),
    }
}

fn cmd_eval(args: &[String]) -> Result<(), String> {
    let mut positional = Vec::new();
    let mut scorer: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut extra = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--scorer" => scorer = Some(it.next().ok_or("--scorer needs a path")?.into()),
            "--out" => out = Some(it.next().ok_or("--out needs a path")?.into()),
            s if s.starts_with("--") => extra.push(s.to_string()),
            _ => positional.push(a.clone()),
        }
    }
    let [gold, corpus] = positional.as_slice() else {
        return Err(format!("eval needs GOLD.json and CORPUS_DIR\n{USAGE}"));
    };
    let gold = PathBuf::from(gold);
    let scorer = scorer.unwrap_or_else(|| gold.with_file_name("score.py"));
    if !scorer.is_file() {
        return Err(format!(
            "scorer {} not found; pass --scorer PATH",
            scorer.display()
        ));
    }
    let files = collect_files(std::slice::from_ref(corpus))?;
    let started = Instant::now();
    let report = analyze_files(&files, &Options::default());
    let elapsed = started.elapsed();
    // One file per run, so that concurrent evaluations do not read each other's output.
    let system = out.unwrap_or_else(|| {
        std::env::temp_dir().join(format!("quotelens-eval-{}.json", std::process::id()))
    });
    let json = serde_json::to_string(&report).map_err(|e| e.to_string())?;
    std::fs::write(&system, json).map_err(|e| format!("cannot write {}: {e}", system.display()))?;
    eprintln!(
        "analysed {} files in {:.2}s; system output in {}",
        files.len(),
        elapsed.as_secs_f64(),
        system.display()
    );
    let status = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(&system)
        .args(&extra)
        .status()
        .map_err(|e| format!("cannot run python3 {}: {e}", scorer.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("scorer failed ({status})"))
    }
}

fn cmd_bench(args: &[String]) -> Result<(), String> {
    if args.iter().any(|a| a == "--scaling") {
        let settings = quotelens::bench::Scaling::from_args(args)?;
        quotelens::bench::scaling(&settings, &mut |line| println!("{line}"));
        return Ok(());
    }
    let mut repeat = 3usize;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repeat" => {
                repeat = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--repeat needs a number")?
            }
            _ => paths.push(a.clone()),
        }
    }
    if paths.is_empty() {
        return Err(format!("bench needs a folder or files\n{USAGE}"));
    }
    let files = collect_files(&paths)?;
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|f| Some((f.display().to_string(), std::fs::read(f).ok()?)))
        .collect();
    let inputs: Vec<Input> = data
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let total: usize = data.iter().map(|(_, b)| b.len()).sum();
    let options = Options::default();
    let (report, times) = quotelens::bench::best_of(&inputs, &options, repeat);
    let best = times.total();
    let quotes: usize = report.documents.iter().map(|d| d.quotes.len()).sum();
    let mb = total as f64 / 1_000_000.0;
    println!(
        "{} files, {:.2} MB, {} quotes; best of {}: {:.3}s = {:.2} MB/s, {:.0} docs/s",
        data.len(),
        mb,
        quotes,
        repeat.max(1),
        best,
        mb / best,
        data.len() as f64 / best
    );
    println!("stages: {}", quotelens::bench::shares(&times));
    Ok(())
}
