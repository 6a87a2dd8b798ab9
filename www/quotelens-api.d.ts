// Types of the promise-based API in quotelens-api.js. The report types come from
// types/report.d.ts, which is generated from the Rust types. Relative imports carry their `.js`
// extension so that `nodenext`/`node16` resolution finds them as well as `bundler` and `node10`.
import type { Report, UserTarget } from "./types/report.js";

export type * from "./types/report.js";

/** Targets to judge stance toward: "a, b", ["a", "b"] or [{name, synonyms}]. */
export type Targets = string | Array<string | UserTarget>;

export interface AnalyzeOptions {
  /** A file name whose extension picks the format (".html", ".md", ".json"); default plain text. */
  name?: string;
  targets?: Targets;
  /** Inputs larger than this many bytes are refused with code "too-large" (default 50 MB). */
  max_bytes?: number;
}

export type BatchOptions = Omit<AnalyzeOptions, "name">;

/** One document of a batch: its text, or its file's bytes (for .docx). */
export type InputDocument = { name: string; text: string } | { name: string; bytes: Uint8Array | ArrayBuffer };

/**
 * Every code a QuoteLensError (or a document's `error`) carries. Of a document: "empty",
 * "too-large", "binary", "unsupported", "invalid-docx", "invalid-json", "no-text",
 * "no-articles". Of a call: "invalid-input", "invalid-options", "init-failed", "cancelled",
 * "internal". Of the <quote-lens> element: "invalid-source", "source-not-found".
 */
export type QuoteLensErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "unsupported"
  | "invalid-docx"
  | "invalid-json"
  | "no-text"
  | "no-articles"
  | "invalid-input"
  | "invalid-options"
  | "init-failed"
  | "cancelled"
  | "internal"
  | "invalid-source"
  | "source-not-found";

/** What a rejected promise carries: `error instanceof QuoteLensError`, `error.code`. */
export declare class QuoteLensError extends Error {
  constructor(code: QuoteLensErrorCode, message: string);
  readonly name: "QuoteLensError";
  readonly code: QuoteLensErrorCode;
}

/** Where the wasm is: a URL, a fetch Response, its bytes or a compiled module. */
export type WasmSource = string | URL | Response | BufferSource | WebAssembly.Module;

export declare function init(wasm?: WasmSource): Promise<void>;
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<Report>;
export declare function analyzeMany(docs: InputDocument[], options?: BatchOptions): Promise<Report>;
/**
 * `analyze` in the package's module worker (the main thread where no worker can start). The
 * same report; its long fields other than quotes, summaries and stance_matrix (over 256 KB of
 * JSON) are decoded when first read.
 */
export declare function analyzeInWorker(text: string, options?: AnalyzeOptions): Promise<Report>;
/** `analyzeMany` in the package's module worker (the main thread where no worker can start). */
export declare function analyzeManyInWorker(docs: InputDocument[], options?: BatchOptions): Promise<Report>;
/** Ends the package's worker; its pending jobs reject with code "cancelled". */
export declare function terminateWorker(): void;
/** Whether jobs run in the worker: true, false (main thread), null before the first job. */
export declare function workerActive(): boolean | null;
/** Bytes of wasm memory the package's worker holds now (0 when none runs). */
export declare function workerMemoryBytes(): number;
/** Bytes of wasm memory QuoteLens holds on this thread (0 before init); it never shrinks. */
export declare function wasmMemoryBytes(): number;
export declare function normalizeTargets(targets?: Targets | null): UserTarget[];
export declare function quoteLensError(code: QuoteLensErrorCode, message: string): QuoteLensError;
