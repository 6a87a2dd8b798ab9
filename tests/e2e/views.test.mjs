// End-to-end tests of the results views in Debian's Chromium: the five seed articles are dropped,
// then each tab (Documents, Article, Speakers, Stance, Timeline) must show what a reader needs,
// the filters must narrow every view, the matrix cells must open their evidence, the JSON and CSV
// downloads must hold the report, copying must give the quote with its attribution, and every
// view must pass axe and fit a 360px screen. Run after scripts/build-web.sh.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, axeViolations, closePage, downloadText, dropFiles, launch, parseCsv, readCards } from "./helpers.mjs";

const SEEDS_DIR = join(ROOT, "tests", "fixtures", "seeds");
const VIEWS = ["documents", "article", "speakers", "stance", "timeline"];
const PEACE = "We are working on peace, not on a ceasefire";
const PEACE_HEADLINE = "Russia Striving for Lasting Peace, Not Mere Ceasefire - Kremlin";

let browser;
let seeds;

before(async () => {
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  seeds = await Promise.all(
    names.map(async (name) => ({ name, b64: (await readFile(join(SEEDS_DIR, name))).toString("base64") })),
  );
  browser = await launch();
});

after(() => browser?.close());

/** A page with the five seeds dropped and analysed. */
async function seeded(options) {
  const session = await browser.openPage(options);
  await dropFiles(session.page, seeds);
  await readCards(session.page, seeds.length);
  return session;
}

async function openTab(page, view) {
  await page.click(`[data-testid=tab-${view}]`);
  await page.waitForSelector(`[data-testid=panel-${view}]`);
}

const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));


async function selectFilter(page, id, value) {
  await page.selectOption(`[data-testid=${id}]`, value);
}

