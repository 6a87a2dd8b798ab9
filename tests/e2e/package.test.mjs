// End-to-end tests of the npm package as a newsroom front-end developer meets it (issue 17):
// a scratch CMS page that installs the packed tarball and is built four ways (plain ES modules,
// Vite, esbuild with the package's plugin, webpack's command line with no configuration), each
// served under the strict CSP with a friendly and a hostile host stylesheet (the element must
// look the same in both: the screenshots are compared, and kept in build/screenshots); the element's behaviour on a page (values set before
// it loads, programmatic changes, bad selectors, themes); the API and the element imported in
// Node; and the TypeScript declarations under each module resolution, with and without
// skipLibCheck. Vite, esbuild and webpack come from the npm tools scripts/setup.sh installs.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, SCREENSHOTS, closePage, launch, toolRequire } from "./helpers.mjs";
import { generateArticles } from "./articles.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const withCsp = (path) => (path.endsWith(".html") || path.endsWith("/") ? { "content-security-policy": CSP } : {});
const SEED = join(ROOT, "tests", "fixtures", "seeds", "001_bdbef122728239ac.txt");
const VERSION = (await readFile(join(ROOT, "Cargo.toml"), "utf8")).match(/^version = "(.+)"$/m)[1];
const TARBALL = join(ROOT, "build", "npm", `quotelens-${VERSION}.tgz`);

/** Imports an ES module package from the npm tools (Vite is ESM only). */
async function toolImport(name) {
  const manifest = toolRequire.resolve(`${name}/package.json`);
  const pkg = JSON.parse(await readFile(manifest, "utf8"));
  const dot = pkg.exports?.["."] ?? pkg.exports ?? pkg.module ?? pkg.main;
  const pick = (e) => (typeof e === "string" ? e : pick(e.import ?? e.default));
  const file = pick(dot);
  return import(pathToFileURL(join(dirname(manifest), file)).href);
}

// Host stylesheets: the friendly one a CMS might have, and one with every trap of issue 17 (a
// 62.5% root font size, inherited text styling, a universal reset).
// The element sits at the same whole-pixel place on both, so their screenshots can be compared.
const PLACE = "quote-lens { position: absolute; top: 240px; left: 16px; width: 420px; }";
const FRIENDLY_CSS = `body { font: 16px/1.5 Georgia, serif; margin: 8px; }
${PLACE}
`;
const HOSTILE_CSS = `html { font-size: 62.5%; }
body { font: italic 10px/3 "Comic Sans MS", cursive; color: #f0f; text-transform: uppercase;
  letter-spacing: 3px; word-spacing: 12px; text-align: center; text-indent: 40px;
  white-space: pre; font-weight: 900; text-shadow: 1px 1px red; visibility: visible; }
* { all: unset; }
${PLACE}
`;

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function cmsPage(seed, css) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scratch CMS</title>
<link rel="icon" href="/icon.svg"><link rel="stylesheet" href="./${css}"><script type="module" src="./app.js"></script></head>
<body><main><h1>Scratch CMS</h1><label for="body">Body</label><textarea id="body" rows="4">${escapeHtml(seed)}</textarea>
<quote-lens source="#body" targets="ceasefire"></quote-lens><p id="state">waiting</p></main></body></html>
`;
}

/**
 * The CMS's script; `element` and `api` are the specifiers a plain page or a bundler uses,
 * `inline` the one of quotelens/inline when the page uses it.
 */
function cmsScript({ element, api, inline }) {
  return `import "${element}";
