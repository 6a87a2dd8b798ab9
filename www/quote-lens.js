// <quote-lens>: a custom element that shows the quotations of an article, who said them (name
// and role) and the speakers' stance toward chosen targets. It reads its text from the host page
// (`source`, a CSS selector; live as the text changes) or from its `text` property, and renders
// in its own shadow root with its own stylesheet file, so it runs under a strict CSP and the
// host's CSS cannot break it. Fires `quotelens:analyzed` (detail: the report) after each
// analysis and `quotelens:error` (detail: {code, message}) when one fails.
import { analyze, init } from "./quotelens-api.js";

const STYLESHEET = new URL("./quote-lens.css", import.meta.url).href;
const DEBOUNCE_MS = 300;
const STANCE_WORDS = { favor: "favours", against: "opposes", neutral: "is neutral on", mixed: "is mixed on" };
let count = 0;

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

export class QuoteLensElement extends HTMLElement {
  static observedAttributes = ["targets", "mode", "source"];

  #text = null;
  #timer = 0;
  #run = 0;
  #sources = [];
  #observer = null;
  #report = null;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    const id = `quote-lens-${++count}`;
    const root = this.attachShadow({ mode: "open" });
    this.heading = el("h2", { id: `${id}-title`, class: "title" }, "Quotations");
    this.status = el("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": "status" });
    this.list = el("ol", {
      class: "quotes",
      "aria-label": "Quotations and who said them",
      "data-testid": "quotes",
      tabindex: "0", // it scrolls on its own in compact mode
    });
    this.stanceTitle = el("h3", { id: `${id}-stance`, class: "subtitle" }, "Stance");
    this.stance = el("ul", { class: "stance", "aria-labelledby": `${id}-stance`, "data-testid": "stance" });
    this.panel = el(
      "section",
      { class: "panel", part: "panel", role: "region", "aria-labelledby": `${id}-title`, "aria-busy": "false" },
      el("header", {}, this.heading, this.status),
      this.list,
      el("div", { class: "stance-block" }, this.stanceTitle, this.stance),
    );
    root.append(el("link", { rel: "stylesheet", href: STYLESHEET }), this.panel);
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
    this.#connectSources();
    this.#schedule(0);
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#disconnectSources();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "source") this.#connectSources();
    if (name === "mode" && this.#report) this.#render(this.#report);
    else this.#schedule(0);
  }

  /** Analyses now instead of after the debounce; resolves to the report (or null). */
  async refresh() {
    clearTimeout(this.#timer);
    return this.#analyze();
  }

  #connectSources() {
    this.#disconnectSources();
    const selector = this.getAttribute("source");
    if (!selector) return;
    try {
      this.#sources = [...document.querySelectorAll(selector)];
    } catch {
      this.#showProblem(`The source "${selector}" is not a valid CSS selector.`);
      return;
    }
    this.#observer = new MutationObserver(this.#onInput);
    for (const node of this.#sources) {
      node.addEventListener("input", this.#onInput);
      this.#observer.observe(node, { childList: true, subtree: true, characterData: true });
    }
  }

  #disconnectSources() {
    for (const node of this.#sources) node.removeEventListener("input", this.#onInput);
    this.#observer?.disconnect();
    this.#sources = [];
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#analyze(), delay);
  }

  #currentText() {
    if (this.getAttribute("source")) {
      // Several matches (a headline field and a body) read as paragraphs of one article.
      return this.#sources.map(textOf).map((t) => t.trim()).filter(Boolean).join("\n\n");
    }
    return this.#text ?? "";
  }

  async #analyze() {
    const run = ++this.#run;
    if (this.getAttribute("source") && this.#sources.length === 0) this.#connectSources();
    const text = this.#currentText();
    if (this.getAttribute("source") && this.#sources.length === 0) {
      this.#showProblem(`Nothing on the page matches the source "${this.getAttribute("source")}".`);
      return null;
    }
    if (text.trim() === "") {
      this.#report = null;
      this.#clear("Nothing to analyse yet: quotations appear here as the article is written.");
      return null;
    }
    this.panel.setAttribute("aria-busy", "true");
    try {
      await init();
      const report = await analyze(text, { name: "article.txt", targets: this.#targets() });
      if (run !== this.#run) return report; // a newer text is on its way
      this.#report = report;
      this.#render(report);
      this.dispatchEvent(new CustomEvent("quotelens:analyzed", { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      if (run !== this.#run) return null;
      const detail = { code: error?.code ?? "internal", message: error?.message ?? String(error) };
      this.#showProblem(detail.message, detail.code);
      this.dispatchEvent(new CustomEvent("quotelens:error", { detail, bubbles: true, composed: true }));
      return null;
    } finally {
      if (run === this.#run) this.panel.setAttribute("aria-busy", "false");
    }
  }

  #targets() {
    return parseTargets(this.getAttribute("targets"));
  }

  #clear(status) {
    this.status.textContent = status;
    this.list.replaceChildren();
    this.stance.replaceChildren();
    this.stanceTitle.hidden = true;
  }

  #showProblem(message, code = "source") {
    this.#clear("");
    this.status.replaceChildren(el("span", { class: "problem", "data-code": code, "data-testid": "error" }, message));
  }

  #render(report) {
    const full = this.getAttribute("mode") === "full";
    this.panel.classList.toggle("full", full);
    const quotes = report.documents.flatMap((d) => d.quotes);
    const speakers = new Set(quotes.map((q) => q.speaker?.name).filter(Boolean));
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    this.status.textContent = quotes.length
      ? `${plural(quotes.length, "quotation")} from ${plural(speakers.size, "speaker")}`
      : "No quotations found.";
    this.list.replaceChildren(...quotes.map((q) => this.#quoteItem(q, full)));
    const lines = this.#stanceLines(report);
    this.stanceTitle.hidden = lines.length === 0;
    this.stance.replaceChildren(...lines.map((line) => el("li", { "data-testid": "stance-line" }, line)));
  }

  #quoteItem(quote, full) {
    const speaker = quote.speaker;
    const who = speaker
      ? el(
          "p",
          { class: "who" },
          el("span", { class: "name", "data-testid": "speaker-name" }, speaker.name),
          speaker.role ? el("span", { class: "role", "data-testid": "speaker-role" }, speaker.role) : null,
        )
      : el("p", { class: "who unknown", "data-testid": "speaker-name" }, "Speaker not found");
    const text = full || quote.text.length <= 160 ? quote.text : `${quote.text.slice(0, 157).trimEnd()}…`;
    return el(
      "li",
      { class: `quote ${quote.kind}`, "data-testid": "quote", "data-kind": quote.kind },
      el("blockquote", { "data-testid": "quote-text", title: quote.text }, text),
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

if (!customElements.get("quote-lens")) customElements.define("quote-lens", QuoteLensElement);
