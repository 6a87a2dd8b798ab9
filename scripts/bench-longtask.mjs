#!/usr/bin/env node
// Measures how responsive the page stays while it analyses many articles or one very large
// one: gives the built page N articles generated from the seeds (default 500), or with --big MB
// one article of that size (the scale test's 20 MB article), and records every main-thread task
// longer than 50 ms (PerformanceObserver "longtask") from the moment the files are given until
// the last one is analysed, then until the stance across them has arrived, and with --views
// while each of the five views is opened afterwards.
//
//   scripts/build-web.sh && node scripts/bench-longtask.mjs [N] [--big MB] [--file PATH]
//     [--folder | --picker]
//     [--no-worker] [--views] [--runs N] [--trace | --trace-dir DIR] [--samples]
//     [--explain-over MS] [--explain-cpu] [--verbose]
//
// --file PATH drops that text file instead (with --big MB, repeated to that size: a class of
// `quotelens bench --scaling --write DIR`, so an adversarial input at the scale test's size).
// By default the files are dropped on the drop zone as in-memory File objects. --folder writes
// them to a folder and drops the folder as a file manager does (the scale test's 2,000-article
// folder); --picker gives them as files on disk through the file picker, which adds the
// browser's own cost of opening a 500-file selection. --no-worker measures the main-thread
// fallback; --verbose lists the long tasks. --runs repeats the measurement, a fresh page each.
// --trace records a Chromium trace of each run and prints what each task over 50 ms did (the
// events in it, the garbage collections, the IndexedDB work); --samples adds the JavaScript and
// wasm sampler (function names need a wasm that keeps its name section:
// `wasm-pack build --profiling --no-opt --target web --out-dir pkg/app --no-pack -- --no-default-features --features app`,
// or `--out-dir pkg ... --features engine` for the worker's); --explain-over MS explains
// the tasks longer than MS (default 50) instead, --explain-cpu those that used more CPU time
// than that (on a loaded machine a task lasts longer than its work); --trace-dir DIR also writes each trace there,
// for Chromium's Performance panel.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { dropFolder, launch } from "../tests/e2e/helpers.mjs";
import { generateArticles, longArticleBody, longArticleInPage, writeArticles } from "../tests/e2e/articles.mjs";
import { categories, cpuOfTasks, explainLongTasks } from "./trace.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = option("--file") ?? null;
const big = option("--big") === undefined ? (file ? 0 : null) : Number(option("--big"));
const count = big !== null ? 1 : Number(args.find((a, i) => /^\d+$/.test(a) && !/^--/.test(args[i - 1] ?? "")) ?? 500);
const noWorker = args.includes("--no-worker");
const picker = args.includes("--picker");
const folder = args.includes("--folder");
const views = args.includes("--views");
const runs = Number(option("--runs") ?? 1);
const traceDir = option("--trace-dir") ?? null;
const tracing = args.includes("--trace") || traceDir !== null;
const VIEWS = ["documents", "article", "speakers", "stance", "timeline"];

// The text of `file` as one dropped file, repeated (joined by a space, so that one paragraph
// stays one) to `mb` MB when given: an input class of `quotelens bench --scaling --write DIR`
// at the size of the scale test.
function fileInPage(page, body, name, mb) {
  return page.evaluate(
    ({ body, name, mb }) => {
      const copies = mb ? Math.ceil((mb * 1024 * 1024) / (body.length + 1)) : 1;
      window.__dt = new DataTransfer();
      window.__dt.items.add(new File([Array(copies).fill(body).join(" ")], name, { type: "text/plain" }));
      return window.__dt.files[0].size;
    },
    { body, name, mb },
  );
}

