//! What `analyze` reads: files and folders (read recursively), `-` for standard input, or JSON
//! Lines archives with one article per line. Each becomes a unit of work that a worker thread
//! turns into document reports, so reading a file happens in parallel with the others.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use quotelens::analysis::refuse_by_size;
use quotelens::{analyze, DocumentReport, Input, InputError, Options};

/// One unit of work: a file, standard input, or one line of a JSON Lines archive.
pub enum Work {
    File(PathBuf),
    Stdin,
    /// `name` is the document's name in the output, `label` says where the line came from.
    Line {
        name: String,
        label: String,
        bytes: Vec<u8>,
    },
    /// Something that failed before there was anything to analyse (a folder or an archive that
    /// cannot be read).
    Failed {
        name: String,
        message: String,
    },
}

/// Files named on the command line, folders expanded (sorted, hidden files skipped). `-` stays
/// as is: standard input.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, (String, String)>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            if let Err(e) = walk(path, &mut out) {
                out.push(Err((
                    path.display().to_string(),
                    format!("cannot read folder {}: {e}", path.display()),
                )));
            }
        } else {
            out.push(Ok(path.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<PathBuf, (String, String)>>) -> std::io::Result<()> {
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
            if let Err(err) = walk(&e, out) {
                out.push(Err((
                    e.display().to_string(),
                    format!("cannot read folder {}: {err}", e.display()),
                )));
            }
        } else {
            out.push(Ok(e));
        }
    }
    Ok(())
}

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The work for `--input files`: one item per file, `-` read from standard input.
pub fn file_work(paths: &[PathBuf]) -> Vec<Work> {
    expand(paths)
        .into_iter()
        .map(|p| match p {
            Ok(p) if is_stdin(&p) => Work::Stdin,
            Ok(p) => Work::File(p),
            Err((name, message)) => Work::Failed { name, message },
        })
        .collect()
}

/// The work for `--input jsonl`: the lines of each archive (standard input for `-`), read as
/// they are needed. Blank lines are skipped; a line longer than `max_bytes` is not kept whole
/// (the analysis refuses it as too large).
pub fn line_work(paths: &[PathBuf], max_bytes: usize) -> impl Iterator<Item = Work> {
    let sources = expand(paths);
    sources
        .into_iter()
        .flat_map(move |source| -> Box<dyn Iterator<Item = Work>> {
            let path = match source {
                Ok(p) => p,
                Err((name, message)) => {
                    return Box::new(std::iter::once(Work::Failed { name, message }))
                }
            };
            let (label, reader): (String, Box<dyn BufRead>) = if is_stdin(&path) {
                ("stdin".into(), Box::new(BufReader::new(std::io::stdin())))
            } else {
                let label = file_name(&path);
                match std::fs::File::open(&path) {
                    Ok(f) => (label, Box::new(BufReader::with_capacity(1 << 16, f))),
                    Err(e) => {
                        return Box::new(std::iter::once(Work::Failed {
                            name: label,
                            message: format!("cannot read {}: {e}", path.display()),
                        }))
                    }
                }
            };
            Box::new(Lines {
                reader,
                label,
                number: 0,
                limit: max_bytes,
                done: false,
            })
        })
}

struct Lines {
    reader: Box<dyn BufRead>,
    label: String,
    number: usize,
    limit: usize,
    done: bool,
}

impl Iterator for Lines {
    type Item = Work;

    fn next(&mut self) -> Option<Work> {
        while !self.done {
            self.number += 1;
            let mut line = Vec::new();
            match read_line(&mut *self.reader, &mut line, self.limit.saturating_add(1)) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Work::Line {
                        name: line_name(&line, &self.label, self.number),
                        label: format!("{}, line {}", self.label, self.number),
                        bytes: line,
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Work::Failed {
                        name: format!("{}:{}", self.label, self.number),
                        message: format!("cannot read {}: {e}", self.label),
                    });
                }
            }
        }
        None
    }
}

