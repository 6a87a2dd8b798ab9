// Types of the <quote-lens> custom element (quote-lens.js). Importing the module defines the
// element; the report types come from types/report.d.ts, generated from the Rust types. The
// events bubble and are composed, so they are typed on elements, `document` and `window`.
import type { Report } from "./types/report.js";
import type { QuoteLensErrorCode } from "./quotelens-api.js";

export interface QuoteLensErrorDetail {
  code: QuoteLensErrorCode;
  message: string;
}

export declare class QuoteLensElement extends HTMLElement {
  /** The last report, or null before the first analysis and after a failed one. */
  readonly report: Report | null;
  /** The text analysed when the element has no `source` attribute. */
  text: string;
  /** Analyses now instead of after the debounce (call it after setting a field's value from code). */
  refresh(): Promise<Report | null>;
}

/** Targets from the attribute's value: a JSON array or "a, b, c". */
export declare function parseTargets(value: string | null): Array<string | { name: string; synonyms?: string[] }>;

interface QuoteLensEventMap {
  "quotelens:analyzed": CustomEvent<Report>;
  "quotelens:error": CustomEvent<QuoteLensErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "quote-lens": QuoteLensElement;
  }
  interface HTMLElementEventMap extends QuoteLensEventMap {}
  interface DocumentEventMap extends QuoteLensEventMap {}
  interface WindowEventMap extends QuoteLensEventMap {}
}