${inline ? `import "${inline}";\n` : ""}import { analyze, QuoteLensError, workerActive } from "${api}";
const state = document.getElementById("state");
document.addEventListener("quotelens:analyzed", (e) => {
  state.textContent = "analysed " + e.detail.documents[0].quotes.length + ", worker " + workerActive();
});
document.addEventListener("quotelens:error", (e) => (state.textContent = "error " + e.detail.code));
const refused = await analyze("   ").catch((e) => e);
window.apiCheck = { isClass: refused instanceof QuoteLensError, code: refused.code, message: refused.message };
`;
}

let scratch;
let seed;

before(async () => {
  execFileSync("bash", ["scripts/build-npm.sh"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  seed = await readFile(SEED, "utf8");
  scratch = await mkdtemp(join(tmpdir(), "quotelens-cms-"));
  await writeFile(join(scratch, "package.json"), '{ "name": "scratch-cms", "private": true, "type": "module" }\n');
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", TARBALL], {
    cwd: scratch,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const src = join(scratch, "src");
  await mkdir(join(src, "public"), { recursive: true });
  for (const [css, page] of [["friendly.css", "index.html"], ["hostile.css", "hostile.html"]]) {
    await writeFile(join(src, page), cmsPage(seed, css));
  }
  await writeFile(join(src, "friendly.css"), FRIENDLY_CSS);
  await writeFile(join(src, "hostile.css"), HOSTILE_CSS);
  await writeFile(join(src, "public", "icon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(src, "app.js"), cmsScript({ element: "quotelens/element", api: "quotelens" }));
  // The same CMS with quotelens/inline: the wasm inside the JavaScript.
  await cp(src, join(scratch, "src-inline"), { recursive: true });
  await writeFile(join(scratch, "src-inline", "app.js"), cmsScript({ element: "quotelens/element", api: "quotelens", inline: "quotelens/inline" }));
});

after(() => scratch && rm(scratch, { recursive: true, force: true }));

/**
 * Builds the scratch CMS one way into its own folder; resolves to `{root, base, served}` to serve.
 * `inline`: the CMS that imports quotelens/inline (src-inline/), into folders of its own.
 */
const BUILDS = {
  async plain({ inline = false } = {}) {
    // No build step: the page imports the installed files by path (an import map would be an
    // inline script, which the CSP refuses).
    const dir = inline ? "plain-inline" : "plain";
    const out = join(scratch, dir);
    await mkdir(out, { recursive: true });
    for (const f of ["index.html", "hostile.html", "friendly.css", "hostile.css"]) await copyFile(join(scratch, "src", f), join(out, f));
    await copyFile(join(scratch, "src", "public", "icon.svg"), join(scratch, "icon.svg"));
    const pkg = "../node_modules/quotelens/www";
    await writeFile(
      join(out, "app.js"),
      cmsScript({ element: `${pkg}/quote-lens.js`, api: `${pkg}/quotelens-api.js`, inline: inline ? `${pkg}/quotelens-inline.js` : null }),
    );
    return { root: scratch, base: `${dir}/`, served: [`/${dir}/`, "/node_modules/quotelens/", "/icon.svg"] };
  },
  async vite({ inline = false } = {}) {
    const { build } = await toolImport("vite");
    const src = join(scratch, inline ? "src-inline" : "src");
    const out = join(scratch, inline ? "dist-vite-inline" : "dist-vite");
    await build({
      root: src,
      configFile: false,
      logLevel: "warn",
      build: {
        outDir: out,
        emptyOutDir: true,
        rollupOptions: { input: { index: join(src, "index.html"), hostile: join(src, "hostile.html") } },
      },
    });
    return { root: out, base: "", served: ["/"] };
  },
  async esbuild({ inline = false } = {}) {
    // With the package's plugin; the inline CMS with no plugin and no option at all.
    const esbuild = toolRequire("esbuild");
    const { default: quotelens } = await import(pathToFileURL(join(scratch, "node_modules", "quotelens", "www", "esbuild-plugin.js")).href);
    const src = join(scratch, inline ? "src-inline" : "src");
    const out = join(scratch, inline ? "dist-esbuild-inline" : "dist-esbuild");
    await esbuild.build({
      entryPoints: [join(src, "app.js")],
      bundle: true,
      format: "esm",
      minify: true,
      outdir: out,
      logLevel: "warning",
      plugins: inline ? [] : [quotelens()],
    });
    for (const f of ["index.html", "hostile.html", "friendly.css", "hostile.css"]) await copyFile(join(src, f), join(out, f));
    await copyFile(join(src, "public", "icon.svg"), join(out, "icon.svg"));
    return { root: out, base: "", served: ["/"] };
  },
  async webpack({ inline = false } = {}) {
    // The command line with no configuration file, as `npx webpack` in a CMS's repository: the
    // entry, production mode and where to write. It emits the worker and the wasm by itself.
    const out = join(scratch, inline ? "dist-webpack-inline" : "dist-webpack");
    const src = inline ? "src-inline" : "src";
    const cli = toolRequire.resolve("webpack-cli/bin/cli.js");
    execFileSync(process.execPath, [cli, `./${src}/app.js`, "--mode", "production", "--output-path", out, "--output-filename", "app.js", "--no-stats"], {
      cwd: scratch,
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (const f of ["index.html", "hostile.html", "friendly.css", "hostile.css"]) await copyFile(join(scratch, src, f), join(out, f));
    await copyFile(join(scratch, src, "public", "icon.svg"), join(out, "icon.svg"));
    return { root: out, base: "", served: ["/"] };
  },
};

/** What the element shows and how it is styled, read from inside its shadow root. */
function readWidget(page) {
  return page.$eval("quote-lens", (lens) => {
    const root = lens.shadowRoot;
    const style = (sel) => getComputedStyle(root.querySelector(sel));
    const panel = style(".panel");
    const title = style(".title");
    const quote = style("blockquote");
    return {
      quotes: [...root.querySelectorAll("[data-testid=quote]")].map((q) => ({
        text: q.querySelector("[data-testid=quote-text]").getAttribute("title"),
        speaker: q.querySelector("[data-testid=speaker-name]").textContent,
      })),
      stance: [...root.querySelectorAll("[data-testid=stance-line]")].map((l) => l.textContent),
      hostDisplay: getComputedStyle(lens).display,
      panel: { border: panel.borderTopWidth, background: panel.backgroundColor, color: panel.color, fontSize: panel.fontSize },
      title: { fontSize: title.fontSize, transform: title.textTransform, spacing: title.letterSpacing, align: title.textAlign },
      quote: { lineHeight: quote.lineHeight, shadow: quote.textShadow, indent: quote.textIndent, whiteSpace: quote.whiteSpace },
    };
  });
}

describe("a scratch CMS page built from the packed tarball, under the strict CSP", () => {
  for (const [name, make] of Object.entries(BUILDS)) {
    test(`${name}: the element renders styled, analyses in the worker, and hostile host CSS changes nothing`, async () => {
      const { root, base, served } = await make();
      const files = await readdir(root, { recursive: true });
      assert.ok(!files.some((f) => f.endsWith(".css") && f.includes("quote-lens")), "no stylesheet file of the element to copy");
      const server = await launch({ root, served, headers: withCsp });
      try {
        const shots = {};
        for (const page of ["index.html", "hostile.html"]) {
          const session = await server.openPage({ path: `${base}${page}`, ready: "quote-lens" });
          await session.page.waitForFunction(() => document.getElementById("state").textContent.startsWith("analysed"));
          assert.match(await session.page.textContent("#state"), /^analysed \d+, worker true$/, "analysed in the package's worker");
          const widget = await readWidget(session.page);
          assert.ok(
            widget.quotes.some((q) => q.speaker === "Dmitry Peskov" && q.text.startsWith("We are working on peace")),
            JSON.stringify(widget.quotes),
          );
          assert.deepEqual(widget.stance, ["Dmitry Peskov opposes ceasefire"]);
          assert.equal(widget.hostDisplay, "block");
          assert.deepEqual(widget.panel, { border: "1px", background: "rgb(255, 255, 255)", color: "rgb(29, 35, 43)", fontSize: "14.25px" });
          assert.deepEqual(widget.title, { fontSize: "15.675px", transform: "none", spacing: "normal", align: "start" });
          assert.deepEqual(widget.quote, { lineHeight: "20.6625px", shadow: "none", indent: "0px", whiteSpace: "normal" });
          assert.deepEqual(await session.page.evaluate(() => window.apiCheck), {
            isClass: true,
            code: "empty",
            message: "The text contains only whitespace: there is no text to analyse.",
          });
          // Let the list finish rendering, then compare what a reader sees.
          await session.page.waitForTimeout(200);
          shots[page] = await session.page.locator("quote-lens").screenshot({ path: join(SCREENSHOTS, `package-${name}-${page.replace(".html", "")}.png`) });
          await session.page.screenshot({ path: join(SCREENSHOTS, `package-${name}-${page.replace(".html", "")}-page.png`), fullPage: true });
          await closePage(session);
        }
        assert.ok(shots["index.html"].equals(shots["hostile.html"]), "the widget on the hostile page looks exactly as on the friendly one");
      } finally {
        await server.close();
      }
    });
  }
});

test("esbuild without the package's plugin: the element says what is missing and how to add it", async () => {
  const esbuild = toolRequire("esbuild");
  const out = join(scratch, "dist-esbuild-bare");
  await esbuild.build({ entryPoints: [join(scratch, "src", "app.js")], bundle: true, format: "esm", outdir: out, logLevel: "silent" });
  await copyFile(join(scratch, "src", "index.html"), join(out, "index.html"));
  await copyFile(join(scratch, "src", "friendly.css"), join(out, "friendly.css"));
  await copyFile(join(scratch, "src", "public", "icon.svg"), join(out, "icon.svg"));
  const server = await launch({ root: out, served: ["/"], headers: withCsp });
  try {
    const session = await server.openPage({ path: "index.html", ready: "quote-lens" });
    await session.page.waitForFunction(() => document.getElementById("state").textContent.startsWith("error"));
    assert.equal(await session.page.textContent("#state"), "error init-failed");
    const shown = await session.page.$eval("quote-lens", (lens) => lens.shadowRoot.querySelector("[data-testid=error]").textContent);
    assert.match(shown, /^QuoteLens could not load its WebAssembly .*404.* Bundling with esbuild\? Add the quotelens\/esbuild plugin/);
    // The 404s of the worker and the wasm are the point here.
    assert.ok(session.problems.every((p) => /404|quotelens/.test(p)), session.problems.join("\n"));
    await session.page.context().close();
  } finally {
    await server.close();
  }
});

describe("quotelens/inline: the wasm inside the JavaScript, under the strict CSP", () => {
  // esbuild with no plugin and no option leaves the worker file behind: the element then
  // analyses on the page's thread (one 404, for the worker). The others bundle the worker, which
  // gets the wasm compiled on the page. No build fetches a .wasm file.
  for (const [name, worker] of [["esbuild", false], ["plain", true], ["vite", true], ["webpack", true]]) {
    test(`${name}${name === "esbuild" ? " with no plugin" : ""}: the element analyses${worker ? " in the worker" : " on the main thread"}, no .wasm file is fetched`, async () => {
      const { root, base, served } = await BUILDS[name]({ inline: true });
      const server = await launch({ root, served, headers: withCsp });
      try {
        const session = await server.openPage({ path: `${base}index.html`, ready: "quote-lens" });
        await session.page.waitForFunction(() => /^(analysed|error)/.test(document.getElementById("state").textContent));
        assert.match(await session.page.textContent("#state"), new RegExp(`^analysed \\d+, worker ${worker}$`));
        const widget = await readWidget(session.page);
        assert.ok(widget.quotes.some((q) => q.speaker === "Dmitry Peskov"), JSON.stringify(widget.quotes));
        assert.deepEqual(widget.stance, ["Dmitry Peskov opposes ceasefire"]);
        assert.equal((await session.page.evaluate(() => window.apiCheck)).code, "empty");
        assert.deepEqual(session.requests.filter((r) => r.endsWith(".wasm")), [], "no .wasm file fetched");
        if (!worker) {
          // The one problem: the worker file esbuild did not write.
          assert.ok(session.problems.length > 0 && session.problems.every((p) => /404|quotelens-worker/.test(p)), session.problems.join("\n"));
          session.problems.length = 0;
          const bundle = (await stat(join(root, "app.js"))).size;
          // The JavaScript alone is about 60 KB; the API-only wasm is about 0.95 MB raw, 1.3 MB
          // as base64.
          assert.ok(bundle > 1_000_000, `the bundle carries the wasm as base64: ${bundle} bytes`);
        }
        await closePage(session);
      } finally {
        await server.close();
      }
    });
  }
});

describe("the element on a page", () => {
  let server;
  before(async () => {
    await BUILDS.plain();
    await writeFile(join(scratch, "plain", "blank.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title><link rel="icon" href="/icon.svg"></head><body><main id="main"><h1>Blank</h1></main></body></html>\n');
    server = await launch({ root: scratch, served: ["/plain/", "/node_modules/quotelens/", "/icon.svg"], headers: withCsp });
  });
  after(() => server?.close());

  const elementUrl = "/node_modules/quotelens/www/quote-lens.js";

  test("a text set before the module loads is kept; programmatic changes are noticed or refreshed", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const { page } = session;
    const result = await page.evaluate(
      async ([url, seed]) => {
        const lens = document.createElement("quote-lens");
        lens.text = seed; // before the element is defined: an own property of a plain element
        document.getElementById("main").append(lens);
        const analysed = new Promise((resolve) => lens.addEventListener("quotelens:analyzed", (e) => resolve(e.detail), { once: true }));
        await import(url);
        const report = await analysed;
        return { quotes: report.documents[0].quotes.length, shown: lens.shadowRoot.querySelectorAll("[data-testid=quote]").length };
      },
      [elementUrl, seed],
    );
    assert.ok(result.quotes >= 2, JSON.stringify(result));

    // A textarea changed by a picker fires `change`; a value set from code fires nothing, and
    // refresh() picks it up.
    const changes = await page.evaluate(async () => {
      const main = document.getElementById("main");
      const field = document.createElement("textarea");
      field.id = "draft";
      main.append(field);
      const lens = document.createElement("quote-lens");
      lens.setAttribute("source", "#draft");
      main.append(lens);
      const next = () => new Promise((resolve) => lens.addEventListener("quotelens:analyzed", (e) => resolve(e.detail), { once: true }));
      const speakers = (r) => r.documents[0].quotes.map((q) => q.speaker?.name ?? null);
      let waiting = next();
      field.value = '"We will open the gates at dawn," harbour master Paul Okafor said.';
      field.dispatchEvent(new Event("change"));
      const onChange = speakers(await waiting);
      field.value = '"The vote is final," union leader Ana Duarte said on Tuesday.';
      const refreshed = speakers(await lens.refresh());
      return { onChange, refreshed };
    });
    assert.deepEqual(changes, { onChange: ["Paul Okafor"], refreshed: ["Ana Duarte"] });
    await closePage(session);
  });

  test("a long article lists 200 quotations at first and a button shows the rest", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const { page } = session;
    const result = await page.evaluate(async (url) => {
      await import(url);
      const lens = document.createElement("quote-lens");
      document.getElementById("main").append(lens);
      const paragraphs = Array.from({ length: 250 }, (_, i) => `"We will finish section ${i + 1} of the bridge by spring," Mayor Helen Ortiz said.`);
      const analysed = new Promise((resolve) => lens.addEventListener("quotelens:analyzed", (e) => resolve(e.detail), { once: true }));
      lens.text = paragraphs.join("\n\n");
      const report = await analysed;
      const root = lens.shadowRoot;
      const count = () => root.querySelectorAll("[data-testid=quote]").length;
      const more = root.querySelector("[data-testid=more]");
      const first = { quotes: report.documents[0].quotes.length, shown: count(), button: more.hidden ? null : more.textContent };
      more.click();
      // The list grows a slice per frame.
      for (let i = 0; i < 100 && count() < report.documents[0].quotes.length; i++) await new Promise((r) => setTimeout(r, 50));
      return { first, after: { shown: count(), hidden: more.hidden, last: root.querySelector("[data-testid=quote]:last-child blockquote").title } };
    }, elementUrl);
    assert.deepEqual(result, {
      first: { quotes: 250, shown: 200, button: "Show 50 more of 50 quotations" },
      after: { shown: 250, hidden: true, last: "We will finish section 250 of the bridge by spring," },
    });
    await closePage(session);
  });

  test("the host page answers a click while the element analyses a long article", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const { page } = session;
    await page.evaluate(async ([url, articles]) => {
      await import(url);
      const main = document.getElementById("main");
      const button = document.createElement("button");
      button.id = "ping";
      button.textContent = "Ping";
      main.append(button);
      const lens = document.createElement("quote-lens");
      main.append(lens);
      window.clicks = [];
      button.addEventListener("click", () => window.clicks.push(performance.now()));
      const analysed = () => new Promise((resolve) =>
        lens.addEventListener("quotelens:analyzed", (e) => resolve({ report: e.detail, at: performance.now() }), { once: true }),
      );
      // A first, short text loads the wasm: the long one then starts analysing at once.
      const warm = new Promise((resolve) => lens.addEventListener("quotelens:analyzed", resolve, { once: true }));
      lens.text = '"We will win," coach Maria Lopez said.';
      await warm;
      window.started = performance.now();
      // About 10 MB of news text: the generated articles, again and again.
      window.analysed = analysed();
      lens.text = Array.from({ length: 18 }, () => articles).flat().join("\n\n");
    }, [elementUrl, (await generateArticles(200)).map((a) => a.text)]);
    await page.waitForFunction(() => document.querySelector("quote-lens").shadowRoot.querySelector(".panel").getAttribute("aria-busy") === "true");
    await page.click("#ping");
    const result = await page.evaluate(async () => {
      const { report, at } = await window.analysed;
      const doc = report.documents[0];
      // The set-aside blocks (the repeated articles) came packed, read when first asked for.
      const packed = typeof Object.getOwnPropertyDescriptor(doc, "set_aside").get === "function";
      return {
        // When the click was handled, as a share of the time the analysis took (from the text
        // given to the report shown): on a page the analysis blocks, it comes at the very end.
        clicks: window.clicks.map((t) => (t - window.started) / (at - window.started)),
        packed,
        setAside: doc.set_aside.length,
        kinds: [...new Set(doc.set_aside.map((b) => typeof b.kind))],
        copied: JSON.parse(JSON.stringify(report)).documents[0].set_aside.length === doc.set_aside.length,
      };
    });
    assert.equal(result.clicks.length, 1);
    assert.ok(result.clicks[0] < 0.5, `the click was handled in the first half of the analysis, not when it ended: ${JSON.stringify(result)}`);
    assert.ok(result.packed && result.setAside > 10_000 && result.copied, JSON.stringify(result));
    assert.deepEqual(result.kinds, ["string"]);
    await closePage(session);
  });

  test("a long text's report from the worker, sent in pieces and parts, equals the main thread's", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const result = await session.page.evaluate(
      async ([url, articles]) => {
        const api = await import(url);
        // Over 2 MB: 35 pieces of 2^16 characters on the way in; emoji (two UTF-16 units each)
        // astride every piece's edge; a report with long fields packed and hundreds of quotations.
        let text = Array.from({ length: 4 }, () => articles).flat().join("\n\n");
        for (let edge = 1 << 16; edge < text.length; edge += 1 << 16) text = `${text.slice(0, edge - 1)}🗞️${text.slice(edge + 1)}`;
        const quotes = Array.from({ length: 300 }, (_, i) => `"Lane ${i} reopens on Monday 📰," said Mayor Helen Ortiz.`);
        text = `${quotes.join("\n\n")}\n\n${text}`;
        const inWorker = await api.analyzeInWorker(text, { targets: "lane" });
        const onMain = await api.analyze(text, { targets: "lane" });
        const doc = inWorker.documents[0];
        Object.freeze(doc); // a page may freeze what it keeps: the packed fields still read
        return {
          length: text.length,
          active: api.workerActive(),
          quotes: doc.quotes.length,
          packed: Object.keys(doc).filter((k) => typeof Object.getOwnPropertyDescriptor(doc, k).get === "function"),
          equal: JSON.stringify(inWorker) === JSON.stringify(onMain),
        };
      },
      ["/node_modules/quotelens/www/quotelens-api.js", (await generateArticles(200)).map((a) => a.text)],
    );
    assert.ok(result.length > 2_000_000 && result.active && result.quotes >= 300, JSON.stringify(result));
    assert.ok(result.packed.includes("set_aside"), JSON.stringify(result));
    assert.equal(result.equal, true);
    await closePage(session);
  });

  test("after a job that grew its memory the worker is replaced; without workers the main thread works", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const { page } = session;
    const apiUrl = "/node_modules/quotelens/www/quotelens-api.js";
    const run = (size) =>
      page.evaluate(
        async ([url, size]) => {
          const api = await import(url);
          const paragraphs = [];
          for (let i = 0, bytes = 0; bytes < size; i++) {
            const p = `"Section ${i} of the bridge opens in week ${i % 52}," said Mayor Helen Ortiz of district ${i}.`;
            paragraphs.push(p);
            bytes += p.length + 2;
          }
          const report = await api.analyzeInWorker(paragraphs.join("\n\n"));
          return { quotes: report.documents[0].quotes.length, active: api.workerActive(), memory: api.workerMemoryBytes() };
        },
        [apiUrl, size],
      );
    const small = await run(20_000);
    assert.ok(small.quotes > 100 && small.active === true && small.memory > 0, JSON.stringify(small));
    assert.equal(page.workers().length, 1, "a small job leaves its worker for the next one");
    const large = await run(4_000_000);
    assert.ok(large.quotes > 10_000 && large.memory > 64 * 1024 * 1024, JSON.stringify(large));
    // It is ended 1.5 s after its job (not while the page shows the report); Playwright hears of
    // it a moment later.
    for (let i = 0; i < 60 && page.workers().length > 0; i++) await page.waitForTimeout(100);
    assert.equal(page.workers().length, 0, "no worker holds the memory after the large job");
    assert.equal(await page.evaluate(async (url) => (await import(url)).workerMemoryBytes(), apiUrl), 0);
    await closePage(session);

    const noWorkers = await server.openPage({
      path: "plain/blank.html",
      ready: "#main",
      before: (p) => p.addInitScript(() => delete window.Worker),
    });
    const fallback = await noWorkers.page.evaluate(async (url) => {
      const api = await import(url);
      const report = await api.analyzeInWorker('"We will win," coach Maria Lopez said.');
      return { speaker: report.documents[0].quotes[0].speaker.name, active: api.workerActive() };
    }, apiUrl);
    assert.deepEqual(fallback, { speaker: "Maria Lopez", active: false });
    await closePage(noWorkers);
  });

  test("a bad selector and a missing source each give their own message and a quotelens:error", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const result = await session.page.evaluate(async (url) => {
      await import(url);
      const errors = [];
      document.addEventListener("quotelens:error", (e) => errors.push(e.detail));
      const lens = document.createElement("quote-lens");
      lens.setAttribute("source", "#body[");
      document.getElementById("main").append(lens);
      await lens.refresh();
      const shown = lens.shadowRoot.querySelector("[data-testid=error]").textContent;
      lens.setAttribute("source", "#nowhere");
      await lens.refresh();
      return { errors, shown, report: lens.report };
    }, elementUrl);
    assert.equal(result.shown, result.errors[0].message);
    assert.deepEqual(result.errors.map((e) => e.code).slice(0, 1), ["invalid-source"]);
    assert.match(result.errors[0].message, /^The source "#body\[" is not a valid CSS selector/);
    assert.deepEqual(result.errors.at(-1), { code: "source-not-found", message: 'Nothing on the page matches the source "#nowhere".' });
    assert.equal(result.report, null);
    await closePage(session);
  });

  test("the theme follows the page's color-scheme, not the system's alone; theme= pins it", async () => {
    const session = await server.openPage({ path: "plain/blank.html", ready: "#main" });
    const { page } = session;
    await page.emulateMedia({ colorScheme: "dark" });
    const backgrounds = await page.evaluate(async (url) => {
      await import(url);
      const main = document.getElementById("main");
      const make = (theme) => {
        const lens = document.createElement("quote-lens");
        if (theme) lens.setAttribute("theme", theme);
        main.append(lens);
        return lens;
      };
      const bg = (lens) => getComputedStyle(lens.shadowRoot.querySelector(".panel")).backgroundColor;
      const plain = make(null);
      const light = make("light");
      const auto = make("auto");
      const dark = make("dark");
      const result = { plain: bg(plain), light: bg(light), auto: bg(auto), dark: bg(dark) };
      document.documentElement.style.colorScheme = "dark"; // evaluate is not subject to the CSP
      result.darkPage = bg(plain);
      result.darkPageLight = bg(light);
      document.documentElement.style.colorScheme = "";
      plain.style.setProperty("--ql-bg", "rgb(1, 2, 3)");
      result.custom = bg(plain);
      return result;
    }, elementUrl);
    assert.deepEqual(backgrounds, {
      plain: "rgb(255, 255, 255)",
      light: "rgb(255, 255, 255)",
      auto: "rgb(21, 25, 30)",
      dark: "rgb(21, 25, 30)",
      darkPage: "rgb(21, 25, 30)",
      darkPageLight: "rgb(255, 255, 255)",
      custom: "rgb(1, 2, 3)",
    });
    session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => !/style-src-attr|inline style/i.test(p)));
    await closePage(session);
  });
});

describe("Node", () => {
  test("the API analyses in Node with no set-up, and the element module imports without a DOM", () => {
    const script = `
