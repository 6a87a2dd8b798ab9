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
