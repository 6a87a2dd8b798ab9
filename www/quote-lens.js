// <quote-lens>: a custom element that shows the quotations of an article, who said them (name
// and role) and the speakers' stance toward chosen targets. It reads its text from the host page
// (`source`, a CSS selector; live as the text changes) or from its `text` property, analyses it
// in the package's worker (the main thread where no worker can start) and renders in its own
// shadow root with a constructable stylesheet, so it needs no extra file, runs under a strict CSP
// and the host's CSS cannot reach in. Fires `quotelens:analyzed` (detail: the report) after each
// analysis and `quotelens:error` (detail: {code, message}) when one fails. Importing it outside
// a browser (server-side rendering) is harmless: it defines the element only where it can.
import { analyze, analyzeInWorker } from "./quotelens-api.js";
import { CSS, stylesheet } from "./quote-lens-styles.js";

const DEBOUNCE_MS = 300;
const STANCE_WORDS = { favor: "favours", against: "opposes", neutral: "is neutral on", mixed: "is mixed on" };
/** Quotations the list shows at first, and adds per press of its "Show more" button. */
const PAGE_SIZE = 200;
/** Stance lines shown at most; a long article has one per speaker, thousands of them. */
const STANCE_LINES = 100;
/** Quotations (and stance lines) added to the panel per frame. */
const SLICE = 10;
/** Quotations whose speakers are counted per task. */
const COUNT_CHUNK = 4000;
let count = 0;

/**
 * Resolves in a task after the next frame is drawn, so that each slice of the list is laid out
 * on its own; or after 100 ms where no frame comes (a page in a background tab draws none).
 */
function nextFrame() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}

/** Resolves in a task of its own. */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Targets from the attribute: a JSON array (of strings or {name, synonyms}) or "a, b, c". */
export function parseTargets(value) {
  const text = (value ?? "").trim();
  if (text.startsWith("[")) {
    try {
      const list = JSON.parse(text);
      if (Array.isArray(list)) return list;
    } catch {
      // not JSON after all: read it as a comma-separated list
    }
  }
  return text.split(",").map((t) => t.trim()).filter(Boolean);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** The text of a source element: a form field's value, or what a reader sees of an element. */
function textOf(node) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) return node.value;
  return node.innerText ?? node.textContent ?? "";
}

/** Outside a browser there is no HTMLElement: the class then extends a stand-in, undefined. */
const Base = globalThis.HTMLElement ?? class {};

export class QuoteLensElement extends Base {
  static observedAttributes = ["targets", "mode", "source", "theme", "worker"];

  #text = null;
  #timer = 0;
  #run = 0;
  #sources = [];
  #observer = null;
  #report = null;
  #sourceProblem = null;
  #quotes = [];
  #full = false;
  #rendering = 0;
  #primed = false;
  #shownRun = 0;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    const id = `quote-lens-${++count}`;
    const root = this.attachShadow({ mode: "open" });
    this.heading = el("h2", { id: `${id}-title`, class: "title", part: "title" }, "Quotations");
    this.status = el("p", { class: "status", part: "status", role: "status", "aria-live": "polite", "data-testid": "status" });
    this.list = el("ol", {
      class: "quotes",
      part: "quotes",
      "aria-label": "Quotations and who said them",
      "data-testid": "quotes",
      tabindex: "0", // it scrolls on its own in compact mode
    });
    this.moreButton = el("button", { type: "button", class: "more", part: "more", "data-testid": "more", hidden: "" });
    this.moreButton.addEventListener("click", () => this.#showMore());
    this.stanceTitle = el("h3", { id: `${id}-stance`, class: "subtitle" }, "Stance");
    this.stance = el("ul", { class: "stance", part: "stance", "aria-labelledby": `${id}-stance`, "data-testid": "stance" });
    this.panel = el(
      "section",
      { class: "panel", part: "panel", role: "region", "aria-labelledby": `${id}-title`, "aria-busy": "false" },
      el("header", {}, this.heading, this.status),
      this.list,
      this.moreButton,
      el("div", { class: "stance-block" }, this.stanceTitle, this.stance),
    );
    const sheet = stylesheet();
    if (sheet) root.adoptedStyleSheets = [sheet];
    else root.append(el("style", {}, CSS)); // browsers before constructable stylesheets
    root.append(this.panel);
  }

