// The page at scale, in Debian's Chromium: a generated article of 20 MB (the seed articles'
// texts, as the core cleans them, repeated under one headline: the raw seeds end with page
// furniture that closes the article) dropped on the page, and a folder of 2,000 generated articles
// dropped as a folder from a file manager. Each run shows its progress, answers clicks on the tabs while
// the analysis goes on, finishes, and then renders every view with a bounded number of
// elements. The time to finish and the longest main-thread task (PerformanceObserver
// "longtask") are reported, not asserted: timings depend on the machine.
//
// QUOTELENS_E2E_BIG_MB (default 20) sets the article's size and QUOTELENS_E2E_FOLDER (default
// 2000) the number of articles, for a quicker run. Run after scripts/build-web.sh.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closePage, dropFolder, launch } from "./helpers.mjs";
import { generateArticles, longArticleBody, longArticleInPage, writeArticles } from "./articles.mjs";

const BIG_MB = Number(process.env.QUOTELENS_E2E_BIG_MB ?? 20);
const FOLDER = Number(process.env.QUOTELENS_E2E_FOLDER ?? 2000);
const VIEWS = ["documents", "article", "speakers", "stance", "timeline"];
// However long the input, a view renders a page of it: far fewer elements than this.
const MOST_ELEMENTS = 4000;
const LONG = { timeout: 900_000, polling: 250 };

let browser;
let scratch;

before(async () => {
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), "quotelens-scale-"));
});

after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Records every long task from now on, when the work began and when the progress first reads `end`. */
async function observe(page, end) {
  await page.evaluate((end) => {
    window.__longtasks = [];
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longtasks.push(e.duration);
        // What the page said just after the task, to tell which step it belongs to.
        const said = document.querySelector("[data-testid=progress-receiving]")?.textContent ??
          document.querySelector("[data-testid=progress-text]")?.textContent ?? "";
        window.__tasks.push({ at: Math.round(e.startTime - window.__start), ms: Math.round(e.duration), said });
      }
    }).observe({ type: "longtask" });
    window.__start = performance.now();
    const watch = setInterval(() => {
      if (document.querySelector("[data-testid=progress-text]")?.textContent === end) {
        window.__finished = performance.now();
        clearInterval(watch);
      }
    }, 50);
  }, end);
}

/**
 * While `done()` is false, clicks a tab every second (Article, Documents in turn) and waits for
 * it to be selected within the ordinary timeout: the page answers during the analysis. Returns
 * how many clicks were answered and the slowest answer in ms.
 */
async function clickWhileBusy(page, done) {
  let clicks = 0;
  let slowest = 0;
  while (!(await done())) {
    const view = clicks % 2 ? "documents" : "article";
    const t = Date.now();
    await page.click(`[data-testid=tab-${view}]`);
    await page.waitForSelector(`#tab-${view}[aria-selected=true]`);
    slowest = Math.max(slowest, Date.now() - t);
    clicks++;
    await page.waitForTimeout(1000);
  }
  return { clicks, slowest };
}

async function figures(page) {
  return page.evaluate(() => {
    const tasks = window.__longtasks;
    return {
      seconds: ((window.__finished ?? performance.now()) - window.__start) / 1000,
      longest: Math.round(Math.max(0, ...tasks)),
      over50: tasks.length,
      tasks: window.__tasks.slice(),
    };
  });
}

/**
 * Waits for the stance across documents, worked out in the worker once the files are analysed,
 * while clicking tabs (the page answers meanwhile); returns the seconds since the work began.
 */
async function stanceArrives(page) {
  const ready = () =>
    page.evaluate(() => {
      const json = document.querySelector("[data-testid=export-json]");
      return json !== null && !json.disabled;
    });
  const answered = await clickWhileBusy(page, ready);
  const seconds = await page.evaluate(() => (performance.now() - window.__start) / 1000);
  await page.click("[data-testid=tab-stance]");
  await page.waitForSelector("[data-testid=matrix], [data-testid=no-stance]");
  assert.equal(await page.locator("[data-testid=stance-pending]").count(), 0);
  return { seconds, answered };
}

/** The longest of the tasks from `from` ms on. */
const longestFrom = (tasks, from) => Math.max(0, ...tasks.filter((t) => t.at >= from).map((t) => t.ms));

/** The long tasks after `from` ms, as "at+ms (what the page said)", for the report. */
const taskList = (tasks, from = 0) =>
  tasks
    .filter((t) => t.at >= from)
    .map((t) => `${(t.at / 1000).toFixed(1)}s:${t.ms}ms${t.said ? ` (${t.said})` : ""}`)
    .join(", ");

/** Opens every view and checks it renders a page of the results, not all of them. */
async function everyViewIsBounded(page) {
  const counts = {};
  for (const view of VIEWS) {
    await page.click(`[data-testid=tab-${view}]`);
    await page.waitForSelector(`[data-testid=panel-${view}]`);
    counts[view] = await page.evaluate(() => document.querySelectorAll("*").length);
    assert.ok(counts[view] < MOST_ELEMENTS, `${view} renders ${counts[view]} elements`);
  }
  return counts;
}

