// The module worker of the npm package: runs `analyze` and `analyzeMany` of quotelens-core.js off
// the page's main thread for `analyzeInWorker` and the <quote-lens> element. A long text comes in
// `{id, piece}` messages before its job; each job is `{id, kind, text | docs, options, wasm,
// pieces}`. A report goes back in pieces, so that the page never spends long on one message:
// `{id, head}`, the report with its long fields empty; `{id, packed: {doc, field, bytes}}` for
// each long field the page reads only on demand (the article's text, the set-aside blocks, people,
// stance evidence: UTF-8 JSON in a transferred buffer, so the page neither copies nor decodes it
// unless asked); `{id, part: {doc, field, json}}`, items of a long array as UTF-8 JSON (about
// PART_CHARS at a time, in a transferred buffer); then `{id, ok: true, memory}`, or
// `{id, ok: false, error, memory}`. `memory` is the worker's wasm memory in bytes, by which the
// page decides to replace it.
import { analyze, analyzeMany, init, wasmMemoryBytes } from "./quotelens-core.js";

const PART_SIZE = 100;
/**
 * A part holds items up to this much JSON, as UTF-8 in a transferred buffer that the page parses.
 * Thousands of quotations made into objects on the page fill its young generation with objects
 * that all stay, and each minor collection then copies megabytes (8 pauses of 10-70 ms for
 * 33,000 quotations); parsed from JSON texts this long, half as many collections (measured).
 */
const PART_CHARS = 128 * 1024;
/** A field of a document whose JSON is longer than this is packed (on the page: lazy). */
const PACK_CHARS = 256 * 1024;
/** Fields the <quote-lens> element reads: never packed, sent in parts when long. */
const SHOWN = new Set(["quotes", "summaries", "stance_matrix", "name", "headline"]);

const encoder = new TextEncoder();
const pieces = new Map();

function sendReport(id, report) {
  const packed = [];
  const parts = [];
  const owners = [["", report], ...report.documents.map((doc, i) => [i, doc])];
  for (const [doc, owner] of owners) {
    for (const [field, value] of Object.entries(owner)) {
      if (field === "documents") continue;
      if (!SHOWN.has(field) && (Array.isArray(value) || typeof value === "string")) {
        const json = JSON.stringify(value);
        if (json.length > PACK_CHARS) {
          packed.push({ doc, field, bytes: encoder.encode(json) });
          owner[field] = Array.isArray(value) ? [] : "";
          continue;
        }
      }
      if (!Array.isArray(value) || value.length <= PART_SIZE) continue;
      let items = [];
      let chars = 0;
      const flush = () => {
        parts.push({ doc, field, json: encoder.encode(`[${items.join(",")}]`) });
        items = [];
        chars = 0;
      };
      for (const item of value) {
        const json = JSON.stringify(item);
        items.push(json);
        chars += json.length;
        if (chars >= PART_CHARS) flush();
      }
      if (items.length > 0) flush();
      owner[field] = [];
    }
  }
  self.postMessage({ id, head: report });
  for (const pack of packed) self.postMessage({ id, packed: pack }, [pack.bytes.buffer]);
  for (const part of parts) self.postMessage({ id, part }, [part.json.buffer]);
}

self.onmessage = async ({ data }) => {
  if (data.piece !== undefined) {
    if (!pieces.has(data.id)) pieces.set(data.id, []);
    pieces.get(data.id).push(data.piece);
    return;
  }
  const { id, kind, docs, options, wasm } = data;
  let text = data.text;
  if (data.pieces) {
    text = (pieces.get(id) ?? []).join("");
    pieces.delete(id);
  }
  try {
    await init(wasm);
    const report = kind === "analyzeMany" ? await analyzeMany(docs, options) : await analyze(text, options);
    text = null;
    sendReport(id, report);
    self.postMessage({ id, ok: true, memory: wasmMemoryBytes() });
  } catch (error) {
    const code = error?.code ?? "internal";
    self.postMessage({ id, ok: false, error: { code, message: String(error?.message ?? error) }, memory: wasmMemoryBytes() });
  }
};
