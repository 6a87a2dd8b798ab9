// The promise-based JavaScript API of QuoteLens, for pages that embed it (a CMS, the
// <quote-lens> element) and for Node: everything of quotelens-core.js (`init`, `analyze`,
// `analyzeMany`, `QuoteLensError`), plus `analyzeInWorker()` and `analyzeManyInWorker()`, which
// do the same work in the package's module worker (quotelens-worker.js) so the page never waits
// on it, and start a fresh worker after a large job so its memory goes back to the system.
// Types: quotelens-api.d.ts. Nothing here touches the DOM when the module loads.
import { analyze, analyzeMany, checkAnalyzeArgs, checkOptions, embeddedModule, QuoteLensError, wasmSourceGiven } from "./quotelens-core.js";

export { analyze, analyzeMany, init, normalizeTargets, QuoteLensError, quoteLensError, wasmMemoryBytes } from "./quotelens-core.js";

/** A worker whose wasm memory has grown past this is replaced after its job. */
const RECYCLE_BYTES = 64 * 1024 * 1024;
/** How long a worker past RECYCLE_BYTES stays after its job (a job started meanwhile keeps it). */
const RECYCLE_DELAY_MS = 1500;
/** A text longer than this (in UTF-16 code units) goes to the worker in pieces of this size. */
const PIECE_CHARS = 1 << 16;

let worker = null;
let workerMemory = 0;
let workerWorks = null; // null: not known yet; false: cannot start here (use the main thread)
let nextJob = 0;
let recycleTimer = 0;
const jobs = new Map();

function startWorker() {
  if (worker) return worker;
  if (typeof Worker !== "function") workerWorks = false; // Node, or an old browser
  if (workerWorks === false) return null;
  try {
    // This exact form lets Vite, webpack and Parcel find and bundle the worker file.
    worker = new Worker(new URL("./quotelens-worker.js", import.meta.url), { type: "module", name: "quotelens" });
  } catch {
    workerWorks = false; // a CSP without worker-src 'self', or no module workers
    return null;
  }
  const current = worker;
  current.onmessage = ({ data }) => {
    workerWorks = true;
    const job = jobs.get(data.id);
    if (!job) return;
    if (data.head) {
      job.report = data.head;
      return;
    }
    if (data.part) {
      const { doc, field, json } = data.part;
      const owner = doc === "" ? job.report : job.report.documents[doc];
      for (const item of JSON.parse(new TextDecoder().decode(json))) owner[field].push(item);
      return;
    }
    if (data.packed) {
      const { doc, field, bytes } = data.packed;
      readOnDemand(doc === "" ? job.report : job.report.documents[doc], field, bytes);
      return;
    }
    workerMemory = data.memory ?? 0;
    jobs.delete(data.id);
    if (data.ok) job.resolve(job.report);
    else job.reject(new QuoteLensError(data.error.code, data.error.message));
    // wasm memory never shrinks: after a large job, a fresh worker gives it back. Not at once:
    // a worker freeing hundreds of MB keeps a core busy while the page shows the report.
    if (data.memory > RECYCLE_BYTES && jobs.size === 0) recycleLater(current);
  };
  current.onerror = (event) => {
    event.preventDefault?.();
    const neverWorked = workerWorks !== true;
    if (neverWorked) workerWorks = false;
    stopWorker();
    // A worker that never ran (its file missing, blocked) leaves its jobs to the main thread.
    const pending = [...jobs.values()].filter((j) => j.worker === current);
    for (const job of pending) {
      jobs.delete(job.id);
      if (neverWorked) job.fallback().then(job.resolve, job.reject);
      else job.reject(new QuoteLensError("internal", `QuoteLens's worker stopped: ${event.message ?? "unknown error"}`));
    }
  };
  return worker;
}

/**
 * Makes `owner[field]` read its value from `bytes` (UTF-8 JSON) when first read, then hold it as
 * a plain value. A 20 MB article's text and its hundred thousand set-aside blocks would otherwise
 * be copied and turned into objects on the page's main thread as they arrive, in garbage
 * collections of 50-90 ms each, though the element never reads them; a page that does reads
 * them at once, when it asks.
 */