import { readFile } from "node:fs/promises";
import { analyze, init } from "quotelens";
import { QuoteLensElement } from "quotelens/element";
const text = await readFile(process.argv[1], "utf8");
const report = await analyze(text, { targets: "ceasefire" });
const bad = await analyze(text, { maxBytes: 100 }).catch((e) => ({ code: e.code, message: e.message }));
console.log(JSON.stringify({
  speakers: [...new Set(report.documents[0].quotes.map((q) => q.speaker?.name))],
  stance: report.stance_matrix.filter((c) => c.target === "ceasefire").map((c) => c.speaker + " " + c.stance),
  bad,
  element: typeof QuoteLensElement,
  again: await init().then(() => "ok"),
}));
`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, SEED], { cwd: scratch, encoding: "utf8" });
    const result = JSON.parse(out);
    assert.ok(result.speakers.includes("Dmitry Peskov"), out);
    assert.deepEqual(result.stance, ["Dmitry Peskov against"]);
    assert.deepEqual(result.bad, {
      code: "invalid-options",
      message: "unknown option `maxBytes` (did you mean `max_bytes`?): analyze takes `name`, `targets`, `max_bytes`",
    });
    assert.equal(result.element, "function");
    assert.equal(result.again, "ok");
  });

  test("init() also takes the wasm's bytes", () => {
    const script = `
