// End-to-end tests of QuoteLens embedded in other pages (issue 7): the <quote-lens> element in
// the two demo pages and on its own, the app and the element under a strict
// Content-Security-Policy, the npm package installed from its packed tarball (API and element;
// bundlers, TypeScript and Node are in package.test.mjs), and the single-file build opened from
// disk. Every page here is served with the strict CSP, and any violation fails the test. Builds what it needs first
// (scripts/build-npm.sh, scripts/build-single.mjs; both skip work that is up to date) on top of
// scripts/build-web.sh's pkg/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, SCREENSHOTS, axeViolations, closePage, dropFiles, fileFrom, launch, readCards } from "./helpers.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const withCsp = (path) => (path.endsWith(".html") ? { "content-security-policy": CSP } : {});
const SEED = join(ROOT, "tests", "fixtures", "seeds", "001_bdbef122728239ac.txt");
const VERSION = (await readFile(join(ROOT, "Cargo.toml"), "utf8")).match(/^version = "(.+)"$/m)[1];
const TARBALL = join(ROOT, "build", "npm", `quotelens-${VERSION}.tgz`);

let browser;
let seedText;

before(async () => {
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  run("bash", ["scripts/build-npm.sh"]);
  run(process.execPath, ["scripts/build-single.mjs"]);
  seedText = await readFile(SEED, "utf8");
  browser = await launch({ headers: withCsp });
});

after(() => browser?.close());

/** What a <quote-lens> shows: status, quotations with speaker and role, stance lines. */
function readLens(page, selector = "quote-lens") {
  return page.$eval(selector, (lens) => {
    const root = lens.shadowRoot;
    const text = (node, sel) => node.querySelector(sel)?.textContent.trim() ?? null;
    return {
      busy: root.querySelector(".panel").getAttribute("aria-busy"),
      status: text(root, "[data-testid=status]"),
      error: text(root, "[data-testid=error]"),
      quotes: [...root.querySelectorAll("[data-testid=quote]")].map((q) => ({
        text: text(q, "[data-testid=quote-text]"),
        speaker: text(q, "[data-testid=speaker-name]"),
        role: text(q, "[data-testid=speaker-role]"),
      })),
      stance: [...root.querySelectorAll("[data-testid=stance-line]")].map((l) => l.textContent.trim()),
      kindLines: root.querySelectorAll(".kind").length, // shown in full mode only
      shortened: [...root.querySelectorAll("[data-testid=quote-text]")].filter((q) => q.textContent !== q.title).length,
    };
  });
}

/** Waits until the element's panel shows a quotation whose text contains `words`. */
function waitForQuote(page, words, selector = "quote-lens") {
  return page.waitForFunction(
    ([sel, w]) =>
      [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll("[data-testid=quote-text]") ?? [])].some((q) =>
        q.getAttribute("title").includes(w),
      ),
    [selector, words],
  );
}

/** Runs axe-core. Its own checks inject a <style>, which the page's CSP rightly refuses: that
 * refusal (and only that) is dropped from the session's problems. */
async function axeUnderCsp({ page, problems }) {
  const before = problems.length;
  const violations = await axeViolations(page);
  const axeOwn = (p) => /style-src-elem blocked inline|Applying inline style violates/.test(p);
  problems.splice(before, problems.length - before, ...problems.slice(before).filter((p) => !axeOwn(p)));
  return violations;
}

