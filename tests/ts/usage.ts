// How a CMS written in TypeScript uses the npm package; `tsc --noEmit` must accept it (the
// embed e2e test runs it against the packed tarball). The @ts-expect-error lines prove the
// declarations are real types, not `any`: if a type loosened, tsc would flag them as unused.
import { analyze, analyzeMany, init, type QuoteLensError, type Report } from "quotelens";
import type { QuoteLensElement } from "quotelens/element";
import type { Polarity, Quote } from "quotelens/report";

export async function speakersOf(text: string): Promise<string[]> {
  await init();
  const report: Report = await analyze(text, { name: "story.txt", targets: ["ceasefire", { name: "NATO", synonyms: ["the alliance"] }] });
  const quotes: Quote[] = report.documents.flatMap((d) => d.quotes);
  // @ts-expect-error a speaker can be missing (null)
  const first: string = quotes[0].speaker.name;
  void first;
  return quotes.map((q) => (q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ""}` : "unknown"));
}

export async function batch(bytes: Uint8Array): Promise<Polarity[]> {
  const report = await analyzeMany([{ name: "a.txt", text: "..." }, { name: "b.docx", bytes }], { targets: "sanctions" });
  // @ts-expect-error the polarity is one of four words
  const wrong: Polarity = "positive";
  void wrong;
  return report.stance_matrix.map((cell) => cell.stance);
}

export function watch(lens: QuoteLensElement): void {
  lens.addEventListener("quotelens:analyzed", (event) => {
    const count: number = event.detail.documents.length;
    void count;
  });
  lens.addEventListener("quotelens:error", (event) => {
    const error: QuoteLensError | { code: string } = event.detail;
    void error.code;
  });
  const found = document.querySelector("quote-lens");
  if (found) found.text = "A text to analyse.";
}
