// The module worker of the npm package: runs `analyze` and `analyzeMany` of quotelens-core.js off
// the page's main thread for `analyzeInWorker` and the <quote-lens> element. Each message is one
// job `{id, kind, text | docs, options, wasm}`. A report comes in pieces: `{id, head}`, the report
// with its long lists (a 20 MB article sets aside a hundred thousand blocks) empty, then
// `{id, part}` messages of at most PART_SIZE items of those lists, so that the page decodes each
// in a short task; then `{id, ok: true, memory}`, or `{id, ok: false, error, memory}` for a job
// that failed. `memory` is the worker's wasm memory in bytes, by which the page decides to
// replace it.
import { analyze, analyzeMany, init, wasmMemoryBytes } from "./quotelens-core.js";

const PART_SIZE = 100;

/**
 * Sends `report` as `{id, head}` (the report with its long lists empty), then those lists in
 * `{id, part}` messages, so the page decodes and adds each part in a short task of its own.
 */
function sendReport(id, report) {
  const parts = [];
  const owners = [["", report], ...report.documents.map((doc, i) => [i, doc])];
  for (const [doc, owner] of owners) {
    for (const [field, value] of Object.entries(owner)) {
      if (!Array.isArray(value) || value.length <= PART_SIZE) continue;
      for (let start = 0; start < value.length; start += PART_SIZE) {
        parts.push({ doc, field, items: value.slice(start, start + PART_SIZE) });
      }
      owner[field] = [];
    }
  }
  self.postMessage({ id, head: report });
  for (const part of parts) self.postMessage({ id, part });
}

self.onmessage = async ({ data }) => {
  const { id, kind, text, docs, options, wasm } = data;
  try {
    await init(wasm);
    const report = kind === "analyzeMany" ? await analyzeMany(docs, options) : await analyze(text, options);
    sendReport(id, report);
    self.postMessage({ id, ok: true, memory: wasmMemoryBytes() });
  } catch (error) {
    const code = error?.code ?? "internal";
    self.postMessage({ id, ok: false, error: { code, message: String(error?.message ?? error) }, memory: wasmMemoryBytes() });
  }
};
