#!/usr/bin/env node
// Measures how responsive the page stays while it analyses many articles: generates N articles
// (default 500) from the seed articles, gives them to the built page, and records every
// main-thread task longer than 50 ms (PerformanceObserver "longtask") from the moment the files
// are given until the last one is analysed.
//
//   scripts/build-web.sh && node scripts/bench-longtask.mjs [N] [--picker] [--no-worker] [--verbose]
//
// By default the files are dropped on the drop zone as in-memory File objects. --picker gives
// them as files on disk through the file picker instead, which adds the browser's own cost of
// opening a 500-file selection. --no-worker measures the main-thread fallback; --verbose lists
// the long tasks.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "../tests/e2e/helpers.mjs";
import { generateArticles, writeArticles } from "../tests/e2e/articles.mjs";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const noWorker = args.includes("--no-worker");
const picker = args.includes("--picker");

const scratch = await mkdtemp(join(tmpdir(), "quotelens-bench-"));
const browser = await launch();
try {
  const articles = await generateArticles(count);
  const { page } = await browser.openPage({
    before: (page) => noWorker && page.addInitScript(() => delete window.Worker),
  });
  await page.waitForSelector("[data-testid=intake][data-store-ready=true]");
  const observe = () => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  };
  if (picker) {
    const paths = await writeArticles(scratch, articles);
    await page.evaluate(observe);
    await page.evaluate(() => (window.__start = performance.now()));
    await page.setInputFiles("[data-testid=file-input]", paths);
  } else {
    // The files are made in their own tasks, before the clock starts.
    await page.evaluate((articles) => {
      window.__dt = new DataTransfer();
      for (const a of articles) window.__dt.items.add(new File([a.text], a.name, { type: "text/plain" }));
    }, articles);
    await page.evaluate(observe);
    await page.evaluate(() => {
      window.__start = performance.now();
      const zone = document.querySelector("[data-testid=drop-zone]");
      for (const type of ["dragenter", "dragover", "drop"]) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
      }
    });
  }
  await page.waitForFunction(
    (n) => document.querySelector("[data-testid=progress-text]")?.textContent === `${n} of ${n} analysed`,
    count,
    { timeout: 600_000, polling: 50 },
  );
  const total = await page.evaluate(() => performance.now() - window.__start);
  // Let the last render and the storage write finish, so their tasks are counted too.
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const tasks = window.__longtasks.filter((t) => t.start >= window.__start);
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      over50: tasks.length,
      over100: tasks.filter((t) => t.duration > 100).length,
      tasks: tasks.map((t) => `${(t.start - window.__start).toFixed(0)}ms+${t.duration.toFixed(0)}`),
    };
  });
  const engine = page.workers().length ? "Web Worker" : "main thread";
  console.log(
    `${count} articles, ${picker ? "file picker" : "dropped"}, ${engine}: ` +
      `longest main-thread task ${result.longest.toFixed(0)} ms, ` +
      `${result.over50} tasks over 50 ms (${result.over100} over 100 ms), ` +
      `all analysed in ${(total / 1000).toFixed(1)} s`,
  );
  if (args.includes("--verbose")) console.log(`long tasks (start+duration): ${result.tasks.join(" ")}`);
} finally {
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
}
