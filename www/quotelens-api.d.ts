// Types of the promise-based API in quotelens-api.js. The report types come from
// types/report.d.ts, which is generated from the Rust types.
import type { Report, UserTarget } from "./types/report";

export type * from "./types/report";

/** Targets to judge stance toward: "a, b", ["a", "b"] or [{name, synonyms}]. */
export type Targets = string | Array<string | UserTarget>;

export interface AnalyzeOptions {
  /** The document's file name; its extension picks the format (default "input.txt"). */
  name?: string;
  targets?: Targets;
  /** Inputs larger than this are refused with code "too-large". */
  max_bytes?: number;
}

export type BatchOptions = Omit<AnalyzeOptions, "name">;

export type Document = { name: string; text: string } | { name: string; bytes: Uint8Array | ArrayBuffer };

/** What a rejected promise carries. */
export interface QuoteLensError extends Error {
  name: "QuoteLensError";
  /** Stable: "empty", "too-large", "binary", "unsupported", "invalid-input", "invalid-options", "init-failed", "internal", ... */
  code: string;
}

export function init(wasm?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
export function analyze(text: string, options?: AnalyzeOptions): Promise<Report>;
export function analyzeMany(docs: Document[], options?: BatchOptions): Promise<Report>;
export function normalizeTargets(targets?: Targets | null): UserTarget[];
export function quoteLensError(code: string, message: string): QuoteLensError;
