//! The QuoteLens command line: batch analysis in several formats, evaluation against gold
//! annotations, benchmarks. `quotelens --help` and `quotelens COMMAND --help` describe it.
//!
//! Exit status: 0 when every input was analysed, 1 when some input failed (each error on
//! stderr) or the output could not be written, 2 for a usage error.
//!
//! Native only: its dependencies (clap, rayon, indicatif) are not built for wasm32, where the
//! crate is the page and the JS API.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

// The binary's own modules live in src/bin/quotelens/ (a crate root resolves modules beside it).
#[path = "quotelens/formats.rs"]
mod formats;
#[path = "quotelens/inputs.rs"]
mod inputs;
#[path = "quotelens/parallel.rs"]
mod parallel;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use quotelens::{DocumentReport, Input, Options, Report, UserTarget};

use formats::{Format, Writer};
use inputs::Work;

/// mimalloc rather than the system's malloc: the analysis makes many small allocations, and
/// glibc's malloc and free were a fifth of its instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns transparent huge pages off for this process. mimalloc asks for them on its arenas, and
/// the kernel then zeroes 2 MB on every first touch, also of memory mimalloc gave back and takes
/// again: a quarter of the time of a 4 MB document (a third of its CPU time in the kernel,
/// against almost none at 1 MB), so time per MB grew with the document.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument and changes only this flag.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[derive(Parser)]
#[command(
    name = "quotelens",
    version,
    about = "Finds quotations in news articles, who said them, and who is for or against what.",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles and print what they quote, who speaks and their stance.
    #[command(after_help = ANALYZE_EXAMPLES)]
    Analyze(AnalyzeArgs),
    /// Analyse a corpus and score the result against gold annotations with score.py.
    Eval(EvalArgs),
    /// Measure the analysis throughput over files (figures on stdout).
    Bench(BenchArgs),
}

const ANALYZE_EXAMPLES: &str = "\
Examples:
  quotelens analyze articles/                      the JSON report of every file in a folder
  quotelens analyze --format text story.html       a readable listing
  quotelens analyze --format csv -o quotes.csv a.txt b.docx
  cat archive.jsonl | quotelens analyze --input jsonl --format jsonl --no-text -

Exit status: 0 when every input was analysed, 1 when some input could not be (each error is
printed on stderr; its document carries the error), 2 for a usage error.";