/// Reads one line (without its end) into `line`, keeping at most `keep` bytes of it. Returns the
/// number of bytes consumed, 0 at the end of the input.
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>, keep: usize) -> std::io::Result<usize> {
    let mut consumed = 0;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (chunk, end) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        let room = keep.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = end.unwrap_or(buf.len());
        reader.consume(used);
        consumed += used;
        if end.is_some() {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(consumed)
}

/// A line's document name: the article's own `id` when it has one, else `archive:line`.
fn line_name(line: &[u8], label: &str, number: usize) -> String {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Option<serde_json::Value>,
    }
    match serde_json::from_slice::<Id>(line).ok().and_then(|a| a.id) {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(n @ serde_json::Value::Number(_)) => n.to_string(),
        _ => format!("{label}:{number}"),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn failed(name: String, code: &str, message: String) -> Vec<DocumentReport> {
    vec![DocumentReport {
        name,
        error: Some(InputError {
            code: code.into(),
            message,
        }),
        ..Default::default()
    }]
}

impl Work {
    /// The name its document gets, for an error found before the analysis could name it.
    fn name(&self) -> String {
        match self {
            Work::File(path) => file_name(path),
            Work::Stdin => "stdin".into(),
            Work::Line { name, .. } | Work::Failed { name, .. } => name.clone(),
        }
    }
}

/// [`run`], with a panic of the core (a bug) turned into that input's error, so that one
/// article cannot stop an archive; the panic's own message is still printed on stderr.
pub fn run_guarded(work: Work, options: &Options) -> Vec<DocumentReport> {
    let name = work.name();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(work, options))).unwrap_or_else(
        |payload| {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            failed(
                name.clone(),
                "internal",
                format!("the analysis failed, a bug to report: {why}"),
            )
        },
    )
}

/// Analyses one unit of work. Never fails: what cannot be read becomes a document carrying its
/// error, like a file the core cannot read.
pub fn run(work: Work, options: &Options) -> Vec<DocumentReport> {
    match work {
        Work::Failed { name, message } => failed(name, "unreadable", message),
        Work::File(path) => {
            let name = file_name(&path);
            let size = std::fs::metadata(&path).map(|m| m.len());
            if let Some(refused) = size
                .as_ref()
                .ok()
                .and_then(|&n| refuse_by_size(&name, n, options))
            {
                return vec![refused];
            }
            match std::fs::read(&path) {
                Ok(bytes) => analyze(
                    Input {
                        name: &name,
                        bytes: &bytes,
                    },
                    options,
                ),
                Err(e) => failed(
                    name,
                    "unreadable",
                    format!("cannot read {}: {e}", path.display()),
                ),
            }
        }
        Work::Stdin => {
            let mut bytes = Vec::new();
            let limit = options.max_bytes as u64 + 1;
            match std::io::stdin().lock().take(limit).read_to_end(&mut bytes) {
                Ok(_) => analyze(
                    Input {
                        name: "stdin",
                        bytes: &bytes,
                    },
                    options,
                ),
                Err(e) => failed(
                    "stdin".into(),
                    "unreadable",
                    format!("cannot read standard input: {e}"),
                ),
            }
        }
        Work::Line { name, label, bytes } => {
            if let Some(mut refused) = refuse_by_size(&label, bytes.len() as u64, options) {
                refused.name = name;
                return vec![refused];
            }
            if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(&bytes) {
                return failed(
                    name,
                    "invalid-json",
                    format!("{label} is not a JSON article: {e}."),
                );
            }
            // Analysed under its label, so that the core's messages say where the line is.
            let mut docs = analyze(
                Input {
                    name: &label,
                    bytes: &bytes,
                },
                options,
            );
            let several = docs.len() > 1;
            for (i, d) in docs.iter_mut().enumerate() {
                d.name = if several {
                    format!("{name}#{}", i + 1)
                } else {
                    name.clone()
                };
            }
            docs
        }
    }
}
