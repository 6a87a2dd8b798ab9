// End-to-end tests of the built page (index.html + pkg/) in Debian's Chromium, driven by
// playwright-core: the five seed articles go in through a real drop event and through the file
// picker, bad files sit beside good ones, and the page must stay free of console errors.
// Run with `node --test tests/e2e/` after scripts/build-web.sh; scripts/test.sh does both.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, SCREENSHOTS, axeViolations, bytesB64, closePage, dropFiles, launch, readCards } from "./helpers.mjs";

const SEEDS_DIR = join(ROOT, "tests", "fixtures", "seeds");
const PEACE = "We are working on peace, not on a ceasefire";

let browser;
let seeds; // [{ name, b64 }]

before(async () => {
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  assert.equal(names.length, 5, "five seed articles");
  seeds = await Promise.all(
    names.map(async (name) => ({ name, b64: (await readFile(join(SEEDS_DIR, name))).toString("base64") })),
  );
  browser = await launch();
});

after(() => browser?.close());

const openPage = (options) => browser.openPage(options);

const EMPTY = { name: "empty.txt", b64: "" };
// Bytes that are no text in any encoding, and the start of a PNG: what users drop by mistake.
const BINARY = { name: "data.bin", b64: bytesB64(Array.from({ length: 1024 }, (_, i) => i % 256)) };
const IMAGE = {
  name: "photo.txt",
  b64: bytesB64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]),
};

function assertSeedCards(cards) {
  assert.deepEqual(
    cards.map((c) => c.name),
    seeds.map((s) => s.name),
  );
  for (const card of cards) {
    assert.equal(card.error, null, `${card.name} has no error`);
    assert.equal(card.headlines.length, 1, `${card.name} shows its headline`);
    assert.ok(card.headlines[0].length > 10, `${card.name} headline: ${card.headlines[0]}`);
    assert.ok(card.quotes.length > 0, `${card.name} shows quotations`);
    for (const q of card.quotes) assert.match(q.kind, /^(direct|partial|indirect)$/, `${card.name}: ${q.text}`);
  }
  const all = cards.flatMap((c) => c.quotes);
  const peace = all.find((q) => q.text.includes(PEACE));
  assert.ok(peace, `"${PEACE}" is among the quotations`);
  assert.equal(peace.speaker, "Dmitry Peskov", "and Dmitry Peskov said it");
  assert.ok(
    all.some((q) => q.text.includes("very promising") && q.kind === "partial"),
    "the fragment \"very promising\" from the first seed is a partial quote",
  );
  // The Kremlin spokesman speaks in four of the five seeds.
  const withPeskov = cards.filter((c) => c.quotes.some((q) => q.speaker === "Dmitry Peskov"));
  assert.ok(withPeskov.length >= 4, `Dmitry Peskov speaks in ${withPeskov.map((c) => c.name)}`);
  assert.ok(
    all.some((q) => q.speaker === "Dmitry Peskov" && /spokes/.test(q.role ?? "")),
    "his role is shown",
  );
}

