// What every end-to-end test file needs: the static server and Debian's Chromium (playwright-core)
// around the built page, pages that record console errors, a real drop of File objects on the
// drop zone, and a reader of what each file card shows. The test files build nothing themselves:
// run scripts/build-web.sh first (scripts/test.sh does).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdir, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TOOLS = process.env.QUOTELENS_TOOLS ?? join(homedir(), ".cache", "quotelens-tools");
// playwright-core and axe-core live with the other node tools that scripts/setup.sh installs.
export const toolRequire = createRequire(join(TOOLS, "node_modules", "index.js"));
const { chromium } = toolRequire("playwright-core");
const { startServer } = await import(pathToFileURL(join(ROOT, "scripts", "static-server.mjs")));
const AXE = await readFile(toolRequire.resolve("axe-core/axe.min.js"), "utf8");

// Pitfall 6 of the toolchain notes: without these Chromium keeps calling home on a closed network.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const SCREENSHOTS = join(ROOT, "build", "screenshots");

/**
 * Serves the repository root on a free port and starts Chromium. Returns `{ baseUrl, openPage,
 * close }`; `close` stops exactly what was started. Each page opens in a fresh browser context,
 * so the files one test leaves in the page's storage (IndexedDB) are not there in the next.
 * `serverOptions` go to startServer (`headers`, `served`, `root`).
 */
export async function launch(serverOptions = {}) {
  // Serving the repository means serving its build: check it is there. Other roots (a scratch
  // page of the npm package) bring their own files.
  if (!serverOptions.root) {
    await readFile(join(ROOT, "pkg", "quotelens_bg.wasm")).catch(() => {
      throw new Error("pkg/ is missing: run scripts/build-web.sh first");
    });
  }
  let server;
  let browser;
  const close = async () => {
    await browser?.close();
    if (server) {
      await new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      });
    }
  };
  try {
    let baseUrl;
    ({ server, url: baseUrl } = await startServer({ root: ROOT, host: "127.0.0.1", port: 0, ...serverOptions }));
    // Playwright gives the browser a fresh temporary profile and removes it on close.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
    await mkdir(SCREENSHOTS, { recursive: true });
    return { baseUrl, openPage: (options) => openPage(browser, baseUrl, options), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens the page (or `path` under the server) in a fresh context and records every console
 * error, uncaught exception, failed request and Content-Security-Policy violation, and every
 * request the page makes (`requests`, as URLs); waits for `ready`.
 */
async function openPage(browser, baseUrl, { width = 1100, before, path = "", ready = "[data-testid=drop-zone]" } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  // Set-up before the page loads: an init script that takes an API away, a route.
  if (before) await before(page);
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.exposeFunction("__quotelensCspViolation", (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__quotelensCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    ),
  );
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForSelector(ready);
  return { page, problems, requests };
}

export async function closePage({ page, problems }) {
  await page.context().close();
  assert.deepEqual(problems, [], "no console errors, page errors or failed requests");
}

/**
 * Runs axe-core (WCAG 2 A and AA, best practices) on the page and returns its violations as
 * "id: help (targets)" lines; `impacts` keeps only violations of those impacts. axe is evaluated
 * by the test driver, so a strict Content-Security-Policy on the page does not stop it loading.
 */
export async function axeViolations(page, { impacts } = {}) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (impacts) => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "best-practice"] });
    return result.violations
      .filter((v) => !impacts || impacts.includes(v.impact))
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
  }, impacts ?? null);
}

export const bytesB64 = (bytes) => Buffer.from(bytes).toString("base64");

/** A file from disk as `dropFiles` and `setInputFiles` take it: `{ name, b64, type }`. */
export async function fileFrom(path, type = "text/plain") {
  return { name: basename(path), b64: (await readFile(path)).toString("base64"), type };
}

/**
 * Dispatches dragenter, dragover and drop, with a DataTransfer of File objects, on the drop zone.
 * Each file is `{ name, b64, type? }`; the MIME type defaults to text/plain.
 */
export async function dropFiles(page, files) {
  return page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type ?? "text/plain" }));
    }
    const zone = document.querySelector("[data-testid=drop-zone]");
    const fire = (type) => {
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt });
      zone.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return { dragover: fire("dragenter") && fire("dragover"), drop: fire("drop") };
  }, files);
}

/**
 * Waits until `count` files are shown and analysed, then reads what each card shows: the card's
 * name, all its text, the format and encoding it was read with, its headlines, quotations and
 * first error, and, per article (`documents`), the article's own.
 */
export async function readCards(page, count) {
  await page.waitForFunction((n) => {
    const cards = document.querySelectorAll("[data-testid=file]");
    return cards.length === n && [...cards].every((c) => c.getAttribute("aria-busy") === "false");
  }, count);
  return page.$$eval("[data-testid=file]", (cards) =>
    cards.map((card) => {
      const text = (root, sel) => root.querySelector(sel)?.textContent.trim() ?? null;
      const texts = (root, sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
      const quotes = (root) =>
        [...root.querySelectorAll("[data-testid=quote]")].map((q) => ({
          text: text(q, "[data-testid=quote-text]"),
          kind: text(q, "[data-testid=quote-kind]"),
          speaker: text(q, "[data-testid=speaker-name]"),
          role: text(q, "[data-testid=speaker-role]"),
        }));
      const error = (root) => {
        const e = root.querySelector("[data-testid=file-error]");
        return e && { code: e.dataset.code, message: e.textContent.trim() };
      };
      return {
        name: text(card, "[data-testid=file-name]"),
        text: card.textContent,
        format: text(card, "[data-testid=file-format]"),
        encoding: text(card, "[data-testid=file-encoding]"),
        headlines: texts(card, "[data-testid=headline]"),
        quotes: quotes(card),
        error: error(card),
        documents: [...card.querySelectorAll("[data-testid=document]")].map((doc) => ({
          name: text(doc, "[data-testid=document-name]"),
          headline: text(doc, "[data-testid=headline]"),
          quotes: quotes(doc),
          unattributed: texts(doc, "[data-testid=unattributed-text]"),
          warnings: texts(doc, "[data-testid=warning]"),
          error: error(doc),
        })),
      };
    }),
  );
}

/** Parses a CSV download: RFC 4180 quoted fields, doubled quotes, CRLF between records. */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field), records.push(record), (record = []), (field = ""), i++;
    } else field += c;
  }
  assert.equal(field + record.join(""), "", "the CSV ends with CRLF");
  return records;
}

/** Presses the download button `testid` and returns the file's suggested name and its text. */
export async function downloadText(page, testid) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${testid}]`)]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/**
 * Drops the folder at `dir` on the drop zone as a file manager does: the browser's input layer
 * (DevTools protocol) drops it by its path, so the page gets directory entries to walk.
 */
export async function dropFolder(page, dir) {
  const zone = await page.locator("[data-testid=drop-zone]").boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const at = { x: zone.x + zone.width / 2, y: zone.y + zone.height / 2 };
  const data = { items: [], files: [dir], dragOperationsMask: 1 };
  for (const type of ["dragEnter", "dragOver", "drop"]) {
    await cdp.send("Input.dispatchDragEvent", { type, ...at, data });
  }
}
