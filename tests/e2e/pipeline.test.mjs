// End-to-end tests of how articles get into the page and through the analysis: the sample
// button, dropped files, a chosen folder, a dragged folder, pasted text, bad files among good
// ones (an 80 MB file that must not be read), progress and Cancel on 500 articles in the Web
// Worker, the fallback without workers, files kept across a reload, and "Clear all". No test
// lets the page ask any origin but its own. Run after scripts/build-web.sh, like the other e2e files.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, open, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, axeViolations, bytesB64, closePage, dropFiles, dropFolder, launch, readCards } from "./helpers.mjs";
import { generateArticles, writeArticles } from "./articles.mjs";

const SEEDS_DIR = join(ROOT, "tests", "fixtures", "seeds");
const PEACE = "We are working on peace, not on a ceasefire";

let browser;
let seedNames;
let seeds; // [{ name, b64 }]
let scratch; // a temporary folder for files made on disk

before(async () => {
  seedNames = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  seeds = await Promise.all(
    seedNames.map(async (name) => ({ name, b64: (await readFile(join(SEEDS_DIR, name))).toString("base64") })),
  );
  scratch = await mkdtemp(join(tmpdir(), "quotelens-e2e-"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const openPage = (options) => browser.openPage(options);

/** Closes the page after checking it asked no origin but its own for anything. */
async function finish(session) {
  const foreign = session.requests.filter((url) => !url.startsWith(browser.baseUrl));
  assert.deepEqual(foreign, [], "no request leaves the page's own origin");
  await closePage(session);
}

/** What each card's status badge says, by file name. */
const statuses = (page) =>
  page.$$eval("[data-testid=file]", (cards) =>
    Object.fromEntries(
      cards.map((c) => [
        c.querySelector("[data-testid=file-name]").textContent,
        c.querySelector("[data-testid=file-status]").dataset.status,
      ]),
    ),
  );

const progressText = (page) => page.textContent("[data-testid=progress-text]");

function assertSeedQuotes(cards) {
  const all = cards.flatMap((c) => c.quotes);
  const peace = all.find((q) => q.text.includes(PEACE));
  assert.ok(peace, `"${PEACE}" is among the quotations`);
  assert.equal(peace.speaker, "Dmitry Peskov");
  for (const card of cards) assert.ok(card.quotes.length > 0, `${card.name} shows quotations`);
}

/** Waits until the page has put back what it kept (or found nothing to put back). */
const storeReady = (page) => page.waitForSelector("[data-testid=intake][data-store-ready=true]");

/** Waits until the page's storage holds `count` analysed files. */
async function storedFiles(page, count) {
  await page.waitForFunction(
    (n) =>
      new Promise((done) => {
        const open = indexedDB.open("quotelens");
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction("files").objectStore("files").count();
          req.onsuccess = () => {
            db.close();
            done(req.result === n);
          };
        };
        open.onerror = () => done(false);
      }),
    count,
    { polling: 100 },
  );
}

describe("getting articles into the page", () => {
  test("'Try the sample articles' analyses the bundled seed articles in a Web Worker", async () => {
    const session = await openPage();
    const { page } = session;
    await page.getByRole("button", { name: "Try the sample articles" }).click();
    const cards = await readCards(page, 5);
    assert.deepEqual(
      cards.map((c) => c.name),
      seedNames,
    );
    assertSeedQuotes(cards);
    assert.deepEqual(Object.values(await statuses(page)), Array(5).fill("done"));
    assert.equal(await progressText(page), "5 of 5 analysed");
    const bar = await page.$eval("[role=progressbar]", (b) => ({
      now: b.getAttribute("aria-valuenow"),
      max: b.getAttribute("aria-valuemax"),
    }));
    assert.deepEqual(bar, { now: "5", max: "5" });
    assert.equal(page.workers().length, 1, "the analysis runs in a Web Worker");
    assert.match(page.workers()[0].url(), /\/www\/worker\.js$/);

    const violations = await axeViolations(page, { impacts: ["serious", "critical"] });
    assert.deepEqual(violations, [], "no serious or critical accessibility violations");
    await finish(session);
  });

  test("the folder picker, the paste box and the samples button are reached and used with the keyboard", async () => {
    const session = await openPage();
    const { page } = session;
    const focused = () =>
      page.evaluate(() => ({
        testid: document.activeElement?.dataset.testid,
        label: document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.textContent,
      }));
    const order = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      order.push(await focused());
    }
    assert.deepEqual(order, [
      { testid: "file-input", label: "Choose files…" },
      { testid: "folder-input", label: "Choose folder…" },
      { testid: "paste-text", label: "Or paste an article's text" },
      // "Analyse" is disabled while the box is empty, so Tab passes it by.
      { testid: "samples", label: "Try the sample articles" },
    ]);
    await page.keyboard.press("Enter");
    await readCards(page, 5);
    await page.focus("[data-testid=folder-input]");
    assert.notEqual(
      await page.$eval("label[for=folder-input]", (l) => getComputedStyle(l).outlineStyle),
      "none",
      "the focused folder picker shows a focus ring on its label",
    );
    await finish(session);
  });

  test("dropped seed files are each marked done and show their quotations", async () => {
    const session = await openPage();
    const { page } = session;
    await dropFiles(page, seeds);
    const cards = await readCards(page, 5);
    assert.deepEqual(
      cards.map((c) => c.name),
      seedNames,
    );
    assertSeedQuotes(cards);
    assert.deepEqual(Object.values(await statuses(page)), Array(5).fill("done"));
    await finish(session);
  });

  test("a chosen folder brings in every article inside it, named by path, without hidden files", async () => {
    const dir = join(scratch, "newsroom");
    await mkdir(join(dir, "monday"), { recursive: true });
    await mkdir(join(dir, ".git"), { recursive: true });
    for (const [i, name] of seedNames.entries()) {
      const where = i < 2 ? dir : join(dir, "monday");
      await writeFile(join(where, name), await readFile(join(SEEDS_DIR, name)));
    }
    await writeFile(join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    await writeFile(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");

    const session = await openPage();
    const { page } = session;
    await page.setInputFiles("[data-testid=folder-input]", dir);
    const cards = await readCards(page, 5);
    assert.deepEqual(cards.map((c) => c.name).sort(), [
      `newsroom/${seedNames[0]}`,
      `newsroom/${seedNames[1]}`,
      `newsroom/monday/${seedNames[2]}`,
      `newsroom/monday/${seedNames[3]}`,
      `newsroom/monday/${seedNames[4]}`,
    ]);
    assertSeedQuotes(cards);
    await finish(session);
  });

  test("a folder dragged onto the drop zone brings in the articles of its subfolders too", async () => {
    const dir = join(scratch, "dragged");
    await mkdir(join(dir, "tuesday"), { recursive: true });
    await writeFile(join(dir, seedNames[0]), await readFile(join(SEEDS_DIR, seedNames[0])));
    await writeFile(join(dir, "tuesday", seedNames[1]), await readFile(join(SEEDS_DIR, seedNames[1])));
    await writeFile(join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));

    const session = await openPage();
    const { page } = session;
    // A real drag from the desktop, as from a file manager.
    await dropFolder(page, dir);
    const cards = await readCards(page, 2);
    assert.deepEqual(cards.map((c) => c.name).sort(), [`dragged/${seedNames[0]}`, `dragged/tuesday/${seedNames[1]}`]);
    assert.ok(cards.every((c) => c.quotes.length > 0), JSON.stringify(cards.map((c) => c.quotes.length)));
    await finish(session);
  });

  test("pasted text is analysed as 'pasted text 1' and shows its quote with the speaker", async () => {
    const session = await openPage();
    const { page } = session;
    const analyse = page.getByRole("button", { name: "Analyse" });
    assert.equal(await analyse.isDisabled(), true, "nothing to analyse before text is pasted");
    await page.getByLabel("Or paste an article's text").fill(
      "Council approves new bridge\n\nThe city council voted on Tuesday to build a new bridge over the river.\n\n" +
        '"This bridge will connect two halves of our city," said Anna Berg, the mayor of Riverton.\n\n' +
        "Construction starts in May.\n",
    );
    await analyse.click();
    const [card] = await readCards(page, 1);
    assert.equal(card.name, "pasted text 1");
    assert.deepEqual(card.headlines, ["Council approves new bridge"]);
    assert.equal(card.quotes.length, 1);
    assert.equal(card.quotes[0].text, "This bridge will connect two halves of our city,");
    assert.equal(card.quotes[0].speaker, "Anna Berg");
    assert.equal(await page.inputValue("[data-testid=paste-text]"), "", "the box is emptied for the next text");

    await page.getByLabel("Or paste an article's text").fill(Buffer.from(seeds[1].b64, "base64").toString("utf8"));
    await analyse.click();
    const both = await readCards(page, 2);
    assert.equal(both[1].name, "pasted text 2");
    assert.ok(both[1].quotes.some((q) => q.text.includes(PEACE) && q.speaker === "Dmitry Peskov"));
    await finish(session);
  });

  test("empty, binary and 80 MB files show their errors while the articles beside them are analysed", async () => {
    const empty = join(scratch, "empty.txt");
    await writeFile(empty, "");
    const binary = join(scratch, "data.bin");
    await writeFile(binary, Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)));
    // 80 MB that take no disk space: the page must refuse it by its size, without reading it.
    const huge = join(scratch, "huge.txt");
    const handle = await open(huge, "w");
    await handle.truncate(80 * 1024 * 1024);
    await handle.close();
    const good = seedNames.slice(0, 2).map((n) => join(SEEDS_DIR, n));

    const session = await openPage();
    const { page } = session;
    await page.setInputFiles("[data-testid=file-input]", [good[0], empty, huge, binary, good[1]]);
    const cards = await readCards(page, 5);
    assert.deepEqual(
      cards.map((c) => c.name),
      [seedNames[0], "empty.txt", "huge.txt", "data.bin", seedNames[1]],
    );
    assert.deepEqual(cards[1].error, { code: "empty", message: "empty.txt is empty: there is no text to analyse." });
    assert.deepEqual(cards[2].error, {
      code: "too-large",
      message: "huge.txt is too large: 80 MB, the limit is 50 MB. Split it into smaller files.",
    });
    assert.equal(cards[3].error?.code, "binary");
    assert.match(cards[3].error.message, /^data\.bin looks like binary data, not text/);
    for (const card of [cards[0], cards[4]]) {
      assert.equal(card.error, null);
      assert.ok(card.quotes.length > 0, `${card.name} still shows quotations`);
    }
    assert.deepEqual(await statuses(page), {
      [seedNames[0]]: "done",
      "empty.txt": "error",
      "huge.txt": "error",
      "data.bin": "error",
      [seedNames[1]]: "done",
    });
    assert.equal(await progressText(page), "5 of 5 analysed");
    await finish(session);
  });

  test("500 articles show their progress, and Cancel stops the queued ones while finished ones stay", async () => {
    const articles = await generateArticles(500);
    const paths = await writeArticles(join(scratch, "batch"), articles);
    const session = await openPage();
    const { page } = session;
    await page.setInputFiles("[data-testid=file-input]", paths);

    // Part-way through: the bar and its words agree on a count between 1 and 499.
    const handle = await page.waitForFunction(() => {
      const bar = document.querySelector("[role=progressbar]");
      const now = Number(bar?.getAttribute("aria-valuenow"));
      return now >= 1 && now < 500 && { now, max: bar.getAttribute("aria-valuemax"), label: bar.getAttribute("aria-valuetext") };
    });
    const seen = await handle.jsonValue();
    assert.equal(seen.max, "500");
    assert.match(seen.label, /^\d+ of 500 analysed$/);
    await page.getByRole("button", { name: "Cancel" }).click();

    // The file in the worker's hands when Cancel came still finishes; then nothing is left.
    await page.waitForFunction(() => !document.querySelector("[data-testid=cancel]"));
    const text = await progressText(page);
    const match = text.match(/^(\d+) of 500 analysed, (\d+) cancelled$/);
    assert.ok(match, `progress after Cancel: ${text}`);
    const [done, cancelled] = [Number(match[1]), Number(match[2])];
    assert.equal(done + cancelled, 500);
    assert.ok(done >= seen.now && cancelled > 0, `${done} done, ${cancelled} cancelled`);

    // The Documents view shows a page of cards at a time: every card on it is done or cancelled.
    const firstPage = Object.values(await statuses(page));
    assert.ok(firstPage.length > 0 && firstPage.every((s) => s === "done" || s === "cancelled"), firstPage.join());
    assert.equal(await page.locator("[data-testid=file][aria-busy=true]").count(), 0);
    // The finished ones keep their results; the first article is among them.
    const first = page.locator("[data-testid=file][data-name='article-001.txt']");
    assert.ok((await first.locator("[data-testid=quote]").count()) > 0);
    await finish(session);
  });

  test("without Web Workers the page analyses on its own thread", async () => {
    const session = await openPage({ before: (page) => page.addInitScript(() => delete window.Worker) });
    const { page } = session;
    await storeReady(page);
    assert.equal(page.workers().length, 0);
    await dropFiles(page, seeds.slice(0, 3));
    const cards = await readCards(page, 3);
    assert.ok(cards.every((c) => c.quotes.length > 0));
    assert.equal(await progressText(page), "3 of 3 analysed");
    // main.js says why, as a warning, not an error.
    // The stance across them comes from the engine loaded on the page, as it would from a worker.
    await page.waitForSelector("[data-testid=export-json]:not([disabled])");
    await page.click("[data-testid=tab-stance]");
    assert.ok((await page.locator("[data-testid=topics] > li").count()) > 0, "topics worked out on the page");
    await page.click("[data-testid=tab-documents]");

    // A long article holds the page's thread while it is analysed, but not before the page
    // has said so: the card reads "analysing", the progress says why the page will not
    // respond, and a frame is drawn with both, before the analysis begins.
    await page.evaluate(() => {
      window.__seen = [];
      new MutationObserver(() => {
        const card = document.querySelector("[data-testid=file][data-name='long.txt'] [data-testid=file-status]");
        const status = card?.dataset.status;
        if (status && status !== window.__last) {
          window.__last = status;
          window.__seen.push(status);
          if (status === "analysing") {
            const said = document.querySelector("[data-testid=progress-on-page]")?.textContent ?? "";
            window.__seen.push(said.includes("does not respond") ? "said why" : "silent");
            requestAnimationFrame(() => window.__seen.push("frame"));
          }
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const body = Buffer.from(seeds[0].b64, "base64").toString("utf8").split("\n").slice(1).join("\n");
    const long = `A long record\n\n${Array(60).fill(body).join("\n\n")}\n`;
    await dropFiles(page, [{ name: "long.txt", b64: Buffer.from(long).toString("base64") }]);
    await page.waitForFunction(() => document.querySelector("[data-testid=progress-text]")?.textContent === "1 of 1 analysed");
    const seen = await page.evaluate(() => window.__seen.filter((s) => s !== "queued"));
    assert.deepEqual(seen.slice(0, 4), ["analysing", "said why", "frame", "done"], seen.join());
    await finish(session);
  });

  test("when the worker script fails to start, the page analyses on its own thread", async () => {
    // The worker script the page loads throws as it starts, so no answer can come from it.
    let broken = 0;
    const session = await openPage({
      before: (page) =>
        page.route("**/www/worker.js", (route) => {
          broken += 1;
          return route.fulfill({ contentType: "text/javascript", body: 'throw new Error("this worker cannot start");' });
        }),
    });
    const { page } = session;
    await storeReady(page);
    await dropFiles(page, seeds.slice(0, 2));
    const cards = await readCards(page, 2);
    assert.deepEqual(
      cards.map((c) => c.name),
      seedNames.slice(0, 2),
    );
    assert.ok(cards.every((c) => c.quotes.length > 0 && c.error === null));
    assert.equal(await progressText(page), "2 of 2 analysed");
    assert.equal(broken, 1, "the page was given the broken worker");
    assert.equal(page.workers().length, 0, "and stopped it");
    await finish(session);
  });

  test("a file that stops the worker shows an error and the other files are still analysed", async () => {
    // A worker that analyses as www/worker.js does, but fails on the third file it is given.
    const failing = `
      import init, { analyseInWorker } from "../pkg/quotelens.js";
      const ready = init();
      let given = 0;
      self.onmessage = (event) => {
        given += 1;
        if (given === 3) throw new Error("the analysis stopped");
        ready.then(() => self.postMessage(analyseInWorker(event.data)));
      };`;
    const session = await openPage({
      before: (page) =>
        page.route("**/www/worker.js", (route) => route.fulfill({ contentType: "text/javascript", body: failing })),
    });
    const { page } = session;
    await storeReady(page);
    await dropFiles(page, seeds);
    const cards = await readCards(page, 5);
    assert.deepEqual(
      cards.map((c) => c.name),
      seedNames,
    );
    assert.deepEqual(cards[2].error, {
      code: "crashed",
      message:
        `${seedNames[2]} could not be analysed: QuoteLens stopped with an internal error on this file ` +
        "(Uncaught Error: the analysis stopped). The other files are analysed as usual. " +
        "This is a bug: please report it with the file.",
    });
    for (const i of [0, 1, 3, 4]) assert.ok(cards[i].quotes.length > 0, `${cards[i].name} is analysed`);
    assert.deepEqual(Object.values(await statuses(page)), ["done", "done", "error", "done", "done"]);
    await finish(session);
  });

  test("analysed files survive a reload; Clear all removes them for good", async () => {
    const session = await openPage();
    const { page } = session;
    await storeReady(page);
    await dropFiles(page, [...seeds, { name: "empty.txt", b64: bytesB64([]) }]);
    await readCards(page, 6);
    const paste = page.getByLabel("Or paste an article's text");
    await paste.fill(Buffer.from(seeds[2].b64, "base64").toString("utf8"));
    await page.getByRole("button", { name: "Analyse" }).click();
    const before = await readCards(page, 7);
    await storedFiles(page, 7);

    await page.reload();
    await storeReady(page);
    const after = await readCards(page, 7);
    assert.deepEqual(after, before, "the same files, in the same order, with the same quotations and errors");
    // The fresh worker is sent the restored documents and works out the stance across them.
    await page.waitForSelector("[data-testid=export-json]:not([disabled])");
    await page.click("[data-testid=tab-stance]");
    assert.ok((await page.locator("[data-testid=topics] > li").count()) > 0, "topics from the restored files");
    await page.click("[data-testid=tab-documents]");
    // The next pasted text does not take the kept one's name.
    await paste.fill(Buffer.from(seeds[3].b64, "base64").toString("utf8"));
    await page.getByRole("button", { name: "Analyse" }).click();
    const cards = await readCards(page, 8);
    assert.deepEqual(
      cards.slice(6).map((c) => c.name),
      ["pasted text 1", "pasted text 2"],
    );
    await storedFiles(page, 8);

    await page.getByRole("button", { name: "Clear all" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=file]").length === 0);
    await storedFiles(page, 0);
    await page.reload();
    await storeReady(page);
    assert.equal(await page.locator("[data-testid=file]").count(), 0, "nothing comes back after Clear all");
    await finish(session);
  });
});
