// How a CMS written in TypeScript uses the npm package; `tsc --noEmit --strict` must accept it
// under every module resolution (the e2e tests run it against the packed tarball with
// `bundler`, `nodenext`, `node16` and `node10`, with and without skipLibCheck). The lines
// expecting an error and the IsAny checks prove the declarations are real types, not `any`:
// if a type loosened, tsc would flag them.
import {
  analyze,
  analyzeInWorker,
  analyzeMany,
  init,
  QuoteLensError,
  type InputDocument,
  type QuoteLensErrorCode,
  type Report,
} from "quotelens";
import type { QuoteLensElement } from "quotelens/element";
import type { Polarity, Quote } from "quotelens/report";
// The wasm inside the JavaScript (bundlers that leave files behind): resolves, exports nothing.
import "quotelens/inline";

/** true when T is `any` (which every type is assignable to and from). */
type IsAny<T> = 0 extends 1 & T ? true : false;
const analyzeIsTyped: IsAny<Awaited<ReturnType<typeof analyze>>> = false;
const workerIsTyped: IsAny<Awaited<ReturnType<typeof analyzeInWorker>>> = false;
const elementIsTyped: IsAny<QuoteLensElement> = false;
void [analyzeIsTyped, workerIsTyped, elementIsTyped];

export async function speakersOf(text: string): Promise<string[]> {
  await init();
  const report: Report = await analyze(text, { name: "story.txt", targets: ["ceasefire", { name: "NATO", synonyms: ["the alliance"] }] });
  const quotes: Quote[] = report.documents.flatMap((d) => d.quotes);
  // @ts-expect-error a speaker can be missing (null)
  const first: string = quotes[0].speaker.name;
  void first;
  // @ts-expect-error options are checked: a misspelt key is an error here too
  void analyze(text, { maxBytes: 100 });
  return quotes.map((q) => (q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ""}` : "unknown"));
}

export async function batch(bytes: Uint8Array): Promise<Polarity[]> {
  const docs: InputDocument[] = [{ name: "a.txt", text: "..." }, { name: "b.docx", bytes }];
  const report = await analyzeMany(docs, { targets: "sanctions" });
  // @ts-expect-error the polarity is one of four words
  const wrong: Polarity = "positive";
  void wrong;
  return report.stance_matrix.map((cell) => cell.stance);
}

export async function guarded(text: string): Promise<string> {
  try {
    return (await analyzeInWorker(text)).summaries.map((s) => s.line).join("\n");
  } catch (error) {
    if (error instanceof QuoteLensError) {
      const code: QuoteLensErrorCode = error.code;
      // @ts-expect-error codes are a closed list
      const invented: QuoteLensErrorCode = "kaput";
      void invented;
      return code === "too-large" ? "too long" : error.message;
    }
    throw error;
  }
}

export function watch(lens: QuoteLensElement): void {
  lens.addEventListener("quotelens:analyzed", (event) => {
    const count: number = event.detail.documents.length;
    void count;
  });
  lens.addEventListener("quotelens:error", (event) => {
    const code: QuoteLensErrorCode = event.detail.code;
    void code;
  });
  // Delegated listeners on document and window are typed too.
  document.addEventListener("quotelens:analyzed", (event) => {
    const quotes: Quote[] = event.detail.documents.flatMap((d) => d.quotes);
    void quotes;
  });
  window.addEventListener("quotelens:error", (event) => void event.detail.message);
  const found = document.querySelector("quote-lens");
  if (found) found.text = "A text to analyse.";
  // The DOM's own Document type is not shadowed by anything the package exports.
  const doc: Document = document;
  void doc.title;
}
