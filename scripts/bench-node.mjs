#!/usr/bin/env node
// The wasm's speed under Node (the V8 of Chromium, without a browser): loads the API-only wasm of
// pkg/ (scripts/build-web.sh --api) and times `analyze` over the .txt files under DIR once per
// file and once on their cleaned texts joined as one document (as scripts/bench-browser.mjs
// does), best of N runs after a warm-up on 20 files. Prints MB/s of UTF-8 input by the wall clock
// and by the process's CPU time (the steadier figure on a shared machine).
//
//   scripts/build-web.sh --api && node scripts/bench-node.mjs [--corpus DIR] [--repeat N]
//     [--limit FILES] [--dump FILE]
//
// `--dump FILE` writes every file's report (JSON, one line a file) to FILE, so that two builds'
// outputs can be compared byte for byte. Profile with `node --cpu-prof scripts/bench-node.mjs`
// (a build without wasm-opt's name stripping shows the Rust functions' names).
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchOptions } from "./bench-options.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const { option, corpus, repeat, limit } = benchOptions(ROOT);
const dump = option("--dump", undefined);
const pkg = resolve(option("--pkg", join(ROOT, "pkg")));

const { default: init, analyze } = await import(join(pkg, "quotelens.js"));
await init({ module_or_path: await readFile(join(pkg, "quotelens_bg.wasm")) });

let names = (await readdir(corpus, { recursive: true })).filter((f) => f.endsWith(".txt")).sort();
if (limit > 0) names = names.slice(0, limit);
const texts = await Promise.all(names.map((f) => readFile(join(corpus, f), "utf8")));
const encoder = new TextEncoder();
const total = texts.reduce((n, t) => n + encoder.encode(t).length, 0);

const cleaned = [];
const lines = [];
for (const [i, text] of texts.entries()) {
  const report = analyze(text, `file${i}.txt`, undefined);
  cleaned.push(report.documents[0].text ?? "");
  if (dump) lines.push(JSON.stringify(report));
}
const large = cleaned.join("\n\n").replace(/^[~`]{3,}.*\n?/gm, "");
const largeTotal = encoder.encode(large).length;
if (dump) {
  lines.push(JSON.stringify(analyze(large, "large.txt", undefined)));
  await writeFile(dump, lines.join("\n") + "\n");
}

const run = (items) => {
  for (const [i, t] of texts.slice(0, 20).entries()) analyze(t, `warm${i}.txt`, undefined);
  let best = Infinity;
  let bestCpu = Infinity;
  let found = 0;
  for (let r = 0; r < repeat; r++) {
    found = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const [t, n] of items) found += analyze(t, n, undefined).documents[0].quotes.length;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (performance.now() - started) / 1000);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  return { seconds: best, cpu: bestCpu, found };
};
console.log(`${names.length} files, ${(total / 1e6).toFixed(2)} MB (${corpus}); best of ${repeat} runs`);
const perFile = run(texts.map((t, i) => [t, `file${i}.txt`]));
const line = (label, { seconds, cpu, found }, bytes) =>
  console.log(
    `${label} ${seconds.toFixed(3)} s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s; CPU ${cpu.toFixed(3)} s, ` +
      `${(bytes / 1e6 / cpu).toFixed(2)} MB/s; ${found} quotations`,
  );
line("per file:    ", perFile, total);
const one = run([[large, "large.txt"]]);
line(`one ${(largeTotal / 1e6).toFixed(2)} MB document:`, one, largeTotal);
