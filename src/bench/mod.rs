//! Benchmarks, run natively (`std::time::Instant` has no clock in wasm32): the per-stage profile
//! `quotelens bench` prints, and the scaling benchmark `quotelens bench --scaling`, which times
//! every stage on ordinary text of growing size and on adversarial classes of input (see
//! `generate`), to show that time grows linearly with the input whatever it holds. Timings
//! live here and in the README, never in tests.
//!
//! Stages are timed by the CPU time of the analysing thread where the platform gives it (the
//! machine's other load then does not count), else by the wall clock.

pub mod generate;

use std::time::Instant;

use crate::analysis::report::DocumentReport;
use crate::analysis::{self, Stages};
use crate::{Input, Options};

/// The stages of the analysis, in pipeline order.
pub use crate::analysis::STAGES;

/// Seconds spent in each of [`STAGES`] (CPU time of this thread, see [`clock`]), and the
/// wall-clock seconds of the whole run.
#[derive(Debug, Clone, Default)]
pub struct StageTimes(pub [f64; 8], pub f64);

impl StageTimes {
    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }
}

/// Seconds of CPU time this thread has used (on unix), else seconds since the first call.
pub fn clock() -> f64 {
    #[cfg(unix)]
    {
        let mut t = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime only writes the timespec it is given.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0 {
            return t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9;
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// Runs the pipeline's stages, adding the time of each to its slot.
impl Stages for StageTimes {
    fn run<T>(&mut self, stage: usize, f: impl FnOnce() -> T) -> T {
        let started = clock();
        let out = f();
        self.0[stage] += clock() - started;
        out
    }
}

/// [`crate::analyze_many`] through the real pipeline with each stage timed.
pub fn analyze_many_timed(inputs: &[Input<'_>], options: &Options) -> (crate::Report, StageTimes) {
    let mut times = StageTimes::default();
    let wall = Instant::now();
    let documents: Vec<DocumentReport> = inputs
        .iter()
        .flat_map(|input| analysis::analyze_staged(input.clone(), options, &mut times))
        .collect();
    let report = analysis::report_of_staged(documents, &mut times);
    times.1 = wall.elapsed().as_secs_f64();
    (report, times)
}

/// The best (least total) of `repeat` timed runs over `inputs`.
pub fn best_of(
    inputs: &[Input<'_>],
    options: &Options,
    repeat: usize,
) -> (crate::Report, StageTimes) {
    let mut best: Option<(crate::Report, StageTimes)> = None;
    for _ in 0..repeat.max(1) {
        let run = analyze_many_timed(inputs, options);
        if best.as_ref().is_none_or(|b| run.1.total() < b.1.total()) {
            best = Some(run);
        }
    }
    best.unwrap_or_default()
}

/// The share of each stage, as one line: `document 12% · quotes 3% · ...`.
pub fn shares(times: &StageTimes) -> String {
    let total = times.total().max(f64::MIN_POSITIVE);
    STAGES
        .iter()
        .zip(times.0)
        .map(|(name, t)| format!("{name} {:.0}%", 100.0 * t / total))
        .collect::<Vec<_>>()
        .join(" \u{b7} ")
}

/// Settings of the scaling benchmark.
#[derive(Debug, Clone)]
pub struct Scaling {
    /// Sizes of ordinary text, in bytes.
    pub ordinary_sizes: Vec<usize>,
    /// Sizes every adversarial class is timed at (two, to show the growth).
    pub class_sizes: Vec<usize>,
    /// Classes to run (all when empty).
    pub only: Vec<String>,
    pub repeat: usize,
    /// Stop timing a class after a run slower than this many seconds per MB (it is clearly
    /// superlinear; larger sizes would only take longer).
    pub give_up_s_per_mb: f64,
    /// Write each generated input into this folder instead of timing it (for profiling one
    /// class with `quotelens bench FILE`, or dropping it on the page).
    pub write: Option<std::path::PathBuf>,
}

impl Default for Scaling {
    fn default() -> Self {
        Scaling {
            ordinary_sizes: vec![100_000, 1_000_000, 5_000_000, 20_000_000, 50_000_000],
            class_sizes: vec![1_000_000, 4_000_000],
            only: Vec::new(),
            repeat: 2,
            give_up_s_per_mb: 20.0,
            write: None,
        }
    }
}

impl Scaling {
    /// Settings from `bench --scaling` arguments: `--max-mb N` (largest ordinary size, and the
    /// classes' sizes scaled down below 4 MB), `--only a,b`, `--repeat N`.
    pub fn from_args(args: &[String]) -> Result<Scaling, String> {
        let mut s = Scaling::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |what: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{a} needs {what}"))
            };
            match a.as_str() {
                "--scaling" => {}
                "--max-mb" => {
                    let mb: f64 = value("a number of MB")?
                        .parse()
                        .map_err(|_| "--max-mb needs a number of MB".to_string())?;
                    let max = (mb * 1_000_000.0) as usize;
                    if max < 10_000 {
                        return Err("--max-mb must be at least 0.01".into());
                    }
                    s.ordinary_sizes.retain(|&n| n < max);
                    s.ordinary_sizes.push(max);
                    for n in &mut s.class_sizes {
                        *n = (*n).min(max);
                    }
                    s.class_sizes.dedup();
                }
                "--only" => {
                    let names = value("class names")?;
                    for n in names.split(',').filter(|n| !n.is_empty()) {
                        if generate::class(n).is_none() {
                            let all: Vec<&str> = generate::CLASSES.iter().map(|c| c.name).collect();
                            return Err(format!(
                                "no input class {n}; the classes are: {}",
                                all.join(", ")
                            ));
                        }
                        s.only.push(n.to_string());
                    }
                }
                "--write" => s.write = Some(value("a folder")?.into()),
                "--repeat" => {
                    s.repeat = value("a number")?
                        .parse()
                        .map_err(|_| "--repeat needs a number".to_string())?
                }
                other => return Err(format!("bench --scaling does not take {other}")),
            }
        }
        Ok(s)
    }
}

/// One timed run of one class at one size.
#[derive(Debug, Clone)]
pub struct Row {
    pub class: &'static str,
    pub bytes: usize,
    pub times: StageTimes,
}

impl Row {
    pub fn s_per_mb(&self) -> f64 {
        self.times.total() / (self.bytes as f64 / 1_000_000.0)
    }
}

fn run_one(class: &'static generate::Class, size: usize, repeat: usize) -> Row {
    let g = (class.make)(size);
    let input = Input {
        name: g.file_name,
        bytes: &g.bytes,
    };
    let options = Options::default();
    let (_, times) = best_of(std::slice::from_ref(&input), &options, repeat);
    Row {
        class: class.name,
        bytes: g.bytes.len(),
        times,
    }
}

/// Runs the scaling benchmark, printing each row as it is measured (`out` gets the lines), and
/// returns the rows.
pub fn scaling(settings: &Scaling, out: &mut dyn FnMut(&str)) -> Vec<Row> {
    let wanted = |name: &str| settings.only.is_empty() || settings.only.iter().any(|o| o == name);
    if let Some(dir) = &settings.write {
        write_inputs(settings, dir, &wanted, out);
        return Vec::new();
    }
    let mut rows: Vec<Row> = Vec::new();
    out(&format!(
        "{:<24} {:>9} {:>9} {:>8} {:>7}  stages (share of time)",
        "class", "MB", "s", "ms/MB", "ratio"
    ));
    let ordinary = &generate::CLASSES[0];
    // Ordinary text is the yardstick: its time per MB at each size.
    let mut yardstick: Vec<(usize, f64)> = Vec::new();
    for &size in &settings.ordinary_sizes {
        let row = run_one(ordinary, size, settings.repeat);
        yardstick.push((size, row.s_per_mb()));
        out(&line(&row, 1.0));
        rows.push(row);
    }
    // Each class is compared with ordinary text of the nearest size timed.
    let reference = |size: usize| -> f64 {
        yardstick
            .iter()
            .min_by_key(|(s, _)| s.abs_diff(size))
            .map_or(f64::NAN, |(_, t)| *t)
    };
    let mut worst: (f64, &str) = (0.0, "");
    for class in &generate::CLASSES[1..] {
        if !wanted(class.name) {
            continue;
        }
        for &size in &settings.class_sizes {
            let row = run_one(class, size, settings.repeat);
            let ratio = row.s_per_mb() / reference(size);
            if ratio > worst.0 {
                worst = (ratio, class.name);
            }
            out(&line(&row, ratio));
            let give_up = row.s_per_mb() > settings.give_up_s_per_mb;
            rows.push(row);
            if give_up {
                out(&format!(
                    "{:<24} larger sizes skipped: over {} s per MB",
                    class.name, settings.give_up_s_per_mb
                ));
                break;
            }
        }
    }
    if !worst.1.is_empty() {
        out(&format!(
            "worst class: {} at {:.2}\u{d7} ordinary text per MB (goal: every class within 2\u{d7})",
            worst.1, worst.0
        ));
    }
    rows
}

/// Writes every wanted class at every size as `CLASS-SIZE.EXT` into `dir`.
fn write_inputs(
    settings: &Scaling,
    dir: &std::path::Path,
    wanted: &dyn Fn(&str) -> bool,
    out: &mut dyn FnMut(&str),
) {
    if let Err(e) = std::fs::create_dir_all(dir) {
        out(&format!("cannot create {}: {e}", dir.display()));
        return;
    }
    for class in generate::CLASSES.iter().filter(|c| wanted(c.name)) {
        let sizes = if class.name == "ordinary" {
            &settings.ordinary_sizes
        } else {
            &settings.class_sizes
        };
        for &size in sizes {
            let g = (class.make)(size);
            let ext = g.file_name.rsplit('.').next().unwrap_or("txt");
            let path = dir.join(format!("{}-{size}.{ext}", class.name));
            match std::fs::write(&path, &g.bytes) {
                Ok(()) => out(&format!("wrote {}", path.display())),
                Err(e) => out(&format!("cannot write {}: {e}", path.display())),
            }
        }
    }
}

fn line(row: &Row, ratio: f64) -> String {
    format!(
        "{:<24} {:>9.2} {:>9.3} {:>8.1} {:>6.2}\u{d7}  {}",
        row.class,
        row.bytes as f64 / 1_000_000.0,
        row.times.total(),
        1000.0 * row.s_per_mb(),
        ratio,
        shares(&row.times)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timed_pipeline_gives_the_same_report_as_analyze_many() {
        let inputs: Vec<generate::Generated> =
            generate::CLASSES.iter().map(|c| (c.make)(8_000)).collect();
        let inputs: Vec<Input> = inputs
            .iter()
            .map(|g| Input {
                name: g.file_name,
                bytes: &g.bytes,
            })
            .collect();
        let options = Options::default();
        let (timed, times) = analyze_many_timed(&inputs, &options);
        let plain = crate::analyze_many(&inputs, &options);
        assert_eq!(
            serde_json::to_string(&timed).unwrap(),
            serde_json::to_string(&plain).unwrap()
        );
        assert!(times.total() > 0.0);
        assert!(plain.documents.iter().any(|d| !d.quotes.is_empty()));
    }
}
