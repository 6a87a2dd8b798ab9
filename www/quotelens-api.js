// The promise-based JavaScript API of QuoteLens, for pages that embed it (a CMS, the
// <quote-lens> element). `init()` loads the wasm once; `analyze()` and `analyzeMany()` resolve to
// the report the app shows and reject with a QuoteLensError carrying a stable `code` and a
// `message` for people. Types: quotelens-api.d.ts.
import wasmInit, { analyze as analyzeSync, analyzeMany as analyzeManySync } from "../pkg/quotelens.js";

let ready;

/** A rejected call's error: an Error named QuoteLensError with a `code`. */
export function quoteLensError(code, message) {
  const error = new Error(message);
  error.name = "QuoteLensError";
  error.code = code;
  return error;
}

/**
 * Loads and instantiates the wasm module; later calls return the same promise. `wasm` is
 * optional: a URL, Response, bytes or WebAssembly.Module of quotelens_bg.wasm, for pages that
 * serve it somewhere else than beside quotelens.js.
 */
export function init(wasm) {
  if (!ready) {
    ready = wasmInit(wasm === undefined ? undefined : { module_or_path: wasm }).then(
      () => undefined,
      (error) => {
        ready = undefined; // a failed load may be retried
        throw quoteLensError("init-failed", `QuoteLens could not load its WebAssembly: ${error?.message ?? error}`);
      },
    );
  }
  return ready;
}

/**
 * Analyses one article text. `options`: `name` (a file name, default "input.txt"), `targets`
 * (the targets to judge stance toward: "a, b", ["a", "b"] or [{name, synonyms}]) and
 * `max_bytes`. Resolves to a Report; rejects with code "empty", "too-large", "invalid-input",
 * "invalid-options", ...
 */
export async function analyze(text, options) {
  if (typeof text !== "string") {
    throw quoteLensError("invalid-input", "analyze expects the article text as a string");
  }
  const { name, core } = splitOptions(options);
  await init();
  return call(() => analyzeSync(text, name, core));
}

/**
 * Analyses a batch of `{name, text}` or `{name, bytes}` documents; a document that cannot be read
 * carries its own `error` instead of failing the batch. Options as for `analyze` (no `name`).
 */
export async function analyzeMany(docs, options) {
  const { core } = splitOptions(options);
  await init();
  return call(() => analyzeManySync(docs, core));
}

/** Turns the accepted target spellings into the core's [{name, synonyms}]. */
export function normalizeTargets(targets) {
  if (targets === undefined || targets === null) return [];
  const list = typeof targets === "string" ? targets.split(",") : targets;
  if (!Array.isArray(list)) {
    throw quoteLensError("invalid-options", "targets must be a string or an array");
  }
  return list
    .map((t) => (typeof t === "string" ? { name: t.trim(), synonyms: [] } : t))
    .filter((t) => !(t && typeof t.name === "string" && t.name.trim() === ""));
}

function splitOptions(options) {
  if (options === undefined || options === null) return { name: undefined, core: undefined };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw quoteLensError("invalid-options", "options must be an object such as {name, targets}");
  }
  const { name, targets, ...rest } = options;
  if (name !== undefined && typeof name !== "string") {
    throw quoteLensError("invalid-options", "options.name must be a string");
  }
  return { name, core: { ...rest, targets: normalizeTargets(targets) } };
}

function call(run) {
  try {
    return run();
  } catch (error) {
    if (error?.name === "QuoteLensError") throw error;
    throw quoteLensError("internal", `QuoteLens failed: ${error?.message ?? error}`);
  }
}