describe("the QuoteLens page", () => {
  test("seed articles dropped on the drop zone show their quotations", async () => {
    const session = await openPage();
    const { page } = session;
    const prevented = await dropFiles(page, seeds);
    assert.deepEqual(prevented, { dragover: true, drop: true }, "the page takes the drag and the drop");
    const cards = await readCards(page, seeds.length);
    assertSeedCards(cards);
    const summary = await page.textContent("[data-testid=summary]");
    const total = cards.reduce((n, c) => n + c.quotes.length, 0);
    assert.equal(summary, `5 files, ${total} quotations`);
    await page.screenshot({ path: join(SCREENSHOTS, "seeds-dropped.png"), fullPage: true });
    await closePage(session);
  });

  test("seed articles chosen with the file picker show their quotations", async () => {
    const session = await openPage();
    const { page } = session;
    await page.setInputFiles(
      "[data-testid=file-input]",
      seeds.map((s) => ({ name: s.name, mimeType: "text/plain", buffer: Buffer.from(s.b64, "base64") })),
    );
    assertSeedCards(await readCards(page, seeds.length));
    await closePage(session);
  });

  test("an empty and a binary file show their errors while the others show quotations", async () => {
    const session = await openPage();
    const { page } = session;
    const files = [seeds[0], EMPTY, seeds[1], BINARY, seeds[2]];
    await dropFiles(page, files);
    const cards = await readCards(page, files.length);
    assert.deepEqual(
      cards.map((c) => c.name),
      files.map((f) => f.name),
    );
    for (const good of [cards[0], cards[2], cards[4]]) {
      assert.equal(good.error, null);
      assert.ok(good.quotes.length > 0, `${good.name} still shows quotations`);
    }
    assert.equal(cards[1].error?.code, "empty");
    assert.match(cards[1].error.message, /empty\.txt is empty/);
    assert.deepEqual(cards[1].quotes, []);
    assert.equal(cards[3].error?.code, "binary");
    assert.match(cards[3].error.message, /data\.bin looks like binary data/);
    assert.deepEqual(cards[3].quotes, []);
    await page.screenshot({ path: join(SCREENSHOTS, "errors.png"), fullPage: true });
    await closePage(session);
  });

  test("an image shows the core's 'unsupported' error", async () => {
    const session = await openPage();
    await dropFiles(session.page, [IMAGE]);
    const [card] = await readCards(session.page, 1);
    assert.equal(card.error?.code, "unsupported", JSON.stringify(card));
    assert.match(card.error.message, /^photo\.txt is an image/);
    assert.deepEqual(card.headlines, []);
    await closePage(session);
  });

  test("the JS API returns the same report the page renders", async () => {
    const session = await openPage();
    const result = await session.page.evaluate(async ([name, b64]) => {
      // The API's module (pkg/, the engine) is not the page's own (pkg/app/): start it here.
      const { default: init, analyze, analyzeMany } = await import("./pkg/quotelens.js");
      await init();
      const text = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const one = analyze(text, name);
      const many = analyzeMany([{ name, text }, { name: "empty.txt", bytes: new Uint8Array() }]);
      let thrown;
      try {
        analyze("", "blank.txt");
      } catch (e) {
        thrown = { name: e.name, code: e.code, message: e.message, isError: e instanceof Error };
      }
      return { one, many, thrown };
    }, [seeds[1].name, seeds[1].b64]);
    const doc = result.one.documents[0];
    assert.equal(doc.name, seeds[1].name);
    assert.ok(doc.quotes.some((q) => q.text.includes(PEACE)));
    assert.deepEqual(result.many.documents[0].quotes, doc.quotes);
    assert.equal(result.many.documents[1].error.code, "empty");
    assert.deepEqual(result.thrown, {
      name: "QuoteLensError",
      code: "empty",
      message: "blank.txt is empty: there is no text to analyse.",
      isError: true,
    });
    await closePage(session);
  });

  test("the file picker is reachable and labelled for keyboard and screen reader users", async () => {
    const session = await openPage();
    const { page } = session;
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      testid: document.activeElement?.dataset.testid,
      label: document.activeElement?.labels?.[0]?.textContent,
    }));
    assert.deepEqual(focused, { testid: "file-input", label: "Choose files…" });
    const outline = await page.$eval("label[for=file-input]", (l) => getComputedStyle(l).outlineStyle);
    assert.notEqual(outline, "none", "the focused picker shows a focus ring on its label");
    await closePage(session);
  });

  test("the page with results has no axe accessibility violations", async () => {
    const session = await openPage();
    const { page } = session;
    await dropFiles(page, [seeds[0], EMPTY]);
    await readCards(page, 2);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    await closePage(session);
  });

  test("the page fits a 360px wide screen", async () => {
    const session = await openPage({ width: 360 });
    const { page } = session;
    await dropFiles(page, seeds);
    await readCards(page, seeds.length);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360px (content is ${width}px wide)`);
    await page.screenshot({ path: join(SCREENSHOTS, "seeds-360px.png"), fullPage: true });
    await closePage(session);
  });
});
