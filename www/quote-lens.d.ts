// Types of the <quote-lens> custom element (quote-lens.js). Importing the module defines the
// element; the report types come from types/report.d.ts, generated from the Rust types.
import type { Report } from "./types/report";

export interface QuoteLensErrorDetail {
  code: string;
  message: string;
}

export declare class QuoteLensElement extends HTMLElement {
  /** The last report, or null before the first analysis. */
  readonly report: Report | null;
  /** The text analysed when the element has no `source` attribute. */
  text: string;
  /** Analyses now instead of after the debounce. */
  refresh(): Promise<Report | null>;
}

/** Targets from the attribute's value: a JSON array or "a, b, c". */
export declare function parseTargets(value: string | null): Array<string | { name: string; synonyms?: string[] }>;

declare global {
  interface HTMLElementTagNameMap {
    "quote-lens": QuoteLensElement;
  }
  interface HTMLElementEventMap {
    "quotelens:analyzed": CustomEvent<Report>;
    "quotelens:error": CustomEvent<QuoteLensErrorDetail>;
  }
}
