#!/usr/bin/env node
// Measures what embedding QuoteLens costs a host page, with the npm package as built by
// scripts/build-npm.sh: for articles of several sizes (made by joining generated articles) a
// <quote-lens> element is given the text (its `text` property) and analyses it, in the package's
// worker and with worker="off"; from the moment the text is given until the first quotations are
// on screen it records every main-thread task over 50 ms (PerformanceObserver "longtask") and
// every animation frame over 50 ms ("long-animation-frame": a task with the style, layout and
// paint that follow it, which a long task leaves out). Each line ends with the machine's load
// average and, from a light Chromium trace, the main thread's CPU time: the most one task used,
// and for each task over 50 ms its wall/CPU time (a task far longer than its CPU time waited for
// a core other processes held: the figure to read on a shared machine). --textarea puts the text in a textarea
// the element reads instead: Chromium's own layout and painting of a multi-megabyte textarea then
// shows up as long tasks of the host page (25 s of layout for 20 MB here, before QuoteLens runs
// at all). Then the wasm memory one analysis leaves behind (main thread, a fresh page per size),
// and whether the worker gave its memory back.
//
//   scripts/build-npm.sh && node scripts/bench-embed.mjs [--sizes 0.05,0.5,20] [--memory 1,10,50]
//     [--engines worker,main] [--runs N] [--textarea] [--corpus DIR | --quotations]
//     [--trace | --trace-dir DIR] [--verbose]
//
// The text is made of the generated articles (the seeds, varied: a 20 MB text is one article
// and a hundred thousand set-aside blocks, 40 quotations), with --corpus of the .txt files under
// DIR (real news text), with --quotations of one distinct quotation per paragraph (11,000 per
// MB: the largest reports; the core's time grows faster than the text there, keep sizes small).
// --runs repeats each size and engine, a fresh page per run (each run is a line).
// --trace records a Chromium trace of each run and prints the main thread's busy time and what
// its five longest tasks spent their time on; --trace-dir also samples the JavaScript and writes
// each trace there (trace-SIZEMB-ENGINE-RUN.json, for Chromium's Performance panel).
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, launch } from "../tests/e2e/helpers.mjs";
import { generateArticles } from "../tests/e2e/articles.mjs";
import { categories as traceCategories, cpuOfTasks, explainLongTasks } from "./trace.mjs";

const args = process.argv.slice(2);
const list = (name, fallback) => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : fallback).split(",").filter(Boolean).map(Number);
};
const sizes = list("--sizes", "0.05,0.5,20");
const memorySizes = list("--memory", "1,10,50");
const MB = 1_000_000;
const textarea = args.includes("--textarea");
const engines = (args.includes("--engines") ? args[args.indexOf("--engines") + 1] : "worker,main").split(",");
const traceDir = args.includes("--trace-dir") ? args[args.indexOf("--trace-dir") + 1] : null;
const tracing = args.includes("--trace") || traceDir !== null;
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 1;

