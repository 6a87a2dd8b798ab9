// The promise-based JavaScript API of QuoteLens on the thread that calls it: `init()` loads the
// wasm once; `analyze()` and `analyzeMany()` resolve to the report the app shows and reject with
// a QuoteLensError carrying a stable `code` and a `message` for people. Pages import it through
// quotelens-api.js, which adds the worker; the worker imports this module alone, so that no
// bundler finds a worker inside the worker. Works in Node too (init reads the wasm file).
import wasmInit, { analyze as analyzeSync, analyzeMany as analyzeManySync } from "../pkg/quotelens.js";

/** Keys `analyze` accepts in its options; `analyzeMany` takes the same without `name`. */
const OPTION_KEYS = ["name", "targets", "max_bytes"];

let ready;
let wasmSource;
let exportsOfWasm;
/** The wasm's bytes, when quotelens-inline.js carries them: a function, decoded when first used. */
let embedded = null;
let embeddedCompiled = null;

/**
 * Called by quotelens-inline.js (the `quotelens/inline` entry): `init()` without an argument then
 * uses these bytes instead of fetching quotelens_bg.wasm, and so does the worker.
 */
export function useEmbeddedWasm(bytes) {
  embedded = bytes;
}

/** The embedded wasm compiled once (off the main thread), or undefined without quotelens/inline. */
export function embeddedModule() {
  if (!embedded) return undefined;
  embeddedCompiled ??= WebAssembly.compile(embedded());
  return embeddedCompiled;
}

/** A rejected call's error: `instanceof QuoteLensError`, with a stable `code`. */
export class QuoteLensError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "QuoteLensError";
    this.code = code;
  }
}

/** Same as `new QuoteLensError(code, message)`. */
export function quoteLensError(code, message) {
  return new QuoteLensError(code, message);
}

const isNode = () =>
  typeof process === "object" && typeof process.versions?.node === "string" && typeof window === "undefined";

/** In Node the wasm is a file beside the glue: read it, as `fetch` cannot load file: URLs. */
async function nodeWasmBytes() {
  const url = new URL("../pkg/quotelens_bg.wasm", import.meta.url);
  if (url.protocol !== "file:") return undefined;
  const fsName = "node:fs/promises"; // a variable, so that no bundler tries to pack `fs`
  const { readFile } = await import(/* @vite-ignore */ fsName);
  return readFile(url);
}

/**
 * Loads and instantiates the wasm module; later calls return the same promise. `wasm` is
 * optional: a URL, Response, bytes or WebAssembly.Module of quotelens_bg.wasm, for pages that
 * serve it somewhere else than beside quotelens.js. In Node it reads the file by itself.
 */
export function init(wasm) {
  if (!ready) {
    wasmSource = wasm;
    ready = (async () => {
      let source = wasm ?? (await embeddedModule());
      if (source === undefined && isNode()) source = await nodeWasmBytes();
      exportsOfWasm = await wasmInit(source === undefined ? undefined : { module_or_path: source });
    })().catch((error) => {
      ready = undefined; // a failed load may be retried
      const where =
        wasm !== undefined ? "the wasm given to init()" : embedded ? "the wasm quotelens/inline carries" : "quotelens_bg.wasm beside pkg/quotelens.js";
      throw new QuoteLensError(
        "init-failed",
        `QuoteLens could not load its WebAssembly (${where}): ${error?.message ?? error}. ` +
          "Serve the package's pkg/ folder as it is, or pass the wasm's URL or bytes to init(). " +
          "Bundling with esbuild? Add the quotelens/esbuild plugin: esbuild does not copy files found with new URL(…, import.meta.url); " +
          'or import "quotelens/inline", which carries the wasm inside the JavaScript.',
      );
    });
  }
  return ready;
}

/** What `init` was given (undefined: the default), for the worker to load the same wasm. */
export function wasmSourceGiven() {
  return wasmSource;
}

/** Bytes of wasm memory this thread's QuoteLens holds (0 before `init`); it only ever grows. */
export function wasmMemoryBytes() {
  return exportsOfWasm?.memory?.buffer?.byteLength ?? 0;
}

/**
 * Analyses one article text. `options`: `name` (a file name whose extension picks the format;
 * without it the text is read as plain text), `targets` (the targets to judge stance toward:
 * "a, b", ["a", "b"] or [{name, synonyms}]) and `max_bytes`. Resolves to a Report.
 */
export async function analyze(text, options) {
  const { name, core } = checkAnalyzeArgs(text, options);
  await init();
  return call(() => analyzeSync(text, name, core));
}

/**
 * Analyses a batch of `{name, text}` or `{name, bytes}` documents; a document that cannot be read
 * carries its own `error` instead of failing the batch. Options as for `analyze` (no `name`).
 */
export async function analyzeMany(docs, options) {
  const { core } = checkOptions(options, "analyzeMany");
  await init();
  return call(() => analyzeManySync(docs, core));
}

/** Turns the accepted target spellings into the core's [{name, synonyms}]. */
export function normalizeTargets(targets) {
  if (targets === undefined || targets === null) return [];
  const list = typeof targets === "string" ? targets.split(",") : targets;
  if (!Array.isArray(list)) {
    throw new QuoteLensError("invalid-options", "`targets` must be a string or an array");
  }
  return list
    .map((t) => (typeof t === "string" ? { name: t.trim(), synonyms: [] } : t))
    .filter((t) => !(t && typeof t.name === "string" && t.name.trim() === ""));
}

/** Checks `analyze`'s arguments (for the worker client too, so errors come before posting). */
export function checkAnalyzeArgs(text, options) {
  if (typeof text !== "string") {
    const got = text === null ? "null" : Array.isArray(text) ? "an array" : typeof text;
    throw new QuoteLensError("invalid-input", `analyze expects the article text as a string, not ${got}`);
  }
  return checkOptions(options, "analyze");
}

/** Checks the option keys (the core checks their values) and splits off `name`. */
export function checkOptions(options, fn) {
  if (options === undefined || options === null) return { name: undefined, core: undefined };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new QuoteLensError(
      "invalid-options",
      `${fn}'s options must be an object such as {targets: ["ceasefire"]}, not ${Array.isArray(options) ? "an array" : typeof options}`,
    );
  }
  const allowed = fn === "analyze" ? OPTION_KEYS : OPTION_KEYS.filter((k) => k !== "name");
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      const squash = (k) => k.replace(/[_-]/g, "").toLowerCase();
      const near = allowed.find((k) => squash(k) === squash(key));
      throw new QuoteLensError(
        "invalid-options",
        `unknown option \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ""}: ${fn} takes ${allowed.map((k) => `\`${k}\``).join(", ")}`,
      );
    }
  }
  const { name, ...core } = options;
  if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
    throw new QuoteLensError("invalid-options", "`name` must be a file name such as \"story.html\"");
  }
  return { name, core };
}

function call(run) {
  try {
    return run();
  } catch (error) {
    if (error?.name === "QuoteLensError") throw new QuoteLensError(error.code, error.message);
    throw new QuoteLensError("internal", `QuoteLens failed: ${error?.message ?? error}`);
  }
}

