// The stylesheet of the <quote-lens> element, as a string the element adopts into its shadow
// root (a constructable stylesheet). Being JavaScript, it travels with the element through every
// bundler and needs no `style-src` exception: no file to copy, no data: URL, no <style>.
//
// Isolation from the host page: the panel resets every inherited property (`all: initial`) and
// sizes everything in px or em of its own px font size, so a page's root font size, text
// transforms, letter spacing or alignment never reach in; the few :host declarations are
// !important, which in a shadow tree wins over a page's universal reset.
//
// Styling API (documented in the package README): custom properties --ql-text, --ql-bg,
// --ql-muted, --ql-line, --ql-accent, --ql-error, --ql-font, --ql-font-size, --ql-radius; parts
// panel, title, status, quotes, quote, quote-text, speaker, more, stance; the `theme` attribute.
export const CSS = `
:host {
  display: block !important;
  box-sizing: border-box !important;
  max-width: 100%;
}
:host([hidden]) { display: none !important; }

.panel {
  all: initial;
  position: relative;
  display: block;
  box-sizing: border-box;
  color-scheme: inherit;
  --_text: var(--ql-text, #1d232b);
  --_bg: var(--ql-bg, #fff);
  --_muted: var(--ql-muted, #4f5864);
  --_line: var(--ql-line, #d5dae1);
  --_accent: var(--ql-accent, #0b5cad);
  --_partial: var(--ql-partial, #6b4fbb);
  --_error: var(--ql-error, #a4161a);
  font-family: var(--ql-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--ql-font-size, 15px);
  line-height: 1.45;
  color: var(--_text);
  background: var(--_bg);
  border: 1px solid var(--_line);
  border-radius: var(--ql-radius, 8px);
  padding: 0.8em 0.95em;
  overflow-wrap: anywhere;
  text-align: start;
}
@supports (color: light-dark(#000, #fff)) {
  .panel {
    --_text: var(--ql-text, light-dark(#1d232b, #e8ecf1));
    --_bg: var(--ql-bg, light-dark(#fff, #15191e));
    --_muted: var(--ql-muted, light-dark(#4f5864, #aab3be));
    --_line: var(--ql-line, light-dark(#d5dae1, #39414b));
    --_accent: var(--ql-accent, light-dark(#0b5cad, #6fb1ff));
    --_partial: var(--ql-partial, light-dark(#6b4fbb, #b9a5ff));
    --_error: var(--ql-error, light-dark(#a4161a, #ff8a8a));
  }
}
/* theme="light" | "dark" pin the scheme; "auto" follows the reader's system; without the
   attribute the widget follows the host page's color-scheme (light unless the page says so). */
:host([theme="light"]) .panel { color-scheme: light; }
:host([theme="dark"]) .panel { color-scheme: dark; }
:host([theme="auto"]) .panel { color-scheme: light dark; }

.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.panel[aria-busy="true"] .status::after { content: " …"; }

/* The font primer (see #primeFonts): laid out but never seen; its quotations are not skipped. */
.primer { position: absolute; inset: 0 auto auto 0; width: 100%; height: 0; overflow: hidden; visibility: hidden; pointer-events: none; }
.primer .quote { content-visibility: visible; }
header { display: block; margin: 0 0 0.5em; }
h2, h3, p, ol, ul, li, blockquote { display: block; margin: 0; padding: 0; font: inherit; }
.title { font-size: 1.1em; font-weight: 700; line-height: 1.3; }
.subtitle { font-size: 1em; font-weight: 700; margin: 0.9em 0 0.3em; }
.status { margin: 0.2em 0 0; color: var(--_muted); font-size: 0.9em; }
.problem { color: var(--_error); }

.quotes, .stance { list-style: none; }
.quote { border-left: 3px solid var(--_accent); padding: 0.3em 0 0.3em 0.6em; margin: 0.5em 0; }
/* Quotations scrolled out of sight are not laid out or painted: hundreds stay cheap. */
.quote { content-visibility: auto; contain-intrinsic-size: auto 4em; }
.quote.indirect { border-left-style: dashed; }
.quote.partial { border-left-color: var(--_partial); }
blockquote { font-style: italic; }
.quote.direct blockquote::before { content: "“"; }
.quote.direct blockquote::after { content: "”"; }
.who { margin: 0.2em 0 0; font-size: 0.88em; }
.name { font-weight: 600; }
.role { color: var(--_muted); }
.role::before { content: ", "; }
.unknown { color: var(--_muted); font-style: italic; }
.kind { margin: 0.1em 0 0; font-size: 0.8em; color: var(--_muted); }
.stance li { padding: 0.2em 0; border-top: 1px solid var(--_line); font-size: 0.9em; }
.more {
  display: block; margin: 0.5em 0 0; padding: 0.35em 0.8em; font: inherit; font-size: 0.9em;
  color: var(--_accent); background: transparent; border: 1px solid var(--_line);
  border-radius: 6px; cursor: pointer;
}
.more:hover { border-color: var(--_accent); }
.more:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }

/* Compact (the default): a side panel that scrolls on its own. */
.panel:not(.full) .quotes { max-height: 60vh; overflow-y: auto; }
.panel:not(.full) { font-size: calc(var(--ql-font-size, 15px) * 0.95); }
/* Full: two columns of quotations where there is room. */
@media (min-width: 720px) {
  .panel.full .quotes { columns: 2 22em; column-gap: 1.5em; }
  .panel.full .quote { break-inside: avoid; }
}
`;

let shared = null;

/** The element's stylesheet, made once per page (or null where constructable sheets are missing). */
export function stylesheet() {
  if (shared === null && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS);
  }
  return shared;
}
