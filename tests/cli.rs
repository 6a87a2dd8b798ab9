//! The `quotelens` command line as a user runs it: the built binary on the seed articles, for
//! each convention (help, version, exit status, standard input, folders, --output, --jobs) and
//! each format (json, jsonl, csv, text, JSON Lines input), plus a 50,000-article stream.
//! Native only, like the command line.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use quotelens::{analyze, analyze_many, DocumentReport, Input, Options, Report};

const BIN: &str = env!("CARGO_BIN_EXE_quotelens");

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds")
}

/// The seed files, sorted as a folder is read.
fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    files.sort();
    files
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("runs quotelens")
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs quotelens");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// A value as it reads back from JSON (f32 fields as printed, not widened to f64).
fn as_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited")
}

/// A folder of its own under the system's temporary folder, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("quotelens-cli-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What the library reports for the seed files, as the command line should print it.
fn library_report() -> Report {
    let data: Vec<(String, Vec<u8>)> = seed_files()
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(p).unwrap())
        })
        .collect();
    let inputs: Vec<Input> = data
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    analyze_many(&inputs, &Options::default())
}

/// A seed article as one JSON Lines record with its file name as id.
fn seed_as_json_line(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::json!({"id": path.file_name().unwrap().to_string_lossy(), "text": text}).to_string()
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF records).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "CSV ends with CRLF");
    rows
}