import { readFile } from "node:fs/promises";
import { init, analyze } from "quotelens";
const wasm = new URL("../pkg/quotelens_bg.wasm", import.meta.resolve("quotelens"));
await init(await readFile(wasm));
const report = await analyze('"We will win," coach Maria Lopez said.');
console.log(report.documents[0].quotes[0].speaker.name);
`;
    assert.equal(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: scratch, encoding: "utf8" }).trim(), "Maria Lopez");
  });
});

test("Node: with quotelens/inline the API reads no file", () => {
  // The package's .wasm is renamed away first: the analysis must come from the inline module.
  const script = `
import { rename } from "node:fs/promises";
const wasm = new URL("../pkg/quotelens_bg.wasm", import.meta.resolve("quotelens"));
await rename(wasm, wasm.pathname + ".away");
try {
  await import("quotelens/inline");
  const { analyze } = await import("quotelens");
  const report = await analyze('"We will win," coach Maria Lopez said.');
  console.log(report.documents[0].quotes[0].speaker.name);
} finally {
  await rename(wasm.pathname + ".away", wasm);
}
`;
  assert.equal(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: scratch, encoding: "utf8" }).trim(), "Maria Lopez");
});

describe("TypeScript", () => {
  const resolutions = [
    { moduleResolution: "bundler", module: "es2022" },
    { moduleResolution: "nodenext", module: "nodenext" },
    { moduleResolution: "node16", module: "node16" },
    { moduleResolution: "node10", module: "es2022" },
  ];
  for (const { moduleResolution, module } of resolutions) {
    for (const skipLibCheck of [false, true]) {
      test(`the declarations type-check under --strict, moduleResolution ${moduleResolution}, skipLibCheck ${skipLibCheck}`, async () => {
        const dir = join(scratch, `ts-${moduleResolution}-${skipLibCheck}`);
        await mkdir(dir, { recursive: true });
        await copyFile(join(ROOT, "tests", "ts", "usage.ts"), join(dir, "usage.ts"));
        await writeFile(
          join(dir, "tsconfig.json"),
          JSON.stringify({
            compilerOptions: { target: "es2022", module, moduleResolution, lib: ["es2022", "dom"], strict: true, noEmit: true, skipLibCheck, types: [] },
            files: ["usage.ts"],
          }),
        );
        const tsc = toolRequire.resolve("typescript/bin/tsc");
        try {
          execFileSync(process.execPath, [tsc, "-p", dir], { cwd: scratch, encoding: "utf8" });
        } catch (error) {
          assert.fail(`tsc rejected the usage example:\n${error.stdout}${error.stderr}`);
        }
      });
    }
  }
});

describe("the package's files", () => {
  test("LICENSE carries the VADER notice, README documents every error code, package.json is complete", async () => {
    const dir = join(scratch, "node_modules", "quotelens");
    const license = await readFile(join(dir, "LICENSE"), "utf8");
    const lexicon = await readFile(join(ROOT, "src", "analysis", "lexicon", "sentiment_vader.txt"), "utf8");
    const notice = lexicon.split("\n").filter((l) => l.startsWith("# ")).slice(1, 3).map((l) => l.slice(2));
    for (const line of notice) assert.ok(license.includes(line), `LICENSE lacks: ${line.slice(0, 60)}`);
    assert.match(license, /Copyright \(c\) 2016 C\.J\. Hutto/);

    const readme = await readFile(join(dir, "README.md"), "utf8");
    const declared = (await readFile(join(dir, "www", "quotelens-api.d.ts"), "utf8")).match(/export type QuoteLensErrorCode =([^;]+);/)[1];
    const codes = [...declared.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
    assert.ok(codes.length >= 15);
    for (const code of codes) assert.ok(readme.includes(`| \`${code}\` |`), `README's error table lacks ${code}`);
    for (const heading of ["## Install", "### Attributes", "### Events", "### Styling", "## Errors", "## Limits", "### In Node", "Content-Security-Policy", "esbuild", "Vite"]) {
      assert.ok(readme.includes(heading), `README lacks ${heading}`);
    }

    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    assert.ok(pkg.repository?.url && pkg.homepage && pkg.bugs?.url);
    assert.equal(pkg.exports["./package.json"], "./package.json");
    const found = JSON.parse(execFileSync(process.execPath, ["-e", 'console.log(JSON.stringify(require("quotelens/package.json").version))'], { cwd: scratch, encoding: "utf8" }));
    assert.equal(found, VERSION);
  });
});