describe("the <quote-lens> element", () => {
  test("CMS demo: a quotation typed into the body appears in the side panel with its speaker", async () => {
    const session = await browser.openPage({ path: "www/demo/cms.html", ready: "quote-lens" });
    const { page } = session;
    await waitForQuote(page, "This offer is better than the last one");
    let lens = await readLens(page);
    assert.deepEqual(lens.quotes[0], {
      text: "This offer is better than the last one, but it is not enough,",
      speaker: "Ana Duarte",
      role: "general secretary of the dockers' union",
    });
    await page.waitForFunction(() => document.getElementById("check-state").textContent.includes("attributed"));

    await page.click("#body");
    await page.keyboard.press("Control+End");
    await page.keyboard.type('\n\n"We will keep the gates open all night," harbour master Paul Okafor told reporters.');
    await waitForQuote(page, "We will keep the gates open all night");
    lens = await readLens(page);
    const typed = lens.quotes.find((q) => q.text.includes("gates open"));
    assert.deepEqual(typed, {
      text: "We will keep the gates open all night,",
      speaker: "Paul Okafor",
      role: "harbour master",
    });
    assert.equal(lens.quotes.length, 2);
    assert.match(lens.status, /^2 quotations from 2 speakers$/);
    // The CMS's own toolbar reacts to the element's quotelens:analyzed event.
    assert.equal(
      await page.textContent("#check-state"),
      "Quote check: all 2 quotations attributed",
    );
    await page.screenshot({ path: join(SCREENSHOTS, "embed-cms.png"), fullPage: true });
    assert.deepEqual(await axeUnderCsp(session), []);
    await closePage(session);
  });

  test("without targets it shows each speaker's stance summary; with targets, one line per target", async () => {
    const session = await browser.openPage({ path: "www/demo/article.html", ready: "quote-lens" });
    const { page } = session;
    const analysed = (id, targets) =>
      page.evaluate(
        ([id, targets, text]) =>
          new Promise((resolve) => {
            const lens = document.createElement("quote-lens");
            lens.id = id;
            if (targets !== null) lens.setAttribute("targets", targets);
            lens.addEventListener("quotelens:analyzed", (e) => resolve(e.detail.documents[0].quotes.length), { once: true });
            lens.text = text;
            document.querySelector("main").append(lens);
          }),
        [id, targets, seedText],
      );
    const plainCount = await analysed("plain", null);
    const plain = await readLens(page, "#plain");
    assert.equal(plain.quotes.length, plainCount, "every quotation of the report is listed");
    assert.equal(plain.kindLines, 0, "compact mode (the default) leaves out the kind lines");
    assert.ok(plain.shortened >= 1, "compact mode shortens long quotations (the full text is their title)");
    assert.ok(plain.quotes.some((q) => q.speaker === "Dmitry Peskov" && q.role === "press secretary of the Russian president"));
    // The element shows the report's summary lines as they are; what they say is the stance
    // tests' business, so only the stable start of Peskov's is checked here.
    assert.ok(
      plain.stance.some((line) =>
        line.startsWith("Dmitry Peskov (press secretary of the Russian president): favours a peace settlement; opposes a ceasefire"),
      ),
      `summary lines: ${JSON.stringify(plain.stance)}`,
    );

    await analysed("targeted", '[{"name": "ceasefire"}, "Ukraine", "Mars"]');
    const targeted = await readLens(page, "#targeted");
    assert.deepEqual(targeted.stance, [
      "Dmitry Peskov opposes ceasefire",
      "Dmitry Peskov is neutral on Ukraine",
      "Donald Trump favours Ukraine",
      "Zelensky is neutral on Ukraine",
      "No stance toward Mars found.",
    ]);

    // Changing the attribute re-analyses with the new targets (comma-separated this time).
    await page.evaluate(() => document.getElementById("targeted").setAttribute("targets", "ceasefire"));
    await page.waitForFunction(() =>
      [...document.getElementById("targeted").shadowRoot.querySelectorAll("[data-testid=stance-line]")].length === 1,
    );
    assert.deepEqual((await readLens(page, "#targeted")).stance, ["Dmitry Peskov opposes ceasefire"]);
    await closePage(session);
  });

  test("article demo: the widget below the article lists its quotations, fits 360px and passes axe", async () => {
    const session = await browser.openPage({ path: "www/demo/article.html", ready: "quote-lens", width: 360 });
    const { page } = session;
    await waitForQuote(page, "The bridge will cut travel times in half");
    const lens = await readLens(page);
    assert.deepEqual(
      lens.quotes.map((q) => [q.speaker, q.role]),
      [
        ["Tomas Berg", "leader of the opposition group"],
        ["Helen Ortiz", "Mayor"],
      ],
    );
    assert.equal(lens.kindLines, 2, "full mode shows each quotation's kind");
    assert.equal(lens.shortened, 0, "full mode shows every quotation in full");
    const below = await page.evaluate(
      () => document.querySelector("quote-lens").getBoundingClientRect().top >= document.getElementById("story").getBoundingClientRect().bottom,
    );
    assert.ok(below, "the widget sits below the article");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360px (content is ${width}px wide)`);
    await page.screenshot({ path: join(SCREENSHOTS, "embed-article-360.png"), fullPage: true });
    assert.deepEqual(await axeUnderCsp(session), []);
    await closePage(session);
  });

  test("a source that matches nothing and an empty text are explained in the panel", async () => {
    const session = await browser.openPage({ path: "www/demo/article.html", ready: "quote-lens" });
    const { page } = session;
    const lens = await page.evaluate(async () => {
      const lens = document.createElement("quote-lens");
      lens.setAttribute("source", "#no-such-element");
      document.body.append(lens);
      const missing = await lens.refresh();
      const first = lens.shadowRoot.querySelector("[data-testid=error]")?.textContent;
      lens.removeAttribute("source");
      lens.text = "   ";
      await lens.refresh();
      return { missing, first, then: lens.shadowRoot.querySelector("[data-testid=status]").textContent };
    });
    assert.deepEqual(lens, {
      missing: null,
      first: 'Nothing on the page matches the source "#no-such-element".',
      then: "Nothing to analyse yet: quotations appear here as the article is written.",
    });
    await closePage(session);
  });
});

describe("strict Content-Security-Policy", () => {
  test("the app page served with the strict CSP analyses a dropped file and reports no violation", async () => {
    const session = await browser.openPage();
    const { page } = session;
    // Reloaded for its response headers; first let the worker finish fetching the wasm, or the
    // reload aborts that request.
    await page.waitForLoadState("networkidle");
    const response = await page.reload();
    await page.waitForSelector("[data-testid=drop-zone]");
    assert.equal(response.headers()["content-security-policy"], CSP);
    await dropFiles(page, [await fileFrom(SEED)]);
    const [card] = await readCards(page, 1);
    assert.ok(card.quotes.some((q) => q.speaker === "Dmitry Peskov"));
    const markupStyles = await page.evaluate(() => document.querySelectorAll("[style]").length);
    assert.equal(markupStyles, 0, "no style attributes, which the CSP would refuse");

    // The violation listener is live: an inline style attribute is refused and reported.
    await page.evaluate(() => document.body.setAttribute("style", "color: red"));
    await page.waitForFunction(() => getComputedStyle(document.body).color !== "rgb(255, 0, 0)");
    await page.waitForTimeout(100);
    const reported = session.problems.filter((p) => p.startsWith("CSP violation: style-src-attr"));
    assert.ok(reported.length >= 1, `the refused style attribute was reported: ${session.problems}`);
    session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => !/style-src-attr|inline style/i.test(p)));
    await closePage(session);
  });
});

describe("npm package", () => {
  let scratch;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), "quotelens-npm-"));
    await writeFile(join(scratch, "package.json"), '{ "name": "scratch-cms", "private": true }\n');
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", TARBALL], {
      cwd: scratch,
      stdio: ["ignore", "ignore", "inherit"],
    });
  });
  after(() => scratch && rm(scratch, { recursive: true, force: true }));

  test("the packed tarball is versioned from Cargo.toml and holds the API-only wasm, element, worker, inline module and types", async () => {
    const dir = join(scratch, "node_modules", "quotelens");
    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    assert.equal(pkg.version, VERSION);
    assert.deepEqual((await readdir(join(dir, "www"))).sort(), [
      "esbuild-plugin.d.ts",
      "esbuild-plugin.js",
      "quote-lens-styles.js",
      "quote-lens.d.ts",
      "quote-lens.js",
      "quotelens-api.d.ts",
      "quotelens-api.js",
      "quotelens-core.js",
      "quotelens-inline.d.ts",
      "quotelens-inline.js",
      "quotelens-worker.js",
      "types",
    ]);
    // quotelens/inline carries exactly the package's wasm.
    const inline = await readFile(join(dir, "www", "quotelens-inline.js"), "utf8");
    const embedded = Buffer.from(inline.match(/const WASM = "([A-Za-z0-9+/=]+)";/)[1], "base64");
    assert.ok(embedded.equals(await readFile(join(dir, "pkg", "quotelens_bg.wasm"))), "the inline module's bytes are pkg/quotelens_bg.wasm");
    const glue = await readFile(join(dir, "pkg", "quotelens.js"), "utf8");
    assert.match(glue, /export function analyze\(/);
    assert.doesNotMatch(glue, /export function mount\(/, "the package carries the API-only build, not the app");
  });

  test("a scratch page uses the installed package's API and element under the strict CSP", async () => {
    const server = await launch({ root: scratch, served: ["/"], headers: withCsp });
    await writeFile(join(scratch, "icon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(
      join(scratch, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scratch CMS</title>
<link rel="icon" href="icon.svg"><script type="module" src="app.js"></script></head>
<body><main><h1>Scratch CMS</h1><label for="body">Body</label><textarea id="body"></textarea>
<quote-lens source="#body" targets="ceasefire"></quote-lens><p id="api">waiting</p></main></body></html>`,
    );
    await writeFile(
      join(scratch, "app.js"),
      `import { init, analyze, analyzeMany } from "./node_modules/quotelens/www/quotelens-api.js";
import "./node_modules/quotelens/www/quote-lens.js";
const seed = await (await fetch("seed.txt")).text();
await init();
const one = await analyze(seed, { name: "001.txt", targets: "ceasefire" });
const many = await analyzeMany([{ name: "001.txt", text: seed }, { name: "empty.txt", bytes: new Uint8Array() }]);
const rejected = await analyze("", { name: "blank.txt" }).then(() => null, (e) => ({ name: e.name, code: e.code, message: e.message }));
const badOptions = await analyze(seed, 42).then(() => null, (e) => e.code);
window.apiResult = { one, many, rejected, badOptions };
document.getElementById("body").value = seed;
document.getElementById("body").dispatchEvent(new Event("input"));
document.getElementById("api").textContent = "done";
`,
    );
    await copyFile(SEED, join(scratch, "seed.txt"));
    const session = await server.openPage({ ready: "#api" });
    const { page } = session;
    try {
      await page.waitForFunction(() => document.getElementById("api").textContent === "done");
      const { one, many, rejected, badOptions } = await page.evaluate(() => window.apiResult);
      const quotes = one.documents[0].quotes;
      assert.ok(quotes.some((q) => q.speaker?.name === "Dmitry Peskov" && q.text.startsWith("We are working on peace")));
      assert.ok(one.stance_matrix.some((c) => c.speaker === "Dmitry Peskov" && c.target === "ceasefire" && c.stance === "against"));
      assert.deepEqual(many.documents[0].quotes, quotes);
      assert.equal(many.documents[1].error.code, "empty");
      assert.deepEqual(rejected, { name: "QuoteLensError", code: "empty", message: "blank.txt is empty: there is no text to analyse." });
      assert.equal(badOptions, "invalid-options");

      await waitForQuote(page, "We are working on peace");
      const lens = await readLens(page);
      assert.equal(lens.quotes.length, quotes.length, "the element shows what the API found");
      assert.deepEqual(lens.stance, ["Dmitry Peskov opposes ceasefire"]);
      await closePage(session);
    } finally {
      await server.close();
    }
  });
});

