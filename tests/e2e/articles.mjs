// Generates many distinct articles from the five seed articles, for the 500-file tests and
// the long-task benchmark: each copy gets its own headline and a closing paragraph with a
// quotation by one of a few invented people, so no two files are the same text.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

const SEEDS_DIR = join(ROOT, "tests", "fixtures", "seeds");
const PEOPLE = [
  ["Anna Berg", "the mayor of Riverton"],
  ["Tomas Klein", "a spokesman for the ministry"],
  ["Maria Lopez", "the union's leader"],
  ["Peter Novak", "an economist at the central bank"],
];

/** `count` articles as `{ name, text }`, names `article-001.txt` and up. */
export async function generateArticles(count) {
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  const seeds = await Promise.all(names.map((n) => readFile(join(SEEDS_DIR, n), "utf8")));
  return Array.from({ length: count }, (_, i) => {
    const [headline, ...rest] = seeds[i % seeds.length].split("\n");
    const [person, role] = PEOPLE[i % PEOPLE.length];
    const n = String(i + 1).padStart(3, "0");
    const closing = `"We will know more by week ${(i % 52) + 1}," said ${person}, ${role}.`;
    return {
      name: `article-${n}.txt`,
      text: `${headline} (${n})\n${rest.join("\n").trimEnd()}\n\n${closing}\n`,
    };
  });
}

/** Writes the articles into `dir` and returns their paths, in order. */
export async function writeArticles(dir, articles) {
  await mkdir(dir, { recursive: true });
  await Promise.all(articles.map((a) => writeFile(join(dir, a.name), a.text)));
  return articles.map((a) => join(dir, a.name));
}

/**
 * The body of a long article: each seed's text as the core cleans it (the raw seeds end with
 * page furniture that closes the article), without its headline, joined. Repeated under one
 * headline in the page (see `fileInPage`) it makes the 20 MB article of the scale test.
 * Needs pkg/ (scripts/build-web.sh).
 */
export async function longArticleBody() {
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith(".txt")).sort();
  const raw = await Promise.all(names.map((n) => readFile(join(SEEDS_DIR, n), "utf8")));
  const { pathToFileURL } = await import("node:url");
  const { default: init, analyze } = await import(pathToFileURL(join(ROOT, "pkg", "quotelens.js")));
  await init({ module_or_path: await readFile(join(ROOT, "pkg", "quotelens_bg.wasm")) });
  return raw
    .map((text, i) => {
      const doc = analyze(text, `seed-${i}.txt`).documents[0];
      return doc.headline && doc.text.startsWith(doc.headline) ? doc.text.slice(doc.headline.length).trim() : doc.text;
    })
    .join("\n\n");
}

/**
 * Makes, in the page and in its own task, a text file of about `mb` MB ("long-record.txt": the
 * body repeated under one headline) and keeps it in `window.__dt`, a DataTransfer ready to be
 * dropped; returns its size in bytes.
 */
export function longArticleInPage(page, body, mb) {
  return page.evaluate(
    ({ body, mb }) => {
      const copies = Math.ceil((mb * 1024 * 1024) / (body.length + 2));
      const text = `A long record of the talks\n\n${Array(copies).fill(body).join("\n\n")}\n`;
      window.__dt = new DataTransfer();
      window.__dt.items.add(new File([text], "long-record.txt", { type: "text/plain" }));
      return window.__dt.files[0].size;
    },
    { body, mb },
  );
}