const progressIs = (page, text) => async () =>
  (await page.textContent("[data-testid=progress-text]").catch(() => null)) === text;

/**
 * What both inputs go through once `give()` has handed them to the page: the progress says
 * `end` when they are analysed, tabs are clicked meanwhile and while the stance across them is
 * worked out, every view renders a page of the results, `check()` looks at what this input
 * shows; then the figures are reported as `what`.
 */
async function atScale(t, page, { what, end, give, check }) {
  await observe(page, end);
  await give();
  await page.waitForSelector("[data-testid=progress-text]");
  const answered = await clickWhileBusy(page, progressIs(page, end));
  await page.waitForFunction((end) => document.querySelector("[data-testid=progress-text]")?.textContent === end, end, LONG);
  const done = await figures(page);
  const summary = await page.textContent("[data-testid=summary]");
  const stance = await stanceArrives(page);
  const withStance = await figures(page);
  const counts = await everyViewIsBounded(page);
  const detail = await check(summary);
  const after = await figures(page);
  const line =
    `${what(detail)}: analysed and shown in ${done.seconds.toFixed(1)} s; ` +
    `longest main-thread task ${done.longest} ms (${done.over50} over 50 ms); ` +
    `${answered.clicks} clicks answered during the analysis, slowest in ${answered.slowest} ms; ` +
    `stance across documents in ${stance.seconds.toFixed(1)} s (longest task ${withStance.longest} ms, ` +
    `${stance.answered.clicks} clicks answered meanwhile); ` +
    `with the views opened: longest task ${longestFrom(after.tasks, stance.seconds * 1000)} ms; elements per view ${JSON.stringify(counts)}; ` +
    `long tasks: ${taskList(after.tasks)}`;
  t.diagnostic(line);
  console.log(line);
}

const dropInPage = (page) =>
  page.evaluate(() => {
    const zone = document.querySelector("[data-testid=drop-zone]");
    for (const type of ["dragenter", "dragover", "drop"]) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
    }
  });

describe("the page at scale", () => {
  test(`a ${BIG_MB} MB article: progress, clicks answered, every view paged`, async (t) => {
    const body = await longArticleBody();
    const session = await browser.openPage({ width: 1280 });
    const { page } = session;
    await page.waitForSelector("[data-testid=intake][data-store-ready=true]");
    // The article is made in the page, in its own task, before the clock starts.
    const bytes = await longArticleInPage(page, body, BIG_MB);
    await atScale(t, page, {
      end: "1 of 1 analysed",
      give: async () => {
        await dropInPage(page);
        // Progress: the batch, a clock while the worker analyses, the file card's status.
        assert.equal(await page.textContent("[data-testid=progress-text]"), "0 of 1 analysed");
        await page.waitForSelector("[data-testid=progress-elapsed]");
        await page.waitForSelector("[data-testid=file-status][data-status=analysing]");
      },
      check: async (summary) => {
        const quotes = Number(summary.match(/(\d+) quotations/)[1]);
        assert.ok(quotes > 4000 * BIG_MB, summary);
        // The article's text is read a page at a time.
        await page.click("[data-testid=tab-article]");
        const marks = await page.locator("[data-testid=hl]").count();
        assert.ok(marks > 0 && marks < 500, `${marks} highlights on a page of the text`);
        const at = await page.textContent("[data-testid=text-pager-at]");
        assert.match(at, /^Page 1 of \d+$/);
        await page.click("[data-testid=text-pager-next]");
        assert.match(await page.textContent("[data-testid=text-pager-at]"), /^Page 2 of /);
        assert.ok((await page.locator("[data-testid=hl]").count()) > 0);
        await page.click("[data-testid=tab-documents]");
        assert.match(await page.textContent("[data-testid=quote-pager-at]"), new RegExp(`^Quotations 1–50 of ${quotes}$`));
        return quotes;
      },
      what: (quotes) => `${(bytes / 1024 / 1024).toFixed(1)} MB article, ${quotes} quotations`,
    });
    await closePage(session);
  });

  test(`a folder of ${FOLDER} articles: progress, clicks answered, every view paged`, async (t) => {
    const dir = join(scratch, "folder");
    await writeArticles(dir, await generateArticles(FOLDER));
    const session = await browser.openPage({ width: 1280 });
    const { page } = session;
    await page.waitForSelector("[data-testid=intake][data-store-ready=true]");
    await atScale(t, page, {
      end: `${FOLDER} of ${FOLDER} analysed`,
      // Dropped as from a file manager.
      give: () => dropFolder(page, dir),
      check: async (summary) => assert.match(summary, new RegExp(`^${FOLDER} files, \\d+ quotations$`)),
      what: () => `${FOLDER} articles from a folder`,
    });
    await closePage(session);
  });
});
