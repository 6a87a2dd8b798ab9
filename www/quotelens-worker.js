// The module worker of the npm package: runs `analyze` and `analyzeMany` of quotelens-core.js off
// the page's main thread for `analyzeInWorker` and the <quote-lens> element. Each message is one
// job `{id, kind, text | docs, options, wasm}`; the answer is `{id, ok, report | error, memory}`,
// `memory` being the worker's wasm memory in bytes, by which the page decides to replace it.
import { analyze, analyzeMany, init, wasmMemoryBytes } from "./quotelens-core.js";

self.onmessage = async ({ data }) => {
  const { id, kind, text, docs, options, wasm } = data;
  try {
    await init(wasm);
    const report = kind === "analyzeMany" ? await analyzeMany(docs, options) : await analyze(text, options);
    self.postMessage({ id, ok: true, report, memory: wasmMemoryBytes() });
  } catch (error) {
    const code = error?.code ?? "internal";
    self.postMessage({ id, ok: false, error: { code, message: String(error?.message ?? error) }, memory: wasmMemoryBytes() });
  }
};