describe("the results views", () => {
  test("the tabs switch views with the mouse and with the arrow keys", async () => {
    const session = await seeded();
    const { page } = session;
    const selected = () => page.$eval("[role=tab][aria-selected=true]", (t) => t.id);
    assert.equal(await selected(), "tab-documents");
    assert.equal(await page.getAttribute("[role=tabpanel]", "aria-labelledby"), "tab-documents");
    await page.focus("#tab-documents");
    await page.keyboard.press("ArrowRight");
    assert.equal(await selected(), "tab-article");
    assert.equal(await page.evaluate(() => document.activeElement.id), "tab-article");
    await page.keyboard.press("End");
    assert.equal(await selected(), "tab-timeline");
    await page.keyboard.press("ArrowRight");
    assert.equal(await selected(), "tab-documents", "the arrows wrap around");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await selected(), "tab-timeline");
    await page.keyboard.press("Home");
    assert.equal(await selected(), "tab-documents");
    const tabbable = await page.$$eval("[role=tab]", (tabs) => tabs.filter((t) => t.tabIndex === 0).map((t) => t.id));
    assert.deepEqual(tabbable, ["tab-documents"], "only the selected tab is in the Tab order");
    await closePage(session);
  });

  test("Documents lists each article with its counts; Article highlights its quotations", async () => {
    const session = await seeded();
    const { page } = session;
    const counts = await texts(page, "[data-testid=doc-counts]");
    assert.equal(counts.length, 5);
    assert.equal(counts[0], "10 quotations · 3 speakers");

    await openTab(page, "article");
    await page.selectOption("[data-testid=article-doc]", { label: PEACE_HEADLINE });
    assert.equal(await page.textContent("[data-testid=article-headline]"), PEACE_HEADLINE);
    // One headline: the text's first line is the heading, not a copy above it.
    assert.equal(await page.locator("[data-testid=article-headline]").count(), 1);
    const shownText = await page.$eval("[data-testid=panel-article]", (p) =>
      [...p.querySelectorAll("h3, [data-testid=article-text]")].map((e) => e.textContent).join("\n"),
    );
    assert.equal(shownText.split(PEACE_HEADLINE).length - 1, 1, "the headline is shown once");
    assert.equal(await page.getAttribute("[data-testid=article-headline]", "role"), "heading");
    const marks = await page.$$eval("[data-testid=hl]", (ms) =>
      ms.map((m) => ({ text: m.textContent, speaker: m.dataset.speaker, kind: m.dataset.kind, colour: getComputedStyle(m).textDecorationColor })),
    );
    assert.equal(marks.length, 14, "every quotation of the article is highlighted");
    const peace = marks.find((m) => m.text.startsWith(PEACE));
    assert.deepEqual([peace.speaker, peace.kind], ["Dmitry Peskov", "direct"]);
    const trump = marks.find((m) => m.speaker === "Donald Trump");
    assert.notEqual(trump.colour, peace.colour, "speakers have their own colours");
    const articleText = await page.textContent("[data-testid=article-text]");
    assert.ok(articleText.includes("Russia is working on peace, not a ceasefire"), "the whole cleaned text is shown");

    // Keyboard focus on a quotation says who said it, in what role, and the cue.
    // The mouse is parked off the text so that no hover competes with the focus.
    await page.mouse.move(0, 0);
    await page.locator("[data-testid=hl][data-kind=direct]", { hasText: PEACE }).focus();
    assert.equal(
      await page.textContent("[data-testid=hl-detail]"),
      "Dmitry Peskov, press secretary of the Russian president — direct quotation; cue “told”",
    );
    // A tap (a click without hover first) says it too: touch screens have no hover.
    await page.locator("[data-testid=hl][data-speaker=Zelensky]").first().dispatchEvent("click");
    assert.match(await page.textContent("[data-testid=hl-detail]"), /^Zelensky.* quotation/);
    assert.doesNotMatch(await page.textContent("[data-testid=hl-detail]"), /Hover/);
    const legend = await texts(page, "[data-testid=legend-speaker]");
    assert.deepEqual(legend, ["Dmitry Peskov (10)", "Donald Trump (2)", "Zelensky (2)"]);
    await page.click("[data-testid=legend-speaker][data-speaker='Donald Trump']");
    assert.equal(await page.getAttribute("[data-testid=legend-speaker][data-speaker='Donald Trump']", "aria-pressed"), "true");
    const dimmed = await page.$$eval("[data-testid=hl]", (ms) => ms.map((m) => [m.dataset.speaker, m.classList.contains("dim")]));
    for (const [speaker, dim] of dimmed) assert.equal(dim, speaker !== "Donald Trump", `${speaker} dimmed: ${dim}`);
    await closePage(session);
  });

  test("Speakers shows Dmitry Peskov with his role, aliases, quotations and stances", async () => {
    const session = await seeded();
    const { page } = session;
    await openTab(page, "speakers");
    const rows = await page.$$eval("[data-testid=speaker-row]", (rows) =>
      rows.map((r) => ({
        name: r.querySelector("[data-testid=speaker-row-name]").textContent,
        role: r.querySelector("[data-testid=speaker-row-role]")?.textContent ?? null,
        aliases: r.querySelector("[data-testid=speaker-row-aliases]")?.textContent ?? "",
        count: r.querySelector("[data-testid=speaker-row-count]").textContent,
        chips: [...r.querySelectorAll("[data-testid=stance-chip]")].map((c) => c.textContent),
      })),
    );
    const peskov = rows[0];
    assert.equal(peskov.name, "Dmitry Peskov");
    assert.match(peskov.role, /spokes/);
    assert.match(peskov.aliases, /Peskov/);
    assert.match(peskov.count, /^\d+ quotations in 4 documents$/);
    assert.ok(peskov.chips.includes("▼ against ceasefire"), peskov.chips.join(" | "));
    assert.ok(peskov.chips.includes("▲ for peace settlement"));
    const lavrov = rows.find((r) => r.name === "Sergey Lavrov");
    assert.equal(lavrov.role, "Russian Foreign Minister");
    await closePage(session);
  });

  test("a matrix cell opens the quotes it rests on, with headline and stance words", async () => {
    const session = await seeded();
    const { page } = session;
    await openTab(page, "stance");
    const cell = "[data-testid=cell][data-speaker='Dmitry Peskov'][data-target=ceasefire]";
    assert.equal(await page.getAttribute(cell, "data-stance"), "against");
    assert.equal((await page.textContent(cell)).trim(), "▼ 1");
    await page.click(cell);
    assert.equal(await page.getAttribute(cell, "aria-pressed"), "true");
    assert.equal(await page.textContent("#evidence-title"), "Dmitry Peskov on ceasefire: against");
    const evidence = await page.$$eval("[data-testid=evidence]", (items) =>
      items.map((e) => ({
        headline: e.querySelector("[data-testid=evidence-headline]").textContent,
        quote: e.querySelector("[data-testid=evidence-quote]").textContent,
        cues: e.querySelector("[data-testid=evidence-cues]").textContent,
      })),
    );
    assert.equal(evidence.length, 3);
    const peace = evidence.find((e) => e.quote.startsWith(PEACE));
    assert.equal(peace.headline, PEACE_HEADLINE);
    assert.match(peace.cues, /^Stance words: .+/);
    const summaries = await texts(page, "[data-testid=summary-line]");
    assert.ok(summaries.some((s) => s.startsWith("Dmitry Peskov") && s.includes("opposes a ceasefire")), summaries.join("\n"));
    // Pressing the cell again closes its evidence.
    await page.click(cell);
    assert.equal(await page.$("[data-testid=evidence-panel]"), null);
    await closePage(session);
  });

  test("Stance groups the stances by topic and a line opens its evidence in the article", async () => {
    const session = await seeded();
    const { page } = session;
    await openTab(page, "stance");
    const line = page.locator("[data-testid=topic-line][data-speaker='Dmitry Peskov'][data-stance=against]", {
      has: page.locator("[data-testid=topic-target]", { hasText: /^ceasefire$/ }),
    });
    assert.equal(await line.count(), 1);
    assert.match(await line.locator("[data-testid=topic-who]").textContent(), /^Dmitry Peskov, press secretary/);
    assert.equal(await line.getAttribute("data-kind"), "direct");
    assert.match(await line.locator(".meta").textContent(), /direct quotation · .*2025-12-10/);
    const evidence = (await line.locator("[data-testid=topic-evidence]").textContent()).trim();
    assert.ok(evidence.startsWith(PEACE), evidence);
    // The sides a reader expects: a "For" heading in the peace settlement topic too.
    const sides = await page.$$eval("[data-testid=topic]", (ts) => ts.map((t) => [...t.querySelectorAll("h5")].map((h) => h.textContent.split(" (")[0])));
    assert.ok(sides.flat().includes("For") && sides.flat().includes("Against"), JSON.stringify(sides));
    await line.locator("[data-testid=topic-open]").click();
    await page.waitForSelector("[data-testid=panel-article]");
    assert.equal(await page.textContent("[data-testid=article-headline]"), PEACE_HEADLINE);
    const focus = page.locator("[data-testid=focus]");
    assert.equal((await focus.textContent()).trim(), evidence);
    assert.ok(await focus.isVisible());
    const box = await focus.boundingBox();
    assert.ok(box.y >= 0 && box.y < 900, `the passage is scrolled into view (y=${box.y})`);
    await closePage(session);
  });

  test("Timeline draws the dated articles and says the same in a table", async () => {
    const session = await seeded();
    const { page } = session;
    await openTab(page, "timeline");
    const bars = await page.$$eval("[data-testid=timeline-bar]", (bs) => bs.map((b) => [b.dataset.date, Number(b.dataset.quotes)]));
    assert.deepEqual(bars, [["2025-02-23", 10], ["2025-04-30", 16], ["2025-12-10", 14]]);
    const labelled = await page.$eval("[data-testid=timeline]", (svg) => ({
      role: svg.getAttribute("role"),
      title: svg.querySelector("title").textContent,
      desc: svg.querySelector("desc").textContent,
    }));
    assert.equal(labelled.role, "img");
    assert.equal(labelled.title, "Quotations per document over time");
    assert.match(labelled.desc, /^3 dated documents from 2025-02-23 to 2025-12-10; the tallest bar has 16 quotations\. 2 documents have no date/);
    const rows = await page.$$eval("[data-testid=timeline-table] tbody tr", (rs) => rs.map((r) => r.cells[1].textContent));
    assert.equal(rows[2], PEACE_HEADLINE);
    await closePage(session);
  });

  for (const width of [1280, 360]) {
    test(`Timeline at ${width}px: a date axis with ticks, labels of a readable size, rows that fit`, async () => {
      const session = await seeded({ width });
      const { page } = session;
      await openTab(page, "timeline");
      const narrow = width < 640;
      const chart = page.locator(`[data-testid=${narrow ? "timeline-narrow" : "timeline"}]`);
      assert.ok(await chart.isVisible());
      assert.equal(await page.locator(`[data-testid=${narrow ? "timeline" : "timeline-narrow"}]`).isVisible(), false);
      // February to December: month ticks, more than the two ends.
      const ticks = await chart.locator(`[data-testid=timeline-tick${narrow ? "-narrow" : ""}] text`).allTextContents();
      assert.ok(ticks.length >= 3, ticks.join(", "));
      assert.ok(ticks.every((t) => /^[A-Z][a-z]{2} 2025$/.test(t)), ticks.join(", "));
      // Labels as drawn on the screen: at least 11 px tall, and no two overlapping.
      const boxes = await chart.locator(".tick").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()));
      assert.ok(boxes.every((b) => b.height >= 11), JSON.stringify(boxes.map((b) => b.height)));
      const axis = boxes.filter((b) => Math.abs(b.y - boxes[boxes.length - 1].y) < 1).sort((a, b) => a.x - b.x);
      for (let i = 1; i < axis.length; i++) assert.ok(axis[i].x >= axis[i - 1].right, "tick labels do not overlap");
      // Every number of a row is on screen: a card per date on a phone, the table on a desktop.
      const cells = await page.$$eval("[data-testid=timeline-row] > *", (cs) => cs.map((c) => c.getBoundingClientRect().right));
      assert.ok(cells.length === 18 && cells.every((r) => r <= width), JSON.stringify(cells));
      const label = await page.$eval("[data-testid=timeline-row] td:nth-child(4)", (td) => getComputedStyle(td, "::before").content);
      assert.equal(label !== "none", narrow, `a card names its numbers on a phone only (${label})`);
      await closePage(session);
    });
  }

  test("the filters narrow every view", async () => {
    const session = await seeded();
    const { page } = session;
    await selectFilter(page, "f-speaker", "Marco Rubio");
    assert.equal(await page.textContent("[data-testid=filter-status]"), "Showing 2 of 58 quotations.");
    const cards = await readCards(page, 1);
    assert.deepEqual(cards[0].quotes.map((q) => q.speaker), ["Marco Rubio", "Marco Rubio"]);
    await openTab(page, "article");
    assert.equal(await page.textContent("[data-testid=article-headline]"), "Kremlin to Ukraine: Negotiate With Us, Not Washington");
    assert.deepEqual(await page.$$eval("[data-testid=hl]", (ms) => ms.map((m) => m.dataset.speaker)), ["Marco Rubio", "Marco Rubio"]);
    await openTab(page, "speakers");
    assert.deepEqual(await texts(page, "[data-testid=speaker-row-name]"), ["Marco Rubio"]);
    await openTab(page, "stance");
    // Rubio's words on mediation are a neutral mention: shown when asked for.
    assert.equal(await page.$("[data-testid=cell]"), null);
    await page.check("[data-testid=show-neutral]");
    const cells = await page.$$eval("[data-testid=cell]", (cs) => cs.map((c) => `${c.dataset.speaker}/${c.dataset.target}`));
    assert.ok(cells.includes("Marco Rubio/mediation") && cells.every((c) => c.startsWith("Marco Rubio/")), cells.join(", "));
    await openTab(page, "timeline");
    assert.deepEqual(await page.$$eval("[data-testid=timeline-bar]", (bs) => bs.map((b) => b.dataset.quotes)), ["2"]);

    // Kind and search together, then a target; clearing brings everything back.
    await page.click("[data-testid=f-reset]");
    await selectFilter(page, "f-kind", "direct");
    await page.fill("[data-testid=f-text]", "ceasefire");
    await openTab(page, "documents");
    const quotes = (await readCards(page, 1)).flatMap((c) => c.quotes);
    assert.ok(quotes.length > 0 && quotes.every((q) => q.kind === "direct" && /ceasefire/i.test(q.text)), JSON.stringify(quotes));
    await page.click("[data-testid=f-reset]");
    await selectFilter(page, "f-target", "ceasefire");
    await openTab(page, "stance");
    const targets = await page.$$eval("[data-testid=cell]", (cs) => [...new Set(cs.map((c) => c.dataset.target))]);
    assert.deepEqual(targets, ["ceasefire"]);
    await page.click("[data-testid=f-reset]");
    assert.equal(await page.textContent("[data-testid=filter-status]"), "Showing all 58 quotations.");
    await closePage(session);
  });

  test("the report downloads as JSON and the quotations as CSV", async () => {
    const session = await seeded();
    const { page } = session;
    const json = await downloadText(page, "export-json");
    assert.equal(json.name, "quotelens-report.json");
    const report = JSON.parse(json.text);
    assert.deepEqual(Object.keys(report), ["documents", "stance_matrix", "summaries", "topics"]);
    assert.ok(report.topics.some((t) => t.against.some((l) => l.speaker === "Dmitry Peskov" && l.target === "ceasefire")));
    assert.deepEqual(report.documents.map((d) => d.name), seeds.map((s) => s.name));
    assert.ok(report.documents[1].quotes.some((q) => q.text.startsWith(PEACE) && q.speaker.name === "Dmitry Peskov"));
    const cell = report.stance_matrix.find((c) => c.speaker === "Dmitry Peskov" && c.target === "ceasefire");
    assert.equal(cell.stance, "against");
    assert.match(report.summaries[0].line, /^Dmitry Peskov/);

    const csv = await downloadText(page, "export-csv");
    assert.equal(csv.name, "quotelens-quotes.csv");
    const records = parseCsv(csv.text);
    assert.deepEqual(records[0], ["file", "headline", "date", "source", "speaker", "role", "organisation", "kind", "quote", "cue", "start", "end"]);
    assert.equal(records.length, 59, "a header and 58 quotations");
    const peace = records.find((r) => r[8].startsWith(PEACE));
    assert.deepEqual(peace.slice(0, 10), [seeds[1].name, PEACE_HEADLINE, "2025-12-10", "", "Dmitry Peskov", "press secretary of the Russian president", "Russia", "direct", `${PEACE},`, "told"]);
    const text = report.documents[1].text;
    assert.equal(Buffer.from(text).subarray(Number(peace[10]), Number(peace[11])).toString(), peace[8], "the offsets are the quotation's bytes");

    // The CSV holds what the filters show.
    await selectFilter(page, "f-speaker", "Marco Rubio");
    const filtered = parseCsv((await downloadText(page, "export-csv")).text);
    assert.deepEqual(filtered.slice(1).map((r) => r[4]), ["Marco Rubio", "Marco Rubio"]);
    await closePage(session);
  });

  test("copy with attribution puts the quote, speaker, role, headline and date on the clipboard", async () => {
    const session = await seeded();
    const { page } = session;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: browser.baseUrl });
    const item = page.locator("[data-testid=quote]", { hasText: PEACE });
    await item.locator("[data-testid=copy]").click();
    await item.locator("[data-testid=copy-status]", { hasText: "Copied." }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(
      copied,
      `“${PEACE},” said Dmitry Peskov, press secretary of the Russian president (${PEACE_HEADLINE}, 2025-12-10)`,
    );
    await closePage(session);
  });

  test("without a clipboard, copying shows the text to copy by hand", async () => {
    const session = await browser.openPage();
    const { page } = session;
    await page.evaluate(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await dropFiles(page, seeds);
    await readCards(page, seeds.length);
    const item = page.locator("[data-testid=quote]", { hasText: PEACE });
    await item.locator("[data-testid=copy]").click();
    const fallback = await item.locator("[data-testid=copy-fallback]").textContent();
    assert.match(fallback, /did not allow copying/);
    assert.ok(fallback.includes(`“${PEACE},” said Dmitry Peskov`), fallback);
    await closePage(session);
  });

  test("a speaker menu with more choices than it lists is searched", async () => {
    const session = await browser.openPage();
    const { page } = session;
    // 144 short articles, each quoting a different (invented) councillor.
    const first = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luis"];
    const last = ["Berg", "Castell", "Duarte", "Eklund", "Fischer", "Gomez", "Halvorsen", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau"];
    const people = first.flatMap((f) => last.map((l) => `${f} ${l}`));
    const files = people.map((name, i) => ({
      name: `brief-${String(i + 1).padStart(3, "0")}.txt`,
      b64: Buffer.from(`Council meets on item ${i + 1}\n\n"We will vote on item ${i + 1} on Friday," said ${name}, a councillor.\n`).toString("base64"),
    }));
    await dropFiles(page, files);
    await page.waitForFunction(() => document.querySelector("[data-testid=summary]")?.textContent.startsWith("144 files, 144 quotations"));
    const options = () => page.$$eval("[data-testid=f-speaker] option", (os) => os.map((o) => o.textContent));
    assert.equal((await options()).length, 101, "All speakers, then the first 100");
    assert.equal(await page.textContent("[data-testid=f-speaker-note]"), "100 of 144 speakers listed: type to narrow.");
    await page.fill("[data-testid=f-speaker-find]", "moreau");
    assert.deepEqual((await options()).slice(1), first.map((f) => `${f} Moreau`).sort());
    assert.equal(await page.textContent("[data-testid=f-speaker-note]"), "12 of 144 speakers match.");
    await page.selectOption("[data-testid=f-speaker]", "Luis Moreau");
    assert.equal(await page.textContent("[data-testid=filter-status]"), "Showing 1 of 144 quotations.");
    assert.deepEqual(await texts(page, "[data-testid=file-name]"), ["brief-144.txt"]);
    // The choice stays listed when the search no longer finds it.
    await page.fill("[data-testid=f-speaker-find]", "berg");
    assert.equal((await options())[1], "Luis Moreau");
    assert.deepEqual(await axeViolations(page), []);
    await closePage(session);
  });

  test("a long batch is shown ten articles a page", async () => {
    const session = await browser.openPage();
    const { page } = session;
    // 15 short articles, each with one numbered quotation.
    const files = Array.from({ length: 15 }, (_, i) => ({
      name: `brief-${String(i + 1).padStart(2, "0")}.txt`,
      b64: Buffer.from(
        `Council meets on budget ${i + 1}\n\n"We will publish budget number ${i + 1} on Friday," said Anna Berg, the council spokeswoman.\n`,
      ).toString("base64"),
    }));
    await dropFiles(page, files);
    await page.waitForFunction(() => document.querySelector("[data-testid=summary]")?.textContent.startsWith("15 files, 15 quotations"));
    const names = () => texts(page, "[data-testid=file-name]");
    assert.deepEqual(await names(), files.slice(0, 10).map((f) => f.name));
    assert.equal(await page.textContent("[data-testid=page]"), "Page 1 of 2");
    await page.click("[data-testid=pager] >> text=Next");
    assert.deepEqual(await names(), files.slice(10).map((f) => f.name));
    assert.equal(await page.textContent("[data-testid=page]"), "Page 2 of 2");
    // Filtering starts again at the first page, with the one article left.
    await page.fill("[data-testid=f-text]", "number 7 on");
    assert.deepEqual(await names(), ["brief-07.txt"]);
    assert.equal(await page.$("[data-testid=pager]"), null);
    await closePage(session);
  });

  for (const width of [1280, 768, 360]) {
    test(`every view passes axe and fits ${width}px without horizontal scrolling`, async () => {
      const session = await seeded({ width });
      const { page } = session;
      for (const view of VIEWS) {
        await openTab(page, view);
        if (view === "stance") await page.click(`[data-testid=${width < 640 ? "cell-card" : "cell"}] >> nth=0`);
        if (view === "article") await page.click("[data-testid=legend-speaker] >> nth=0");
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${view} at ${width}px`);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= width, `${view} at ${width}px is ${scroll}px wide`);
      }
      await closePage(session);
    });
  }
});