const dir = await mkdtemp(join(tmpdir(), "quotelens-bench-embed-"));
await cp(join(ROOT, "build", "npm", "package"), dir, { recursive: true });
await writeFile(
  join(dir, "bench.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<script type="module" src="www/quote-lens.js"></script></head>
<body><textarea id="body" rows="3" spellcheck="false"></textarea><quote-lens></quote-lens></body></html>`,
);
const corpusAt = args.indexOf("--corpus");
const articles =
  corpusAt >= 0
    ? await Promise.all(
        (await readdir(args[corpusAt + 1], { recursive: true }))
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => readFile(join(args[corpusAt + 1], f), "utf8")),
      )
    : args.includes("--quotations")
      ? // One short paragraph per quotation, each different: a report of tens of thousands of
        // quotations (the core's time grows faster than the text here: keep --sizes small).
        Array.from({ length: 60_000 }, (_, i) => `"Section ${i} of the bridge opens in week ${i % 52}," said Mayor Helen Ortiz of district ${i}.`)
      : (await generateArticles(200)).map((a) => a.text);

/** Fills the page's textarea with about `bytes` of article text (in the page: no 20 MB transfer). */
function fill(page, bytes) {
  return page.evaluate(
    ([articles, bytes]) => {
      const parts = [];
      let size = 0;
      for (let i = 0; size < bytes; i++) {
        const text = articles[i % articles.length];
        parts.push(text);
        size += text.length + 2;
      }
      window.__text = parts.join("\n\n").slice(0, bytes);
      return window.__text.length;
    },
    [articles, bytes],
  );
}

const server = await launch({ root: dir, served: ["/bench.html", "/www/", "/pkg/"] });
try {
  console.log("size      engine        longest task  tasks>50ms  longest frame (blocking)  analysed+shown  quotations  wasm memory after");
  for (const size of sizes) {
    for (const worker of [true, false].filter((w) => engines.includes(w ? "worker" : "main"))) for (let run = 1; run <= runs; run++) {
      const { page } = await server.openPage({ path: "bench.html", ready: "quote-lens" });
      const length = await fill(page, size * MB);
      // With --textarea, the textarea's own layout of the text is the host's cost, not
      // QuoteLens's: it is done (frames painted) before the clock starts.
      await page.evaluate(
        async ([worker, textarea]) => {
          const lens = document.querySelector("quote-lens");
          if (!worker) lens.setAttribute("worker", "off");
          if (textarea) {
            lens.setAttribute("source", "#body");
            document.getElementById("body").value = window.__text;
          }
          for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        },
        [worker, textarea],
      );
      await page.waitForTimeout(300);
      const browser = page.context().browser();
      // Without --trace, a light trace of the tasks alone ("toplevel"): their CPU time.
      const categories = traceCategories({ detail: tracing, samples: traceDir !== null });
      await browser.startTracing(page, { categories });
      const result = await page.evaluate(async (textarea) => {
        const tasks = [];
        new PerformanceObserver((l) => tasks.push(...l.getEntries())).observe({ type: "longtask" });
        // A long task leaves out the frame's style, layout and paint; a long animation frame
        // (over 50 ms from its first task to its paint) holds them.
        const frames = [];
        new PerformanceObserver((l) => frames.push(...l.getEntries())).observe({ type: "long-animation-frame" });
        const lens = document.querySelector("quote-lens");
        // Started from a task of its own, so that it is observed like any event handler.
        const start = await new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0));
        const report = await new Promise((resolve) => {
          lens.addEventListener("quotelens:analyzed", (e) => resolve(e.detail), { once: true });
          setTimeout(() => (textarea ? lens.refresh() : (lens.text = window.__text)), 0);
        });
        const quotes = report.documents.flatMap((d) => d.quotes).length;
        const list = lens.shadowRoot.querySelector("[data-testid=quotes]");
        while (list.children.length < Math.min(quotes, 200)) await new Promise((r) => setTimeout(r, 20));
        const done = performance.now() - start;
        // The long tasks are counted on until then: the worker is ended 1.5 s after its job.
        await new Promise((r) => setTimeout(r, 2500));
        const api = await import("/www/quotelens-api.js");
        return {
          longest: Math.max(0, ...tasks.map((t) => t.duration)),
          longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
          blocking: Math.max(0, ...frames.map((f) => f.blockingDuration)),
          when: [
            ...tasks.map((t) => `task ${(t.startTime - start).toFixed(0)}ms+${t.duration.toFixed(0)}`),
            ...frames.map(
              (f) =>
                `frame ${(f.startTime - start).toFixed(0)}ms+${f.duration.toFixed(0)} (render ${(f.renderStart ? f.startTime + f.duration - f.renderStart : 0).toFixed(0)}, ` +
                `scripts ${f.scripts.map((x) => `${x.invoker} ${x.duration.toFixed(0)}`).join(", ") || "none"})`,
            ),
          ],
          over50: tasks.length,
          done,
          quotes,
          memory: { main: api.wasmMemoryBytes(), worker: api.workerMemoryBytes() },
        };
      }, textarea);
      const trace = await browser.stopTracing();
      if (traceDir) await writeFile(join(traceDir, `trace-${size}MB-${worker ? "worker" : "main"}-${run}.json`), trace);
      const cpu = cpuOfTasks(JSON.parse(trace));
      if (tracing) for (const line of explainLongTasks(trace, { over: 0, most: 5 })) console.log(`  ${line}`);
      const workers = page.workers().length;
      const mem = worker
        ? `worker's ${(result.memory.worker / MB).toFixed(0)} MB (${workers} worker${workers === 1 ? "" : "s"} left)`
        : `main thread's ${(result.memory.main / MB).toFixed(0)} MB`;
      console.log(
        `${String((length / MB).toFixed(2)).padStart(6)} MB ${(worker ? "worker" : "main thread").padEnd(12)} ` +
          `${result.longest.toFixed(0).padStart(9)} ms ${String(result.over50).padStart(10)} ${result.longestFrame.toFixed(0).padStart(10)} ms (${result.blocking.toFixed(0).padStart(3)} ms) ` +
          `${(result.done / 1000).toFixed(2).padStart(12)} s ${String(result.quotes).padStart(11)}  ${mem}` +
          `  load ${loadavg()[0].toFixed(1)}; cpu: longest ${cpu.longest.toFixed(0)} ms${cpu.over50.length ? `; of the tasks over 50 ms: ${cpu.over50.join(", ")}` : ""}` +
          (args.includes("--verbose") ? `  ${result.when.join(" ")}` : ""),
      );
      await page.context().close();
    }
  }
  console.log("\ninput     peak wasm memory (main thread, fresh page)");
  for (const size of memorySizes) {
    const { page } = await server.openPage({ path: "bench.html", ready: "quote-lens" });
    await fill(page, size * MB);
    const result = await page.evaluate(async () => {
      const api = await import("/www/quotelens-api.js");
      await api.init();
      const before = api.wasmMemoryBytes();
      const outcome = await api.analyze(window.__text).then(
        (r) => `${r.documents[0].quotes.length} quotations`,
        (e) => `${e.code}: ${e.message.slice(0, 80)}`,
      );
      return { before, after: api.wasmMemoryBytes(), outcome };
    });
    console.log(
      `${String(size).padStart(4)} MB   ${(result.before / MB).toFixed(0)} MB before, ${(result.after / MB).toFixed(0)} MB after (${result.outcome})`,
    );
    await page.context().close();
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
