// Measures the main-thread cost of the results views with a large batch: drops N articles
// (the seed articles repeated under distinct names, default 500), waits for the analysis, then
// records long tasks (PerformanceObserver "longtask", i.e. over 50 ms) while switching tabs,
// paging and filtering. Prints the longest task of each action. Run on demand, after
// scripts/build-web.sh:  node scripts/bench-views.mjs [N]
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, closePage, dropFiles, launch } from "../tests/e2e/helpers.mjs";

const N = Number(process.argv[2] ?? 500);
const SEEDS = join(ROOT, "tests", "fixtures", "seeds");
const names = (await readdir(SEEDS)).filter((n) => n.endsWith(".txt")).sort();
const texts = await Promise.all(names.map((n) => readFile(join(SEEDS, n))));
const files = Array.from({ length: N }, (_, i) => ({
  name: `article-${String(i).padStart(4, "0")}.txt`,
  b64: texts[i % texts.length].toString("base64"),
}));

const browser = await launch();
try {
  const session = await browser.openPage({ width: 1280 });
  const { page } = session;
  const started = Date.now();
  await dropFiles(page, files);
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector("[data-testid=summary]")?.textContent ?? "";
      return s.startsWith(`${n} files`) && !s.includes("still");
    },
    N,
    { timeout: 600_000 },
  );
  console.log(`${N} articles analysed and shown in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
    });
  });
  const measure = async (label, action) => {
    await page.evaluate(() => (window.__tasks = []));
    const t = Date.now();
    await action();
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => window.__tasks);
    const longest = tasks.length ? `${Math.round(Math.max(...tasks))} ms` : "none over 50 ms";
    console.log(`${label.padEnd(34)} longest task: ${longest.padEnd(16)} (done in ${Date.now() - t - 500} ms)`);
  };
  for (const view of ["article", "speakers", "stance", "timeline", "documents"]) {
    await measure(`tab ${view}`, () => page.click(`[data-testid=tab-${view}]`));
  }
  await measure("documents: next page", () => page.click("[data-testid=pager] >> text=Next"));
  await measure("filter: speaker Dmitry Peskov", () => page.selectOption("[data-testid=f-speaker]", "Dmitry Peskov"));
  await measure("filter: search 'ceasefire'", () => page.fill("[data-testid=f-text]", "ceasefire"));
  await measure("filter: clear", () => page.click("[data-testid=f-reset]"));
  await measure("tab stance (filters cleared)", () => page.click("[data-testid=tab-stance]"));
  await closePage(session);
} finally {
  await browser.close();
}