const scratch = await mkdtemp(join(tmpdir(), "quotelens-bench-"));
const browser = await launch();
try {
  const articles = big !== null ? null : await generateArticles(count);
  const body = file ? await readFile(file, "utf8") : big ? await longArticleBody() : null;
  const paths = picker || folder ? await writeArticles(join(scratch, "articles"), articles) : null;
  for (let run = 1; run <= runs; run++) {
    const { page } = await browser.openPage({
      width: 1280,
      before: (page) => noWorker && page.addInitScript(() => delete window.Worker),
    });
    await page.waitForSelector("[data-testid=intake][data-store-ready=true]");
    // The files are made in their own tasks, before the clock starts.
    let size = 0;
    if (file) size = await fileInPage(page, body, basename(file), big);
    else if (big) size = await longArticleInPage(page, body, big);
    else if (!picker && !folder) {
      size = await page.evaluate((articles) => {
        window.__dt = new DataTransfer();
        for (const a of articles) window.__dt.items.add(new File([a.text], a.name, { type: "text/plain" }));
        return articles.reduce((n, a) => n + a.text.length, 0);
      }, articles);
    }
    if (tracing) await page.context().browser().startTracing(page, { categories: categories({ samples: args.includes("--samples") }) });
    else await page.context().browser().startTracing(page, { categories: categories({ detail: false }) });
    await page.evaluate(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask" });
      window.__start = performance.now();
      // What the progress bar says (count, seconds since the start, "Reading the results of …:
      // 45%"), each change with its time.
      window.__progress = [];
      const seen = () => {
        const t = document.querySelector("[data-testid=progress]")?.textContent ?? "";
        if (t && t !== window.__progress.at(-1)?.text) window.__progress.push({ at: performance.now() - window.__start, text: t });
      };
      new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    if (picker) await page.setInputFiles("[data-testid=file-input]", paths);
    else if (folder) await dropFolder(page, join(scratch, "articles"));
    else {
      await page.evaluate(() => {
        const zone = document.querySelector("[data-testid=drop-zone]");
        for (const type of ["dragenter", "dragover", "drop"]) {
          zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
        }
      });
    }
    const now = () => page.evaluate(() => performance.now() - window.__start);
    await page.waitForFunction(
      (n) => document.querySelector("[data-testid=progress-text]")?.textContent === `${n} of ${n} analysed`,
      count,
      { timeout: 900_000, polling: 50 },
    );
    const analysed = await now();
    // The stance across the documents, worked out once they are analysed: the JSON download
    // waits for it.
    await page.waitForFunction(
      () => {
        const json = document.querySelector("[data-testid=export-json]");
        return json !== null && !json.disabled;
      },
      null,
      { timeout: 900_000, polling: 50 },
    );
    const stance = await now();
    // Let the last render and the storage writes finish, so that their tasks are counted too.
    await page.waitForTimeout(1000);
    const settled = await now();
    const opened = [];
    if (views) {
      for (const view of VIEWS) {
        const from = await now();
        await page.click(`[data-testid=tab-${view}]`);
        await page.waitForSelector(`[data-testid=panel-${view}]`);
        await page.waitForTimeout(500);
        opened.push({ view, from, to: await now() });
      }
    }
    const tasks = await page.evaluate(() =>
      window.__longtasks.filter((t) => t.start >= window.__start).map((t) => ({ at: t.start - window.__start, ms: t.duration })),
    );
    const trace = await page.context().browser().stopTracing();
    const longest = (from, to) => Math.round(Math.max(0, ...tasks.filter((t) => t.at >= from && t.at < to).map((t) => t.ms)));
    const engine = page.workers().length ? "Web Worker" : "main thread";
    const what = big !== null ? `a ${(size / 1024 / 1024).toFixed(1)} MB ${file ? basename(file) : "article"}` : `${count} articles`;
    const how = picker ? "file picker" : folder ? "dropped as a folder" : "dropped";
    const cpu = cpuOfTasks(trace);
    console.log(
      `run ${run}: ${what}, ${how}, ${engine}: analysed in ${(analysed / 1000).toFixed(1)} s, longest task ${longest(0, analysed)} ms; ` +
        `stance in ${(stance / 1000).toFixed(1)} s, longest task meanwhile ${longest(analysed, stance)} ms, then ${longest(stance, settled)} ms; ` +
        `${tasks.length} tasks over 50 ms (${tasks.filter((t) => t.ms > 100).length} over 100 ms)` +
        (views ? `; opening the views: ${opened.map((o) => `${o.view} ${longest(o.from, o.to)}`).join(", ")} ms` : "") +
        `; load ${loadavg()[0].toFixed(1)}; cpu of the longest task ${cpu.longest.toFixed(0)} ms` +
        (cpu.over50.length ? ` (tasks over 50 ms, wall/cpu: ${cpu.over50.join(", ")})` : ""),
    );
    if (file) {
      const progress = await page.evaluate(() => window.__progress);
      const shown = progress.map((p) => `${(p.at / 1000).toFixed(1)} s "${p.text}"`);
      console.log(`  progress shown ${progress.length} times: ${shown.length > 8 ? [...shown.slice(0, 4), "…", ...shown.slice(-3)].join("; ") : shown.join("; ")}`);
    }
    if (args.includes("--verbose")) console.log(`  long tasks (start+duration): ${tasks.map((t) => `${t.at.toFixed(0)}ms+${t.ms.toFixed(0)}`).join(" ")}`);
    if (tracing) for (const line of explainLongTasks(trace, { over: Number(option("--explain-over") ?? 50), cpu: args.includes("--explain-cpu") })) console.log(`  ${line}`);
    if (traceDir) await writeFile(join(traceDir, `trace-${big ? `${big}MB` : count}-${run}.json`), trace);
    await page.context().close();
  }
} finally {
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
}