function readOnDemand(owner, field, bytes) {
  let read = false;
  let value;
  const settle = (next) => {
    read = true;
    value = next;
    bytes = null;
    try {
      Object.defineProperty(owner, field, { value, writable: true, enumerable: true, configurable: true });
    } catch {
      // The page froze the report: the accessor stays and answers with the value.
    }
    return value;
  };
  Object.defineProperty(owner, field, {
    enumerable: true,
    configurable: true,
    get: () => (read ? value : settle(JSON.parse(new TextDecoder().decode(bytes)))),
    set: settle,
  });
}

/** Ends the package's worker now (a fresh one starts with the next job); pending jobs reject. */
export function terminateWorker() {
  const pending = [...jobs.values()].filter((j) => j.worker === worker);
  stopWorker();
  for (const job of pending) {
    jobs.delete(job.id);
    job.reject(new QuoteLensError("cancelled", "QuoteLens's worker was terminated before the job finished"));
  }
}

/** Ends `which` after RECYCLE_DELAY_MS unless a job is running in it then. */
function recycleLater(which) {
  clearTimeout(recycleTimer);
  recycleTimer = setTimeout(() => {
    if (worker === which && ![...jobs.values()].some((j) => j.worker === which)) stopWorker();
  }, RECYCLE_DELAY_MS);
}

function stopWorker() {
  clearTimeout(recycleTimer);
  worker?.terminate();
  worker = null;
  workerMemory = 0;
}

/** Bytes of wasm memory the package's worker holds now (0 when none runs). */
export function workerMemoryBytes() {
  return workerMemory;
}

/** Whether jobs run in the package's worker: true, false, or null before the first job. */
export function workerActive() {
  return workerWorks === false ? false : workerWorks;
}

async function inWorker(message, fallback) {
  // The worker uses the wasm `init()` was given, when it can be sent to a worker, or the one
  // quotelens/inline carries, compiled once here and sent as a WebAssembly.Module (no copy).
  let given = wasmSourceGiven();
  if (given === undefined) {
    try {
      given = await embeddedModule();
    } catch {
      return fallback(); // it does not compile here: init() on this thread says why
    }
  }
  const wasm = given instanceof URL ? given.href : given;
  const sendable = !(typeof Response === "function" && wasm instanceof Response);
  const target = sendable ? startWorker() : null;
  if (!target) return fallback();
  return new Promise((resolve, reject) => {
    const id = ++nextJob;
    jobs.set(id, { id, worker: target, resolve, reject, fallback, report: null });
    const url = typeof wasm === "string" ? new URL(wasm, globalThis.document?.baseURI ?? import.meta.url).href : wasm;
    const { text, ...rest } = message;
    if (typeof text !== "string" || text.length <= PIECE_CHARS) {
      target.postMessage({ id, wasm: url, ...message });
      return;
    }
    // Copying a 20 MB string into one message takes the page 30 ms or more: it goes in pieces,
    // each posted in a task of its own.
    (async () => {
      for (let start = 0; start < text.length; start += PIECE_CHARS) {
        if (start > 0) await nextTask();
        if (!jobs.has(id)) return; // terminated meanwhile
        target.postMessage({ id, piece: text.slice(start, start + PIECE_CHARS) });
      }
      target.postMessage({ id, wasm: url, ...rest, pieces: true });
    })();
  });
}

/** Resolves in a new task (a message to itself: not clamped as nested timeouts are). */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `analyze` in the package's worker; falls back to the main thread where no worker can run. */
export async function analyzeInWorker(text, options) {
  checkAnalyzeArgs(text, options);
  return inWorker({ kind: "analyze", text, options }, () => analyze(text, options));
}

/** `analyzeMany` in the package's worker; falls back to the main thread where none can run. */
export async function analyzeManyInWorker(docs, options) {
  checkOptions(options, "analyzeMany");
  return inWorker({ kind: "analyzeMany", docs, options }, () => analyzeMany(docs, options));
}