#[test]
fn help_for_each_subcommand_and_version() {
    for sub in ["analyze", "eval", "bench"] {
        let out = run(&[sub, "--help"]);
        assert_eq!(code(&out), 0, "{sub} --help");
        let text = stdout(&out);
        assert!(
            text.contains(&format!("Usage: quotelens {sub}")),
            "{sub} --help: {text}"
        );
        assert!(out.stderr.is_empty());
    }
    let help = stdout(&run(&["analyze", "--help"]));
    for option in [
        "--format",
        "--input",
        "--output",
        "--no-text",
        "--jobs",
        "--targets",
    ] {
        assert!(help.contains(option), "analyze --help names {option}");
    }
    let top = run(&["--help"]);
    assert_eq!(code(&top), 0);
    assert!(stdout(&top).contains("analyze") && stdout(&top).contains("eval"));
    let version = run(&["--version"]);
    assert_eq!(code(&version), 0);
    assert_eq!(
        stdout(&version).trim(),
        format!("quotelens {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(code(&run(&["analyze", "--version"])), 0);
}

#[test]
fn usage_errors_exit_2_with_a_message_and_no_output() {
    let seed = seed_files()[0].display().to_string();
    for args in [
        vec![],
        vec!["analyze"],
        vec!["analyse-this", &seed],
        vec!["analyze", "--format", "xml", &seed],
        vec!["analyze", "--input", "csv", &seed],
        vec!["analyze", "--jobs", "0", &seed],
        vec!["analyze", "--jobs", "many", &seed],
        vec!["analyze", "--frobnicate", &seed],
        vec!["analyze", "-", "-"],
        vec!["eval", "gold.json"],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("error: ") || err.contains("Usage: quotelens"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = run(&["analyze", "--format", "xml", &seed]);
    assert!(
        stderr(&out).contains("json, jsonl, csv, text"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_is_the_library_report_of_the_folder() {
    let out = run(&["analyze", seeds_dir().to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stderr.is_empty());
    let printed: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, library_report());
    assert_eq!(printed.documents.len(), 5);
    assert!(printed
        .documents
        .iter()
        .all(|d| !d.text.is_empty() && !d.quotes.is_empty()));
    assert!(!printed.stance_matrix.is_empty() && !printed.summaries.is_empty());
}

#[test]
fn jobs_do_not_change_the_output_or_its_order() {
    let dir = seeds_dir();
    let one = run(&["analyze", "-j", "1", dir.to_str().unwrap()]);
    let four = run(&["analyze", "--jobs", "4", dir.to_str().unwrap()]);
    assert_eq!(code(&one), 0);
    assert_eq!(one.stdout, four.stdout);
    let lines = run(&["analyze", "-j", "3", "-f", "jsonl", dir.to_str().unwrap()]);
    let names: Vec<String> = stdout(&lines)
        .lines()
        .map(|l| serde_json::from_str::<DocumentReport>(l).unwrap().name)
        .collect();
    let expected: Vec<String> = seed_files()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, expected);
}

#[test]
fn folders_are_read_recursively_in_order_and_hidden_files_skipped() {
    let tmp = TempDir::new("folders");
    let seeds = seed_files();
    std::fs::create_dir_all(tmp.0.join("b/deeper")).unwrap();
    std::fs::copy(&seeds[0], tmp.0.join("a.txt")).unwrap();
    std::fs::copy(&seeds[1], tmp.0.join("b/deeper/c.txt")).unwrap();
    std::fs::copy(&seeds[2], tmp.0.join("b/b.txt")).unwrap();
    std::fs::copy(&seeds[3], tmp.0.join(".hidden.txt")).unwrap();
    let out = run(&["analyze", "-f", "jsonl", tmp.0.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let docs: Vec<DocumentReport> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
    let library = library_report();
    assert_eq!(docs[2].quotes, library.documents[1].quotes);
}

#[test]
fn a_missing_or_unreadable_input_exits_1_and_the_others_are_analysed() {
    let seed = seed_files()[0].display().to_string();
    let tmp = TempDir::new("missing");
    let binary = tmp.0.join("photo.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).unwrap();
    let missing = tmp.0.join("missing.txt");
    let out = run(&[
        "analyze",
        &seed,
        missing.to_str().unwrap(),
        binary.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = report.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            seed_files()[0].file_name().unwrap().to_str().unwrap(),
            "missing.txt",
            "photo.txt"
        ]
    );
    assert!(report.documents[0].error.is_none() && !report.documents[0].quotes.is_empty());
    assert_eq!(
        report.documents[1].error.as_ref().unwrap().code,
        "unreadable"
    );
    assert_eq!(report.documents[2].error.as_ref().unwrap().code, "binary");
    let err = stderr(&out);
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("photo.txt: "), "{err}");
    assert!(err.contains("2 inputs could not be analysed"), "{err}");
    // All good: status 0 and nothing on stderr.
    let ok = run(&["analyze", &seed]);
    assert_eq!(code(&ok), 0);
    assert!(ok.stderr.is_empty());
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let path = &seed_files()[1];
    let bytes = std::fs::read(path).unwrap();
    let out = run_with_stdin(&["analyze", "-"], &bytes);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].name, "stdin");
    let direct = analyze(
        Input {
            name: "stdin",
            bytes: &bytes,
        },
        &Options::default(),
    );
    assert_eq!(report.documents[0], direct[0]);
    // Mixed with a file, in the order given.
    let other = seed_files()[0].display().to_string();
    let mixed = run_with_stdin(&["analyze", "-f", "jsonl", &other, "-"], &bytes);
    let names: Vec<String> = stdout(&mixed)
        .lines()
        .map(|l| serde_json::from_str::<DocumentReport>(l).unwrap().name)
        .collect();
    assert_eq!(names[1], "stdin");
    // Nothing on standard input is an empty input: reported, status 1.
    let empty = run_with_stdin(&["analyze", "-"], b"");
    assert_eq!(code(&empty), 1);
    assert!(stderr(&empty).contains("stdin"), "{}", stderr(&empty));
}

#[test]
fn jsonl_output_is_one_document_a_line_and_no_text_drops_the_text() {
    let dir = seeds_dir();
    let out = run(&["analyze", "--format", "jsonl", dir.to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let docs: Vec<DocumentReport> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs, library_report().documents);
    assert!(text.ends_with('\n'));

    let slim = run(&["analyze", "-f", "jsonl", "--no-text", dir.to_str().unwrap()]);
    let values: Vec<serde_json::Value> = stdout(&slim)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(values.len(), 5);
    for (v, d) in values.iter().zip(&docs) {
        assert!(v.get("text").is_none());
        assert_eq!(v["name"], d.name.as_str());
        assert_eq!(v["quotes"], as_json(&d.quotes));
    }
    // --no-text in the JSON report too, the rest unchanged to the byte: the same report less
    // each document's own "text" line (six spaces deep; a quotation's text is deeper).
    let full_text = stdout(&run(&["analyze", dir.to_str().unwrap()]));
    let expected: Vec<&str> = full_text
        .lines()
        .filter(|l| !l.starts_with("      \"text\": "))
        .collect();
    let slim_report = run(&["analyze", "--no-text", dir.to_str().unwrap()]);
    assert_eq!(stdout(&slim_report).lines().collect::<Vec<_>>(), expected);
    assert_eq!(full_text.lines().count(), expected.len() + 5);
    let report = run(&["analyze", "--no-text", dir.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let full = as_json(&library_report());
    assert!(v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d.get("text").is_none()));
    assert_eq!(v["stance_matrix"], full["stance_matrix"]);
    assert_eq!(v["documents"][0]["quotes"], full["documents"][0]["quotes"]);
}

#[test]
fn csv_has_one_row_per_quotation_with_the_page_export_columns() {
    let out = run(&["analyze", "-f", "csv", seeds_dir().to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    let rows = parse_csv(&stdout(&out));
    assert_eq!(
        rows[0],
        [
            "file",
            "headline",
            "date",
            "source",
            "speaker",
            "role",
            "organisation",
            "kind",
            "quote",
            "cue",
            "start",
            "end"
        ]
    );
    let library = library_report();
    let expected: Vec<Vec<String>> = library
        .documents
        .iter()
        .flat_map(|d| {
            d.quotes.iter().map(move |q| {
                let s = q.speaker.as_ref();
                vec![
                    d.name.clone(),
                    d.headline.clone().unwrap_or_default(),
                    d.date.clone().unwrap_or_default(),
                    d.source.clone().unwrap_or_default(),
                    s.map(|s| s.name.clone()).unwrap_or_default(),
                    s.and_then(|s| s.role.clone()).unwrap_or_default(),
                    s.and_then(|s| d.people.get(s.person?))
                        .and_then(|p| p.organisation.clone())
                        .unwrap_or_default(),
                    format!("{:?}", q.kind).to_lowercase(),
                    q.text.clone(),
                    q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
                    q.start.to_string(),
                    q.end.to_string(),
                ]
            })
        })
        .collect();
    assert_eq!(&rows[1..], &expected[..]);
    assert!(
        expected
            .iter()
            .any(|r| r[8].contains(',') || r[8].contains('"')),
        "quoting is exercised"
    );
}

#[test]
fn text_lists_each_article_then_the_stance_summary() {
    let out = run(&["analyze", "-f", "text", seeds_dir().to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let library = library_report();
    let mut at = 0;
    for d in &library.documents {
        // Articles in order, each headed by its name and headline.
        let heading = format!("== {}: {}", d.name, d.headline.as_deref().unwrap());
        let found = text[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading}"));
        at += found;
        let q = &d.quotes[0];
        let speaker = q
            .speaker
            .as_ref()
            .map_or("unattributed", |s| s.name.as_str());
        assert!(text[at..].contains(&format!("  {speaker}")), "{speaker}");
    }
    let summary = text
        .find("== stance across 5 articles")
        .expect("summary heading");
    assert!(summary > at);
    for s in &library.summaries {
        assert!(text[summary..].contains(&s.line), "{}", s.line);
    }
}

#[test]
fn output_goes_to_a_file_with_dash_o() {
    let tmp = TempDir::new("output");
    let file = tmp.0.join("report.csv");
    let out = run(&[
        "analyze",
        "-f",
        "csv",
        "-o",
        file.to_str().unwrap(),
        seeds_dir().to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0);
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        stdout(&run(&[
            "analyze",
            "-f",
            "csv",
            seeds_dir().to_str().unwrap()
        ]))
    );
    let nowhere = run(&[
        "analyze",
        "-o",
        "/nonexistent-dir/x.json",
        seeds_dir().to_str().unwrap(),
    ]);
    assert_eq!(code(&nowhere), 1);
    assert!(stderr(&nowhere).contains("cannot write /nonexistent-dir/x.json"));
}

#[test]
fn jsonl_input_gives_one_result_per_line_in_order() {
    let seeds = seed_files();
    let mut archive = String::new();
    for (i, p) in seeds.iter().enumerate() {
        archive.push_str(&seed_as_json_line(p));
        archive.push('\n');
        if i == 1 {
            archive.push_str("\n{not json}\n");
        }
    }
    archive.push_str(r#"{"title": "Untitled", "text": "\"We will rebuild the bridge by spring,\" said Ana Lopez, the mayor."}"#);
    archive.push('\n');
    let out = run_with_stdin(
        &["analyze", "--input", "jsonl", "--format", "jsonl", "-"],
        archive.as_bytes(),
    );
    assert_eq!(code(&out), 1, "the broken line fails the run");
    let docs: Vec<DocumentReport> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
    let mut expected: Vec<String> = seeds
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    expected.insert(2, "stdin:4".into()); // the blank line 3 is skipped, not numbered away
    expected.push("stdin:8".into());
    assert_eq!(names, expected);
    assert_eq!(docs[2].error.as_ref().unwrap().code, "invalid-json");
    assert!(
        stderr(&out).contains("stdin:4: stdin, line 4 is not a JSON article"),
        "{}",
        stderr(&out)
    );
    // The same quotations as the article analysed as one JSON file.
    for (doc, path) in docs.iter().filter(|d| d.error.is_none()).zip(&seeds) {
        let line = seed_as_json_line(path);
        let direct = analyze(
            Input {
                name: "a.json",
                bytes: line.as_bytes(),
            },
            &Options::default(),
        );
        assert_eq!(doc.quotes, direct[0].quotes, "{}", doc.name);
    }
    let last = docs.last().unwrap();
    assert_eq!(last.headline.as_deref(), Some("Untitled"));
    assert_eq!(last.quotes[0].speaker.as_ref().unwrap().name, "Ana Lopez");
    // Archives given as files, read one after the other.
    let tmp = TempDir::new("jsonl-input");
    let file = tmp.0.join("week.jsonl");
    std::fs::write(
        &file,
        seeds
            .iter()
            .map(|p| seed_as_json_line(p) + "\n")
            .collect::<String>(),
    )
    .unwrap();
    let out = run(&[
        "analyze",
        "-i",
        "jsonl",
        "-f",
        "csv",
        file.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows = parse_csv(&stdout(&out));
    let quotes: usize = seeds
        .iter()
        .map(|p| {
            let line = seed_as_json_line(p);
            analyze(
                Input {
                    name: "a.json",
                    bytes: line.as_bytes(),
                },
                &Options::default(),
            )[0]
            .quotes
            .len()
        })
        .sum();
    assert_eq!(rows.len(), 1 + 2 * quotes);
    assert_eq!(
        rows[1][0],
        rows[1 + quotes][0],
        "the second archive repeats the first"
    );
}

#[test]
fn eval_scores_and_removes_its_temporary_output() {
    let tmp = TempDir::new("eval");
    let scratch = tmp.0.join("tmp");
    std::fs::create_dir_all(&scratch).unwrap();
    // A scorer that checks it was handed the system output and the flags, then echoes a score.
    let scorer = tmp.0.join("score.py");
    std::fs::write(
        &scorer,
        "import json, sys\n\
         gold, system = sys.argv[1], sys.argv[2]\n\
         docs = json.load(open(system))['documents']\n\
         print('documents', len(docs), 'flags', ' '.join(sys.argv[3:]))\n",
    )
    .unwrap();
    let gold = tmp.0.join("gold.json");
    std::fs::write(&gold, "{}").unwrap();
    let out = Command::new(BIN)
        .args([
            "eval",
            gold.to_str().unwrap(),
            seeds_dir().to_str().unwrap(),
            "--merged",
            "--",
            "--json",
        ])
        .env("TMPDIR", &scratch)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "documents 5 flags --merged --json");
    assert_eq!(
        std::fs::read_dir(&scratch).unwrap().count(),
        0,
        "temporary output left behind"
    );
    // --out keeps it.
    let kept = tmp.0.join("system.json");
    let out = run(&[
        "eval",
        gold.to_str().unwrap(),
        seeds_dir().to_str().unwrap(),
        "--out",
        kept.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0);
    let report: Report = serde_json::from_slice(&std::fs::read(&kept).unwrap()).unwrap();
    assert_eq!(report, library_report());
    // A scorer that fails: status 1, and still nothing left behind.
    std::fs::write(&scorer, "import sys\nsys.exit(3)\n").unwrap();
    let out = Command::new(BIN)
        .args([
            "eval",
            gold.to_str().unwrap(),
            seeds_dir().to_str().unwrap(),
        ])
        .env("TMPDIR", &scratch)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("scorer failed"));
    assert_eq!(std::fs::read_dir(&scratch).unwrap().count(), 0);
}

#[test]
fn bench_prints_its_figures_on_stdout() {
    let out = run(&["bench", "--repeat", "1", seeds_dir().to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let printed = stdout(&out);
    let mut lines = printed.lines();
    let line = lines.next().unwrap_or_default().to_string();
    // The second line gives each stage's share of the time.
    let stages = lines.next().unwrap_or_default();
    assert!(
        stages.starts_with("stages: document ") && stages.contains("stance"),
        "{printed}"
    );
    let quotes: usize = library_report()
        .documents
        .iter()
        .map(|d| d.quotes.len())
        .sum();
    assert!(line.starts_with("5 files, "), "{line}");
    assert!(
        line.contains(&format!(" {quotes} quotes; best of 1: ")),
        "{line}"
    );
    assert!(
        line.contains(" MB/s, ") && line.trim_end().ends_with(" docs/s"),
        "{line}"
    );
}

/// Short articles, each with one quotation of a named speaker, as JSON Lines.
fn synthetic_article(i: usize) -> String {
    const FIRST: [&str; 8] = [
        "Ana", "Tomas", "Grace", "Pavel", "Ines", "Kofi", "Mei", "Lars",
    ];
    const LAST: [&str; 8] = [
        "Lopez", "Novak", "Okafor", "Ivanov", "Silva", "Mensah", "Chen", "Berg",
    ];
    const ROLE: [&str; 4] = [
        "the mayor",
        "a union leader",
        "the finance minister",
        "a spokesman for the port",
    ];
    let who = format!("{} {}", FIRST[i % 8], LAST[(i / 8) % 8]);
    let text = format!(
        "The council met on Tuesday to discuss the budget for year {}.\n\n\"We will not accept cuts to the bus service,\" said {who}, {}.\n\nThe vote is expected next week.",
        1900 + i % 300,
        ROLE[i % 4]
    );
    serde_json::json!({"id": format!("a{i}"), "title": format!("Budget talks {i}"), "text": text})
        .to_string()
}

/// Peak resident memory of a running process, in kB (Linux).
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[test]
fn a_50000_article_stream_is_analysed_as_it_arrives_in_bounded_memory() {
    const ARTICLES: usize = 50_000;
    let mut child = Command::new(BIN)
        .args([
            "analyze",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--no-text",
            "-j",
            "2",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut input = child.stdin.take().unwrap();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    let (sent_tx, sent_rx) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        let mut bytes = 0usize;
        for i in 0..ARTICLES {
            let line = synthetic_article(i) + "\n";
            bytes += line.len();
            input.write_all(line.as_bytes()).unwrap();
            if i == ARTICLES / 2 {
                // Half the input is written; a streaming run has answered long before.
                sent_tx.send(()).unwrap();
            }
        }
        bytes
    });
    let mut line = String::new();
    let mut seen = 0usize;
    let mut peak = 0u64;
    let mut early_peak = 0u64;
    let mut first_before_half = false;
    while output.read_line(&mut line).unwrap() > 0 {
        let doc: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(doc["name"], format!("a{seen}").as_str(), "in input order");
        assert!(doc.get("text").is_none());
        let quotes = doc["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(
            quotes[0]["speaker"]["name"],
            format!(
                "{} {}",
                ["Ana", "Tomas", "Grace", "Pavel", "Ines", "Kofi", "Mei", "Lars"][seen % 8],
                ["Lopez", "Novak", "Okafor", "Ivanov", "Silva", "Mensah", "Chen", "Berg"]
                    [(seen / 8) % 8]
            )
            .as_str()
        );
        if seen == 0 {
            // The first result came back while at most half of the input had been written.
            first_before_half = sent_rx.try_recv().is_err();
        }
        if seen.is_multiple_of(1000) {
            peak = peak.max(peak_rss_kb(pid).unwrap_or(0));
            if seen == 5_000 {
                early_peak = peak;
            }
        }
        seen += 1;
        line.clear();
    }
    let bytes = writer.join().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert_eq!(seen, ARTICLES);
    assert!(
        first_before_half,
        "the first result waited for the whole input"
    );
    // Constant memory: the last 45,000 articles (over 10 MB of input, and their reports,
    // which would take tens of MB if kept) add almost nothing to the peak of the first 5,000.
    let late_kb = (bytes - bytes / 10) / 1024;
    assert!(late_kb > 9_000, "input {} kB", bytes / 1024);
    assert!(early_peak > 0, "peak resident memory is readable");
    eprintln!(
        "peak resident memory: {early_peak} kB after 5,000 articles, {peak} kB after {ARTICLES}"
    );
    assert!(
        peak < early_peak + 4 * 1024,
        "peak resident memory grew from {early_peak} kB after 5,000 articles to {peak} kB"
    );
}
