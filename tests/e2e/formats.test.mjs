// End-to-end tests of the page with the real-world inputs of tests/fixtures/documents/: an HTML
// article, a Word .docx, a Windows-1251 text, a JSON Lines export and a PDF. Each is dropped
// alone, then all of them at once among seed articles, by drop and by the file picker; the page
// must show for each what a reader expects (headline, quotations, speakers, the encoding it read,
// the core's own message for the PDF) and one file must never change what another shows.
// Run with `node --test tests/e2e/` after scripts/build-web.sh; scripts/test.sh does both.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, SCREENSHOTS, axeViolations, closePage, dropFiles, fileFrom, launch, readCards } from "./helpers.mjs";

const DOCUMENTS = join(ROOT, "tests", "fixtures", "documents");
const SEEDS_DIR = join(ROOT, "tests", "fixtures", "seeds");

// The MIME types a browser gives these files; it gives none for .jsonl.
const FORMATS = [
  ["article.html", "text/html"],
  ["article.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["cp1251.txt", "text/plain"],
  ["export.jsonl", ""],
  ["doc.pdf", "application/pdf"],
];

// The core's own words for a PDF (tests/documents.rs checks the core; this, that the page shows them).
const PDF_MESSAGE =
  "doc.pdf is a PDF document, which QuoteLens cannot read. " +
  "Copy the article text into a .txt file, or save the web page as HTML, and try again.";
// Windows-1251 bytes read as Latin-1 or Windows-1252 come out as accented Latin letters; bytes
// that fit no encoding come out as U+FFFD.
const MOJIBAKE = /[\u00c0-\u00ff\ufffd]/;

const findQuote = (card, text) => card.quotes.find((q) => q.text === text);

/** What a reader must see on the card of each file. */
const EXPECT = {
  "article.html"(card) {
    assert.equal(card.error, null);
    assert.deepEqual([card.format, card.encoding], ["HTML", "UTF-8"]);
    assert.deepEqual(card.headlines, ["Harbour bridge vote delayed again"]);
    const cheque = findQuote(card, "We will not sign a blank cheque,");
    assert.ok(cheque, JSON.stringify(card.quotes));
    assert.deepEqual([cheque.kind, cheque.speaker], ["direct", "Ingrid Dahl"]);
    const gift = findQuote(card, "a gift to the ferry company.");
    assert.deepEqual([gift?.kind, gift?.speaker], ["partial", "Per Lund"]);
    // Entities are decoded; menus, captions, share buttons, the sidebar and scripts stay out.
    assert.doesNotMatch(card.text, /&[a-z]+;|<p>/);
    for (const furniture of ["Share on Facebook", "We love the ferry", "Photo: Jan Berg", "not text", "Sport"]) {
      assert.ok(!card.text.includes(furniture), `"${furniture}" is not shown`);
    }
  },
  "article.docx"(card) {
    assert.equal(card.error, null);
    assert.deepEqual([card.format, card.encoding], ["Word (.docx)", "UTF-8"]);
    assert.deepEqual(card.headlines, ["Wind farm approved despite protests"]);
    const history = findQuote(card, "This is the biggest investment in our history,");
    assert.ok(history, JSON.stringify(card.quotes));
    assert.deepEqual([history.kind, history.speaker, history.role], ["direct", "Lars Holm", "spokesman"]);
    assert.ok(!card.text.includes("Legal Disclaimer"), "the disclaimer is not shown");
    assert.ok(!card.text.includes("without warranty"));
  },
  "cp1251.txt"(card) {
    assert.equal(card.error, null);
    assert.deepEqual([card.format, card.encoding], ["Plain text", "windows-1251"]);
    assert.deepEqual(card.headlines, ["Мэрия обещает новый мост к осени"]);
    const [doc] = card.documents;
    // «…», - сказал Соколов: the surname resolves to the full name given earlier.
    const quote = findQuote(card, "Мы закончим работы в сентябре, если погода позволит");
    assert.ok(quote, JSON.stringify(card.quotes));
    assert.deepEqual([quote.kind, quote.speaker], ["direct", "Андрей Соколов"]);
    assert.deepEqual(doc.unattributed, []);
    assert.ok(doc.warnings.some((w) => w.includes("read as windows-1251")), JSON.stringify(doc.warnings));
    assert.doesNotMatch(card.text, MOJIBAKE);
  },
  "export.jsonl"(card) {
    assert.equal(card.error, null);
    assert.deepEqual([card.format, card.encoding], ["JSON", "UTF-8"]);
    // One article per line with text; line 3 has none and is skipped, with a note saying so.
    const docs = card.documents;
    assert.deepEqual(
      docs.map((d) => [d.name, d.headline]),
      [
        ["export.jsonl#1", "Bus fares to rise in January"],
        ["export.jsonl#2", "School meals go organic"],
        ["export.jsonl#4", "Park reopens"],
      ],
    );
    assert.ok(!card.text.includes("An entry without text"));
    assert.ok(docs[0].warnings.some((w) => /\b3\b.*skipped/.test(w)), JSON.stringify(docs[0].warnings));
    assert.ok(findQuote(docs[0], "We have no other choice,"), JSON.stringify(docs[0].quotes));
    // The second article's body is HTML: shown as text, not as markup.
    assert.ok(findQuote(docs[1], "Children deserve the best,"), JSON.stringify(docs[1].quotes));
    assert.doesNotMatch(card.text, /&[a-z]+;|<\/?[pb]>/);
    // "…, city officials said.": reported speech from a generic source, so no named speaker.
    assert.deepEqual(
      docs[2].quotes.map((q) => [q.kind, q.text, q.speaker]),
      [["indirect", "The central park reopened on Saturday after a two-month renovation", null]],
    );
    assert.ok(docs.every((d) => d.error === null));
  },
  "doc.pdf"(card) {
    assert.deepEqual(card.error, { code: "unsupported", message: PDF_MESSAGE });
    assert.deepEqual([card.headlines, card.quotes, card.format, card.encoding], [[], [], null, null]);
  },
};

function assertSeedCard(card) {
  assert.equal(card.error, null, `${card.name} has no error`);
  assert.equal(card.headlines.length, 1, `${card.name} shows its headline`);
  assert.ok(card.quotes.length > 0, `${card.name} shows quotations`);
  assert.deepEqual([card.format, card.encoding], ["Plain text", "UTF-8"]);
}

let browser;
let formats; // [{ name, b64, type }], in FORMATS order
let seeds; // the first and the last seed article
const alone = new Map(); // file name → its card when dropped alone

before(async () => {
  formats = await Promise.all(FORMATS.map(([name, type]) => fileFrom(join(DOCUMENTS, name), type)));
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  seeds = await Promise.all([names[0], names.at(-1)].map((n) => fileFrom(join(SEEDS_DIR, n))));
  browser = await launch();
});

after(() => browser?.close());

/** The seven files of a mixed batch: the five formats between two seed articles. */
const batch = () => [seeds[0], ...formats, seeds[1]];

function assertBatch(cards) {
  const files = batch();
  assert.deepEqual(
    cards.map((c) => c.name),
    files.map((f) => f.name),
  );
  assertSeedCard(cards[0]);
  assertSeedCard(cards.at(-1));
  for (const card of cards.slice(1, -1)) EXPECT[card.name](card);
}

describe("articles in other formats", () => {
  for (const [name] of FORMATS) {
    test(`${name} dropped alone`, async () => {
      const session = await browser.openPage();
      const file = formats.find((f) => f.name === name);
      await dropFiles(session.page, [file]);
      const [card] = await readCards(session.page, 1);
      EXPECT[name](card);
      alone.set(name, card);
      await closePage(session);
    });
  }

  test("all five dropped at once among seed articles: each shows what it shows alone", async () => {
    const session = await browser.openPage();
    const { page } = session;
    const files = batch();
    const prevented = await dropFiles(page, files);
    assert.deepEqual(prevented, { dragover: true, drop: true });
    const cards = await readCards(page, files.length);
    assertBatch(cards);
    // No file changes what another shows: each card is the card of that file dropped alone.
    for (const card of cards.slice(1, -1)) {
      if (alone.has(card.name)) assert.deepEqual(card, alone.get(card.name), `${card.name} as when alone`);
    }
    const total = cards.reduce((n, c) => n + c.quotes.length, 0);
    assert.equal(await page.textContent("[data-testid=summary]"), `7 files, ${total} quotations`);
    await page.screenshot({ path: join(SCREENSHOTS, "formats.png"), fullPage: true });
    await closePage(session);
  });

  test("all five chosen with the file picker, read from disk", async () => {
    const session = await browser.openPage();
    const { page } = session;
    // Paths, so the browser sets the MIME types itself, as for a user's file.
    const paths = [
      join(SEEDS_DIR, seeds[0].name),
      ...FORMATS.map(([name]) => join(DOCUMENTS, name)),
      join(SEEDS_DIR, seeds[1].name),
    ];
    await page.setInputFiles("[data-testid=file-input]", paths);
    assertBatch(await readCards(page, paths.length));
    await closePage(session);
  });

  test("the page with every format has no axe accessibility violations", async () => {
    const session = await browser.openPage();
    const { page } = session;
    await dropFiles(page, formats);
    await readCards(page, formats.length);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    await closePage(session);
  });

  test("every format fits a 360px wide screen", async () => {
    const session = await browser.openPage({ width: 360 });
    const { page } = session;
    await dropFiles(page, formats);
    await readCards(page, formats.length);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360px (content is ${width}px wide)`);
    await page.screenshot({ path: join(SCREENSHOTS, "formats-360px.png"), fullPage: true });
    await closePage(session);
  });
});