#[derive(Args)]
struct AnalyzeArgs {
    /// Files or folders (read recursively); `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// How the inputs are read: `files`, each file one article (or an export of several), its
    /// format detected; or `jsonl`, JSON Lines with one article object per line, giving one
    /// result per line in order.
    #[arg(short, long, value_enum, default_value_t = InputKind::Files)]
    input: InputKind,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Leave each article's text out of the JSON and JSON Lines output.
    #[arg(long)]
    no_text: bool,
    /// Stance targets besides those found: 'peace: ceasefire, truce; sanctions'.
    #[arg(long, value_name = "SPEC")]
    targets: Option<String>,
    /// Documents analysed at once [default: the number of cores].
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputKind {
    Files,
    Jsonl,
}

#[derive(Args)]
struct EvalArgs {
    /// The gold annotations (JSON), with score.py beside them.
    gold: PathBuf,
    /// The folder of articles the gold annotates.
    corpus: PathBuf,
    /// Score all kinds of quotation as one (passed to score.py).
    #[arg(long)]
    merged: bool,
    /// The scorer [default: score.py beside GOLD].
    #[arg(long, value_name = "PATH")]
    scorer: Option<PathBuf>,
    /// Keep the system output in this file (otherwise a temporary file, removed afterwards).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Documents analysed at once [default: the number of cores].
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// More arguments for score.py, after `--` (e.g. `-- --json`).
    #[arg(last = true, value_name = "SCORER_ARGS")]
    scorer_args: Vec<String>,
}

#[derive(Args)]
struct BenchArgs {
    /// Files or folders (read recursively).
    #[arg(value_name = "FILE", required_unless_present = "scaling")]
    paths: Vec<PathBuf>,
    /// Runs; the best is reported.
    #[arg(long, default_value_t = 3, value_name = "N")]
    repeat: usize,
    /// Time every stage on generated inputs instead: ordinary text from 100 KB up to
    /// `--max-mb` and each adversarial class, with time per MB and the ratio to ordinary text.
    #[arg(long)]
    scaling: bool,
    /// With --scaling: the largest ordinary text, in MB (default 50).
    #[arg(long, value_name = "MB", requires = "scaling")]
    max_mb: Option<f64>,
    /// With --scaling: only these input classes, comma-separated.
    #[arg(long, value_name = "CLASS,...", requires = "scaling")]
    only: Option<String>,
    /// With --scaling: write the generated inputs to DIR instead of timing them.
    #[arg(long, value_name = "DIR", requires = "scaling")]
    write: Option<PathBuf>,
}

/// Why a command stopped early: its message, printed after `quotelens: `.
struct Failure(String);

fn main() -> ExitCode {
    no_huge_pages();
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Analyze(args) => analyze(args),
        Cmd::Eval(args) => eval(args),
        Cmd::Bench(args) => bench(args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("quotelens: {message}");
            ExitCode::FAILURE
        }
    }
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

fn jobs(requested: Option<u16>) -> usize {
    requested.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    })
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress(total: Option<usize>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(n) => ProgressBar::new(n as u64).with_style(
            ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files, {elapsed} so far, {eta} left",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {pos} articles in {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    }
}

/// Analyses the work in parallel, in order, handing each document to `each`. Errors of the
/// inputs are printed on stderr; returns how many documents carried one.
fn analyze_work<E>(
    work: impl Iterator<Item = Work>,
    total: Option<usize>,
    options: &Options,
    jobs: usize,
    mut each: impl FnMut(DocumentReport) -> Result<(), E>,
) -> Result<usize, E> {
    let bar = progress(total);
    let mut failed = 0;
    let result = parallel::ordered_map(
        work,
        jobs,
        jobs * 16,
        |w| inputs::run_guarded(w, options),
        |docs| {
            bar.inc(1);
            for d in docs {
                if let Some(e) = &d.error {
                    failed += 1;
                    bar.suspend(|| eprintln!("quotelens: {}: {}", d.name, e.message));
                }
                each(d)?;
            }
            Ok(())
        },
    );
    bar.finish_and_clear();
    result.map(|()| failed)
}

fn analyze(args: AnalyzeArgs) -> Result<ExitCode, Failure> {
    let mut options = Options::default();
    if let Some(spec) = &args.targets {
        options.targets = parse_targets(spec);
    }
    let stdin_uses = args.paths.iter().filter(|p| inputs::is_stdin(p)).count();
    if stdin_uses > 1 {
        usage_error("`-` (standard input) can be given once");
    }
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = Writer::new(args.format, std::io::BufWriter::new(out), args.no_text);
    let jobs = jobs(args.jobs);
    let counted = match args.input {
        InputKind::Files => {
            let work = inputs::file_work(&args.paths);
            let total = work.len();
            analyze_work(work.into_iter(), Some(total), &options, jobs, |d| {
                writer.document(d)
            })
        }
        InputKind::Jsonl => {
            let work = inputs::line_work(&args.paths, options.max_bytes);
            analyze_work(work, None, &options, jobs, |d| writer.document(d))
        }
    };
    let failed = match counted.and_then(|failed| writer.finish().map(|()| failed)) {
        Ok(failed) => failed,
        // The reader went away (`quotelens analyze ... | head`): nothing more to do.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => {
            let to = args
                .output
                .as_ref()
                .map_or("standard output".to_string(), |p| p.display().to_string());
            return Err(Failure(format!("cannot write {to}: {e}")));
        }
    };
    if failed > 0 {
        let inputs = if failed == 1 { "input" } else { "inputs" };
        eprintln!("quotelens: {failed} {inputs} could not be analysed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a usage error of `analyze` the way clap does and exits with status 2.
fn usage_error(message: &str) -> ! {
    use clap::CommandFactory;
    let mut analyze = Cli::command()
        .find_subcommand("analyze")
        .cloned()
        .unwrap_or_else(Cli::command)
        .bin_name("quotelens analyze");
    analyze
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

/// Analyses files into one report (the JSON of `analyze`), in parallel.
fn analyze_files(paths: &[PathBuf], options: &Options, jobs: usize) -> Report {
    let mut documents = Vec::new();
    let work = inputs::file_work(paths);
    let total = work.len();
    let _ = analyze_work(work.into_iter(), Some(total), options, jobs, |d| {
        documents.push(d);
        Ok::<(), ()>(())
    });
    quotelens::report_of(documents)
}

/// A file removed when dropped: the system output of one `eval` run.
struct Temporary(PathBuf);

impl Drop for Temporary {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn eval(args: EvalArgs) -> Result<ExitCode, Failure> {
    let scorer = args
        .scorer
        .clone()
        .unwrap_or_else(|| args.gold.with_file_name("score.py"));
    if !scorer.is_file() {
        return Err(Failure(format!(
            "scorer {} not found; pass --scorer PATH",
            scorer.display()
        )));
    }
    if !args.corpus.is_dir() {
        return Err(Failure(format!(
            "corpus folder {} not found",
            args.corpus.display()
        )));
    }
    let started = Instant::now();
    let report = analyze_files(
        std::slice::from_ref(&args.corpus),
        &Options::default(),
        jobs(args.jobs),
    );
    let elapsed = started.elapsed();
    // One file per run, so that concurrent evaluations do not read each other's output.
    let (system, _temporary) = match &args.out {
        Some(path) => (path.clone(), None),
        None => {
            let path =
                std::env::temp_dir().join(format!("quotelens-eval-{}.json", std::process::id()));
            (path.clone(), Some(Temporary(path)))
        }
    };
    let json = serde_json::to_string(&report).map_err(|e| Failure(e.to_string()))?;
    std::fs::write(&system, json)
        .map_err(|e| Failure(format!("cannot write {}: {e}", system.display())))?;
    let kept = if args.out.is_some() {
        format!("; system output in {}", system.display())
    } else {
        String::new()
    };
    eprintln!(
        "analysed {} documents in {:.2}s{kept}",
        report.documents.len(),
        elapsed.as_secs_f64(),
    );
    let status = Command::new("python3")
        .arg(&scorer)
        .arg(&args.gold)
        .arg(&system)
        .args(args.merged.then_some("--merged"))
        .args(&args.scorer_args)
        .status()
        .map_err(|e| Failure(format!("cannot run python3 {}: {e}", scorer.display())))?;
    if status.success() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(Failure(format!("scorer failed ({status})")))
    }
}

fn bench(args: BenchArgs) -> Result<ExitCode, Failure> {
    if args.scaling {
        // The scaling benchmark generates its own inputs (src/bench): its settings are parsed
        // there, from the same flags.
        let mut flags = vec![
            "--scaling".to_string(),
            "--repeat".into(),
            args.repeat.to_string(),
        ];
        if let Some(mb) = args.max_mb {
            flags.extend(["--max-mb".into(), mb.to_string()]);
        }
        if let Some(only) = &args.only {
            flags.extend(["--only".into(), only.clone()]);
        }
        if let Some(dir) = &args.write {
            flags.extend(["--write".into(), dir.display().to_string()]);
        }
        let settings = quotelens::bench::Scaling::from_args(&flags).map_err(Failure)?;
        quotelens::bench::scaling(&settings, &mut |line| println!("{line}"));
        return Ok(ExitCode::SUCCESS);
    }
    if args.paths.is_empty() {
        return Err(Failure("bench needs files or folders, or --scaling".into()));
    }
    let files: Vec<PathBuf> = inputs::expand(&args.paths)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|p| !inputs::is_stdin(p))
        .collect();
    println!("{}", bench_figures(&files, args.repeat)?);
    Ok(ExitCode::SUCCESS)
}

/// Best-of-`repeat` throughput of the core over the files, on one thread, as one line.
fn bench_figures(files: &[PathBuf], repeat: usize) -> Result<String, Failure> {
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|f| Some((f.display().to_string(), std::fs::read(f).ok()?)))
        .collect();
    if data.is_empty() {
        return Err(Failure("bench found no readable files".into()));
    }
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
    Ok(format!(
        "{} files, {:.2} MB, {} quotes; best of {}: {:.3}s CPU on one thread (wall {:.3}s) = {:.2} MB/s, {:.0} docs/s",
        data.len(),
        mb,
        quotes,
        repeat.max(1),
        best,
        times.1,
        mb / best,
        data.len() as f64 / best
    ) + &format!("\nstages: {}", quotelens::bench::shares(&times)))
}