describe("single-file build", () => {
  test("build/quotelens.html opened from file:// analyses a dropped seed article", async () => {
    const file = pathToFileURL(join(ROOT, "build", "quotelens.html")).href;
    const session = await browser.openPage({ path: file });
    const { page } = session;
    await dropFiles(page, [await fileFrom(SEED)]);
    const [card] = await readCards(page, 1);
    assert.equal(card.name, "001_bdbef122728239ac.txt");
    assert.ok(card.quotes.some((q) => q.speaker === "Dmitry Peskov" && q.text.includes("We are working on peace")));
    const requests = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    assert.ok(requests.every((url) => url.startsWith("blob:") || url.startsWith("data:")), `only inlined files: ${requests}`);
    await closePage(session);
  });

  test("a module worker and its imports are inlined too, and run from file://", async () => {
    const dir = await mkdtemp(join(tmpdir(), "quotelens-single-"));
    try {
      await cp(join(ROOT, "tests", "fixtures", "single-worker"), dir, { recursive: true });
      await mkdir(join(dir, "pkg"));
      for (const f of ["quotelens.js", "quotelens_bg.wasm"]) await copyFile(join(ROOT, "pkg", f), join(dir, "pkg", f));
      const out = join(dir, "single.html");
      execFileSync(process.execPath, [join(ROOT, "scripts", "build-single.mjs"), "--root", dir, "--out", out], { stdio: "ignore" });
      const session = await browser.openPage({ path: pathToFileURL(out).href, ready: "#out" });
      await session.page.waitForFunction(() => document.getElementById("out").textContent !== "waiting");
      assert.equal(await session.page.textContent("#out"), "worker: 1 quotation by Anna Berg");
      await closePage(session);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
