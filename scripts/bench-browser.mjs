#!/usr/bin/env node
// The browser benchmark against a peer: on one page in headless Chromium, over the same texts in
// the same run, it times QuoteLens (the npm package's API-only wasm, through the public API
// `analyze`, once per file as a newsroom drops them and once on the same articles as one large
// document), compromise.js (`nlp(text)`, then its `.quotations()` and `.people()`, each
// read out as a list, once per file) and a plain pass over the texts' UTF-8 bytes (the ceiling
// any reader of the text is under). Prints MB/s (of UTF-8 input) and the ratios between them.
//
//   scripts/build-npm.sh && node scripts/bench-browser.mjs [--corpus DIR] [--repeat N]
//     [--limit FILES] [--no-compromise]
//
// The texts are the .txt files under DIR (default: PolNeAR train from the shared data beside the
// repository, `$QUOTELENS_SHARED/corpus/polnear/train`, else the seed articles of
// tests/fixtures/seeds). Each engine first runs once over a few files untimed (the wasm and JIT
// warm up), then N times over all files; the best run counts. Both engines run on the page's main
// thread, so the figures are the engines' own, without a worker's message passing.
//
// The large document is the articles' cleaned texts (what QuoteLens keeps of each file) joined
// with blank lines, less lines that open a Markdown code fence: joined raw, one article's page
// furniture ("TOP STORIES." closing the article, a `~~~~~` rule) would set aside every article
// after it and the run would time a fraction of the text. Its MB/s is of its own size.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, launch } from "../tests/e2e/helpers.mjs";
import { benchOptions } from "./bench-options.mjs";

const { args, corpus, repeat, limit } = benchOptions(ROOT);
const withCompromise = !args.includes("--no-compromise");

const pkg = join(ROOT, "build", "npm", "package");
if (!existsSync(join(pkg, "pkg", "quotelens_bg.wasm"))) {
  console.error("bench-browser: build/npm/package is missing: run scripts/build-npm.sh first");
  process.exit(2);
}
let names = (await readdir(corpus, { recursive: true })).filter((f) => f.endsWith(".txt")).sort();
if (limit > 0) names = names.slice(0, limit);
if (names.length === 0) {
  console.error(`bench-browser: no .txt files under ${corpus}`);
  process.exit(2);
}
const texts = await Promise.all(names.map((f) => readFile(join(corpus, f), "utf8")));

