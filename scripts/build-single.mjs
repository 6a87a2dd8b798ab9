#!/usr/bin/env node
// Builds build/quotelens.html: the whole QuoteLens app in one self-contained HTML file that works
// opened from disk (file://), so a reporter can keep it or send it on. Run scripts/build-web.sh
// first. It starts from index.html: stylesheets are inlined as <style>, and the module script's
// graph (main.js, the wasm-bindgen glue, the wasm and anything else referenced with a relative
// `import` or `new URL("...", import.meta.url)`, such as a worker script) is embedded as data. A
// small loader turns each embedded file into a blob: URL, dependencies first, rewriting every
// reference to point at the blob, and imports the entry. A worker script (main.js's
// `new Worker(new URL("./worker.js", import.meta.url), {type: "module"})`) needs no wiring: it is
// found the same way and started from a bootstrap that works on file:// (see `loader`).
// `--root DIR --out FILE` builds another page (the tests build a worker fixture). The file holds
// inline scripts and styles on purpose: it is not the page for strict-CSP hosts (those embed
// www/quote-lens.js).
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
};
const ROOT = arg("--root", resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const OUT = arg("--out", join(ROOT, "build", "quotelens.html"));
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };

// Relative module specifiers (static and dynamic imports, re-exports) and asset URLs.
const IMPORT = /\b(?:from|import)\s*\(?\s*(["'])(\.{1,2}\/[^"']+)\1/g;
const ASSET = /new URL\(\s*(["'])([^"':]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Collects `path` and what it references, dependencies before the files that use them. */
async function collect(path, files, seen = new Set()) {
  if (seen.has(path)) return;
  seen.add(path);
  const type = TYPES[posix.extname(path)] ?? "application/octet-stream";
  const bytes = await readFile(join(ROOT, path)).catch(() => {
    throw new Error(`build-single: ${path} is missing (run scripts/build-web.sh first)`);
  });
  if (type !== "text/javascript") {
    files.push({ path, type, base64: bytes.toString("base64") });
    return;
  }
  const text = bytes.toString("utf8");
  const refs = [];
  const target = (spec) => posix.normalize(posix.join(posix.dirname(path), spec));
  for (const m of text.matchAll(IMPORT)) refs.push({ find: `${m[1]}${m[2]}${m[1]}`, path: target(m[2]), kind: "import" });
  for (const m of text.matchAll(ASSET)) {
    refs.push({ find: m[0], path: target(m[2]), kind: /\.m?js$/.test(m[2]) ? "worker" : "url" });
  }
  for (const ref of refs) await collect(ref.path, files, seen);
  files.push({ path, type, text, refs });
}

/**
 * Runs in the built page: embedded files → blob: URLs (references rewritten) → import entry.
 * A script referenced with `new URL(..., import.meta.url)` is a worker. On file:// a worker can
 * neither read the page's blob: URLs nor start as a module, so it gets a classic bootstrap that
 * runs this same loader over its own files and holds messages until its module has loaded;
 * `Worker` is wrapped to start those bootstraps as classic scripts.
 */
function loader(files, entry) {
  const urls = {};
  const boots = new Set();
  for (const file of files) {
    let body;
    if (file.base64 !== undefined) {
      body = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    } else {
      body = file.text;
      for (const ref of file.refs) {
        const url = JSON.stringify(urls[ref.path]);
        body = body.split(ref.find).join(ref.kind === "import" ? url : `new URL(${url})`);
      }
    }
    urls[file.path] = URL.createObjectURL(new Blob([body], { type: file.type }));
    if (file.graph) {
      const own = files.filter((f) => file.graph.includes(f.path)).map(({ graph, ...f }) => f);
      const boot = `const held = [];
const hold = (e) => { held.push(e); e.stopImmediatePropagation(); };
self.addEventListener("message", hold);
${loader.toString()}
loader(${JSON.stringify(own)}, ${JSON.stringify(file.path)}).then(() => {
  self.removeEventListener("message", hold);
  for (const e of held) self.dispatchEvent(new MessageEvent("message", { data: e.data, ports: [...e.ports] }));
});`;
      urls[file.path] = URL.createObjectURL(new Blob([boot], { type: "text/javascript" }));
      boots.add(urls[file.path]);
    }
  }
  if (boots.size > 0 && typeof Worker === "function") {
    const NativeWorker = Worker;
    globalThis.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, boots.has(String(url)) ? { ...options, type: "classic" } : options);
      }
    };
  }
  return import(urls[entry]);
}

const inlineJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
const replaceOnce = (html, pattern, make, what) => {
  let found = 0;
  const out = html.replace(pattern, (...m) => (found++, make(...m)));
  if (!found) throw new Error(`build-single: index.html has no ${what}`);
  return out;
};

let html = await readFile(join(ROOT, "index.html"), "utf8");
const styles = [];
for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
  styles.push([m[0], await readFile(join(ROOT, m[1]), "utf8")]);
}
for (const [tag, css] of styles) html = html.replace(tag, () => `<style>\n${css.replace(/<\/style/gi, "<\\/style")}</style>`);
html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, "");
for (const m of html.matchAll(/<link rel="icon" href="([^":]+)">/g)) {
  const type = m[1].endsWith(".svg") ? "image/svg+xml" : "image/png";
  const data = (await readFile(join(ROOT, m[1]))).toString("base64");
  html = html.replace(m[0], () => `<link rel="icon" href="data:${type};base64,${data}">`);
}
const files = [];
let entry;
html = replaceOnce(
  html,
  /<script type="module" src="([^"]+)"><\/script>/,
  (_, src) => ((entry = posix.normalize(src)), "@@SCRIPTS@@"),
  'module script (<script type="module" src="...">)',
);
await collect(entry, files);
// Each worker script carries the list of files its own module graph needs.
const byPath = new Map(files.map((f) => [f.path, f]));
const graphOf = (path, out = new Set()) => {
  if (!out.has(path)) {
    out.add(path);
    for (const ref of byPath.get(path).refs ?? []) graphOf(ref.path, out);
  }
  return out;
};
for (const file of files) {
  for (const ref of file.refs ?? []) if (ref.kind === "worker") byPath.get(ref.path).graph = [...graphOf(ref.path)];
}
const scripts =
  `<script type="application/json" id="quotelens-files">${inlineJson(files)}</script>\n` +
  `  <script type="module">${loader.toString()}\n` +
  `loader(JSON.parse(document.getElementById("quotelens-files").textContent), ${JSON.stringify(entry)});</script>`;
html = html.replace("@@SCRIPTS@@", () => scripts);

await mkdir(dirname(OUT), { recursive: true });
await writeFile(OUT, html);
console.log(`${OUT}: ${html.length} bytes, ${files.map((f) => f.path).join(", ")}`);
