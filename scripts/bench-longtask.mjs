#!/usr/bin/env node
// Measures how responsive the page stays while it analyses many articles: generates N articles
// (default 500) from the seed articles, gives them to the built page through its file picker,
// and records every main-thread task longer than 50 ms (PerformanceObserver "longtask") from
// the moment the files are given until the last one is analysed.
//
//   scripts/build-web.sh && node scripts/bench-longtask.mjs [N] [--no-worker] [--verbose]
//
// --no-worker measures the main-thread fallback instead of the Web Worker; --verbose lists the
// long tasks.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "../tests/e2e/helpers.mjs";
import { generateArticles, writeArticles } from "../tests/e2e/articles.mjs";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const noWorker = args.includes("--no-worker");

const scratch = await mkdtemp(join(tmpdir(), "quotelens-bench-"));
const browser = await launch();
try {
  const paths = await writeArticles(scratch, await generateArticles(count));
  const { page } = await browser.openPage(noWorker ? { init: () => delete window.Worker } : {});
  await page.waitForSelector("[data-testid=intake][data-store-ready=true]");
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
    window.__start = performance.now();
  });
  await page.setInputFiles("[data-testid=file-input]", paths);
  await page.waitForFunction(
    (n) => document.querySelector("[data-testid=progress-text]")?.textContent === `${n} of ${n} analysed`,
    count,
    { timeout: 600_000, polling: 50 },
  );
  // Let the last render and the storage write finish, so their tasks are counted too.
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const tasks = window.__longtasks.filter((t) => t.start >= window.__start);
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      over50: tasks.length,
      over100: tasks.filter((t) => t.duration > 100).length,
      total: performance.now() - window.__start - 500,
      tasks: tasks.map((t) => `${(t.start - window.__start).toFixed(0)}ms+${t.duration.toFixed(0)}`),
    };
  });
  const workers = page.workers().length;
  console.log(
    `${count} articles, ${workers ? "Web Worker" : "main thread"}: ` +
      `longest main-thread task ${result.longest.toFixed(0)} ms, ` +
      `${result.over50} tasks over 50 ms (${result.over100} over 100 ms), ` +
      `all analysed in ${(result.total / 1000).toFixed(1)} s`,
  );
  if (args.includes("--verbose")) console.log(`long tasks (start+duration): ${result.tasks.join(" ")}`);
} finally {
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
}