  /** The last report, or null. */
  get report() {
    return this.#report;
  }

  /** Text to analyse when there is no `source`; setting it analyses it. */
  get text() {
    return this.#text ?? "";
  }

  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#schedule(0);
  }

  connectedCallback() {
    // A `text` set before this module defined the element sits on the instance and would
    // shadow the accessor: move it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, "text")) {
      const value = this.text;
      delete this.text;
      this.text = value;
    }
    this.#connectSources();
    this.#schedule(0);
    this.#primeFonts();
  }

  /**
   * Lays out, hidden, one sample of each kind of line the list draws, then removes it. The
   * first time a page draws a typeface at a size, Chromium asks its browser process for the
   * font (a synchronous round trip per face and size): 10-50 ms on a loaded machine, which
   * would otherwise land in the frame that shows an article's first quotations.
   */
  #primeFonts() {
    if (this.#primed) return;
    this.#primed = true;
    const sample = (kind, speaker) => this.#quoteItem({ kind, text: "“Sample” — ‘text’, façade… 1–2", speaker }, true);
    const primer = el(
      "div",
      { class: "primer", "aria-hidden": "true" },
      el("p", { class: "title" }, "Quotations"),
      el("p", { class: "status" }, "Sample …"),
      el(
        "ol",
        { class: "quotes" },
        sample("direct", { name: "Name", role: "role" }),
        sample("partial", null),
        sample("indirect", { name: "Name", role: null }),
      ),
      el("h3", { class: "subtitle" }, "Stance"),
      el("ul", { class: "stance" }, el("li", {}, "Sample line")),
      el("button", { type: "button", class: "more", tabindex: "-1" }, "Show more"),
    );
    for (const node of primer.querySelectorAll("[data-testid], [part]")) {
      node.removeAttribute("data-testid");
      node.removeAttribute("part");
    }
    this.panel.append(primer);
    // Removed in the task after the next frame, which has laid it out; no frame, no removal:
    // a page in a background tab keeps it, hidden, until it draws one.
    requestAnimationFrame(() => setTimeout(() => primer.remove(), 0));
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#disconnectSources();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "theme") return; // CSS alone
    if (name === "source") this.#connectSources();
    if (name === "mode" && this.#report) void this.#render(this.#report);
    else this.#schedule(0);
  }

  /** Analyses now instead of after the debounce; resolves to the report (or null). */
  async refresh() {
    clearTimeout(this.#timer);
    return this.#analyze();
  }

  #connectSources() {
    this.#disconnectSources();
    this.#sourceProblem = null;
    const selector = this.getAttribute("source");
    if (!selector) return;
    try {
      this.#sources = [...document.querySelectorAll(selector)];
    } catch {
      this.#sourceProblem = {
        code: "invalid-source",
        message: `The source "${selector}" is not a valid CSS selector: write it as for document.querySelectorAll, such as "#body" or "article .text".`,
      };
      return;
    }
    // Typing fires input; pickers and some editors only change; a rich-text editor or a
    // script rewriting an element changes the DOM. A textarea's value set from code fires
    // nothing at all: the page calls refresh() then.
    this.#observer = new MutationObserver(this.#onInput);
    for (const node of this.#sources) {
      node.addEventListener("input", this.#onInput);
      node.addEventListener("change", this.#onInput);
      this.#observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["value"] });
    }
  }

  #disconnectSources() {
    for (const node of this.#sources) {
      node.removeEventListener("input", this.#onInput);
      node.removeEventListener("change", this.#onInput);
    }
    this.#observer?.disconnect();
    this.#observer = null;
    this.#sources = [];
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#analyze(), delay);
  }

  #currentText() {
    if (this.getAttribute("source")) {
      // Several matches (a headline field and a body) read as paragraphs of one article.
      const texts = this.#sources.map(textOf).filter((t) => /\S/.test(t));
      return texts.length === 1 ? texts[0] : texts.map((t) => t.trim()).join("\n\n");
    }
    return this.#text ?? "";
  }

  async #analyze() {
    const run = ++this.#run;
    const source = this.getAttribute("source");
    if (source) {
      // The source may have been added (or re-rendered) by the page after this element.
      const stale = this.#sources.length === 0 || this.#sources.some((node) => !node.isConnected);
      if (stale && !this.#sourceProblem) this.#connectSources();
      const problem =
        this.#sourceProblem ??
        (this.#sources.length === 0
          ? { code: "source-not-found", message: `Nothing on the page matches the source "${source}".` }
          : null);
      if (problem) {
        this.#fail(problem);
        return null;
      }
    }
    const text = this.#currentText();
    if (!/\S/.test(text)) {
      this.#report = null;
      this.#clear("Nothing to analyse yet: quotations appear here as the article is written.");
      return null;
    }
    this.panel.setAttribute("aria-busy", "true");
    try {
      const options = { targets: this.#targets() };
      const useWorker = this.getAttribute("worker") !== "off";
      const report = await (useWorker ? analyzeInWorker(text, options) : analyze(text, options));
      // Rendering and the host's listeners each get a task of their own, apart from the one
      // that received the report: no single task does all three for a long article.
      await nextTask();
      if (run !== this.#run) return report; // a newer text is on its way
      this.#report = report;
      await this.#render(report);
      if (run !== this.#run) return report;
      await nextTask();
      this.dispatchEvent(new CustomEvent("quotelens:analyzed", { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      if (run !== this.#run) return null;
      this.#fail({ code: error?.code ?? "internal", message: error?.message ?? String(error) });
      return null;
    } finally {
      if (run === this.#run) this.panel.setAttribute("aria-busy", "false");
    }
  }

  /** Shows a problem in the panel and fires quotelens:error. */
  #fail(detail) {
    this.#report = null;
    this.#showProblem(detail.message, detail.code);
    this.dispatchEvent(new CustomEvent("quotelens:error", { detail, bubbles: true, composed: true }));
  }

  #targets() {
    return parseTargets(this.getAttribute("targets"));
  }

  #clear(status) {
    this.#shownRun++;
    this.status.textContent = status;
    this.#quotes = [];
    this.#rendering++;
    this.moreButton.hidden = true;
    this.list.replaceChildren();
    this.stance.replaceChildren();
    this.stanceTitle.hidden = true;
  }

  #showProblem(message, code = "source") {
    this.#clear("");
    this.status.replaceChildren(el("span", { class: "problem", "data-code": code, "data-testid": "error" }, message));
  }

  /**
   * Shows a report. For a long article every step is cut into tasks: the speakers are counted a
   * few thousand quotations per task, the list and the stance lines grow a slice per frame.
   */
  async #render(report) {
    const run = ++this.#shownRun;
    const full = this.getAttribute("mode") === "full";
    this.panel.classList.toggle("full", full);
    const quotes = report.documents.length === 1 ? report.documents[0].quotes : [].concat(...report.documents.map((d) => d.quotes));
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    // A long article has thousands of quotations: the list shows them a page at a time (a
    // list that long would make every layout of the host page slow), and a button adds more.
    this.#quotes = quotes;
    this.#full = full;
    this.list.replaceChildren();
    this.stance.replaceChildren();
    this.stanceTitle.hidden = true;
    const speakers = new Set();
    for (let start = 0; start < quotes.length; start += COUNT_CHUNK) {
      if (start > 0 && !(await this.#stillShowing(run, nextTask))) return;
      for (const quote of quotes.slice(start, start + COUNT_CHUNK)) if (quote.speaker?.name) speakers.add(quote.speaker.name);
    }
    this.status.textContent = quotes.length
      ? `${plural(quotes.length, "quotation")} from ${plural(speakers.size, "speaker")}`
      : "No quotations found.";
    await this.#showMore();
    if (run !== this.#shownRun) return;
    const lines = this.#stanceLines(report);
    const shownLines =
      lines.length > STANCE_LINES ? [...lines.slice(0, STANCE_LINES), `… and ${lines.length - STANCE_LINES} more in the report.`] : lines;
    this.stanceTitle.hidden = lines.length === 0;
    for (let start = 0; start < shownLines.length; start += SLICE) {
      if (start > 0 && !(await this.#stillShowing(run, nextFrame))) return;
      this.stance.append(...shownLines.slice(start, start + SLICE).map((line) => el("li", { "data-testid": "stance-line" }, line)));
    }
  }

  /** Waits (`wait`: nextTask or nextFrame); false when another report or a problem took over. */
  async #stillShowing(run, wait) {
    await wait();
    return run === this.#shownRun;
  }

  /**
   * Adds the next page of quotations, SLICE at a time, each slice in a task of its own: laying
   * out and painting 200 quotations at once is a task of 50 ms or more on a slow machine.
   */
  async #showMore() {
    const rendering = ++this.#rendering;
    const end = Math.min(this.list.children.length + PAGE_SIZE, this.#quotes.length);
    this.moreButton.hidden = true;
    while (this.list.children.length < end) {
      const shown = this.list.children.length;
      this.list.append(...this.#quotes.slice(shown, Math.min(shown + SLICE, end)).map((q) => this.#quoteItem(q, this.#full)));
      if (this.list.children.length < end) await nextFrame();
      if (rendering !== this.#rendering) return; // a newer report or page took over
    }
    const rest = this.#quotes.length - this.list.children.length;
    this.moreButton.hidden = rest === 0;
    this.moreButton.textContent = `Show ${Math.min(rest, PAGE_SIZE)} more of ${rest} quotations`;
  }

  #quoteItem(quote, full) {
    const speaker = quote.speaker;
    const who = speaker
      ? el(
          "p",
          { class: "who", part: "speaker" },
          el("span", { class: "name", "data-testid": "speaker-name" }, speaker.name),
          speaker.role ? el("span", { class: "role", "data-testid": "speaker-role" }, speaker.role) : null,
        )
      : el("p", { class: "who unknown", part: "speaker", "data-testid": "speaker-name" }, "Speaker not found");
    const text = full || quote.text.length <= 160 ? quote.text : `${quote.text.slice(0, 157).trimEnd()}…`;
    return el(
      "li",
      { class: `quote ${quote.kind}`, part: "quote", "data-testid": "quote", "data-kind": quote.kind },
      el("blockquote", { part: "quote-text", "data-testid": "quote-text", title: quote.text }, text),
      who,
      full ? el("p", { class: "kind" }, `${quote.kind} quotation`) : null,
    );
  }

  /** With targets: one line per speaker and asked-for target. Without: the report's summaries. */
  #stanceLines(report) {
    const targets = this.#targets().map((t) => (typeof t === "string" ? t : t?.name ?? "")).filter(Boolean);
    if (targets.length === 0) return report.summaries.map((s) => s.line);
    return targets.flatMap((target) => {
      const cells = report.stance_matrix.filter((c) => c.target.toLowerCase() === target.toLowerCase());
      if (cells.length === 0) return [`No stance toward ${target} found.`];
      return cells.map((c) => `${c.speaker} ${STANCE_WORDS[c.stance] ?? c.stance} ${c.target}`);
    });
  }
}

if (globalThis.customElements && !customElements.get("quote-lens")) customElements.define("quote-lens", QuoteLensElement);