const dir = await mkdtemp(join(tmpdir(), "quotelens-bench-browser-"));
await cp(pkg, dir, { recursive: true });
// compromise's browser build (a script that defines `nlp`), from the node tools of setup.sh --test.
const tools = process.env.QUOTELENS_TOOLS ?? join(homedir(), ".cache", "quotelens-tools");
const compromiseJs = join(tools, "node_modules", "compromise", "builds", "compromise.js");
if (withCompromise && !existsSync(compromiseJs)) {
  console.error(`bench-browser: ${compromiseJs} is missing: run scripts/setup.sh --test`);
  process.exit(2);
}
if (withCompromise) await cp(compromiseJs, join(dir, "www", "compromise.js"));
await writeFile(
  join(dir, "www", "bench.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
${withCompromise ? '<script src="compromise.js"></script>' : ""}
<script type="module">
import { init, analyze } from "./quotelens-api.js";
await init();
window.analyze = analyze;
window.engines = {
  // A quotation count read from each result, so that no engine's work can be skipped.
  quotelens: async (text, name) => (await analyze(text, { name })).documents[0].quotes.length,
  compromise: async (text) => {
    const doc = nlp(text);
    return doc.quotations().out("array").length + doc.people().out("array").length;
  },
  bytes: (text, name, bytes) => {
    let quotes = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 34) quotes++;
    return quotes;
  },
};
window.ready = true;
</script></head><body><p id="ready">bench</p></body></html>`,
);

const { openPage, close } = await launch({ root: dir, served: ["/www/", "/pkg/"] });
try {
  const { page, problems } = await openPage({ path: "www/bench.html", ready: "#ready" });
  await page.waitForFunction(() => window.ready === true, null, { timeout: 60_000 });
  const [total, largeTotal] = await page.evaluate(async (texts) => {
    const encoder = new TextEncoder();
    window.texts = texts;
    window.bytes = texts.map((t) => encoder.encode(t));
    const cleaned = [];
    for (const [i, text] of texts.entries()) {
      const report = await window.analyze(text, { name: `file${i}.txt` });
      cleaned.push(report.documents[0].text ?? "");
    }
    window.large = cleaned.join("\n\n").replace(/^[~`]{3,}.*\n?/gm, "");
    window.largeBytes = encoder.encode(window.large);
    return [window.bytes.reduce((n, b) => n + b.length, 0), window.largeBytes.length];
  }, texts);

  /** Runs one engine over every file (or the large document) and returns the best seconds. */
  const run = (engine, large) =>
    page.evaluate(
      async ([engine, large, repeat]) => {
        const f = window.engines[engine];
        const items = large
          ? [[window.large, "large.txt", window.largeBytes]]
          : window.texts.map((t, i) => [t, `file${i}.txt`, window.bytes[i]]);
        for (const [t, n, b] of window.texts.slice(0, 20).map((t, i) => [t, `warm${i}.txt`, window.bytes[i]])) {
          const r = f(t, n, b);
          if (typeof r !== "number") await r;
        }
        let best = Infinity;
        let found = 0;
        for (let r = 0; r < repeat; r++) {
          found = 0;
          const started = performance.now();
          for (const [t, n, b] of items) {
            const r = f(t, n, b); // the byte pass is synchronous: no promise to wait for
            found += typeof r === "number" ? r : await r;
          }
          best = Math.min(best, (performance.now() - started) / 1000);
        }
        return { seconds: best, found };
      },
      [engine, large, repeat],
    );

  const rows = [];
  const measure = async (label, engine, large) => {
    const { seconds, found } = await run(engine, large);
    const mbs = (large ? largeTotal : total) / 1e6 / seconds;
    rows.push({ label, seconds, mbs, found });
    console.error(`  ${label}: ${seconds.toFixed(3)} s`);
    return mbs;
  };
  console.log(
    `${names.length} files, ${(total / 1e6).toFixed(2)} MB of UTF-8 text (${corpus}); best of ${repeat} runs`,
  );
  const ceiling = await measure("plain pass over the bytes", "bytes", false);
  const perFile = await measure("QuoteLens wasm, analyze() per file", "quotelens", false);
  const large = await measure(
    `QuoteLens wasm, analyze() on one ${(largeTotal / 1e6).toFixed(2)} MB document`,
    "quotelens",
    true,
  );
  const peer = withCompromise
    ? await measure("compromise.js, quotations() + people() per file", "compromise", false)
    : undefined;

  console.log(`${"engine".padEnd(54)} ${"seconds".padStart(9)} ${"MB/s".padStart(10)}  found`);
  for (const { label, seconds, mbs, found } of rows) {
    console.log(`${label.padEnd(54)} ${seconds.toFixed(3).padStart(9)} ${mbs.toFixed(2).padStart(10)}  ${found}`);
  }
  console.log("found: quotations (QuoteLens), quotations + people (compromise), '\"' bytes (byte pass)");
  const ratio = (a, b) => `${(a / b).toFixed(1)}x`;
  if (peer !== undefined) {
    console.log(`QuoteLens per file / compromise: ${ratio(perFile, peer)}`);
    console.log(`QuoteLens one document / compromise: ${ratio(large, peer)}`);
  }
  console.log(`plain byte pass / QuoteLens per file: ${ratio(ceiling, perFile)}`);
  if (problems.length > 0) console.error(`bench-browser: the page reported:\n  ${problems.join("\n  ")}`);
} finally {
  await close();
  await rm(dir, { recursive: true, force: true });
}
