// Screenshots of each view of the app at 1280, 768 and 360 px wide, with the five seed articles
// dropped, and of the pagers with 120 generated articles, written to docs/screenshots/ for the
// README. Run on demand (not in CI), after scripts/build-web.sh:  node scripts/screenshots.mjs
import { readFile, readdir, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, closePage, dropFiles, launch, readCards } from "../tests/e2e/helpers.mjs";
import { generateArticles } from "../tests/e2e/articles.mjs";

const OUT = join(ROOT, "docs", "screenshots");
const SEEDS = join(ROOT, "tests", "fixtures", "seeds");

// What each view shows before its picture is taken.
const VIEWS = {
  documents: async () => {},
  article: async (page) => {
    await page.locator("[data-testid=hl]").nth(1).focus();
  },
  speakers: async () => {},
  stance: async (page, width) => {
    const cell = width < 640 ? "cell-card" : "cell";
    await page.click(`[data-testid=${cell}][data-speaker='Dmitry Peskov'][data-target=ceasefire]`);
  },
  timeline: async () => {},
};

const names = (await readdir(SEEDS)).filter((n) => n.endsWith(".txt")).sort();
const seeds = await Promise.all(
  names.map(async (name) => ({ name, b64: (await readFile(join(SEEDS, name))).toString("base64") })),
);
await mkdir(OUT, { recursive: true });
const browser = await launch();
try {
  for (const width of [1280, 768, 360]) {
    const session = await browser.openPage({ width });
    const { page } = session;
    await dropFiles(page, seeds);
    await readCards(page, seeds.length);
    // The stance across the articles comes from the worker just after.
    await page.waitForSelector("[data-testid=export-json]:not([disabled])");
    for (const [view, prepare] of Object.entries(VIEWS)) {
      await page.click(`[data-testid=tab-${view}]`);
      await page.waitForSelector(`[data-testid=panel-${view}]`);
      await prepare(page, width);
      const path = join(OUT, `${view}-${width}.png`);
      // Long views are cut at a height a README reader can take in.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.evaluate(() => window.scrollTo(0, 0));
      // The views sit below the drop zone and filters: start at the tabs (the Stance view at
      // its matrix, below the topics), except for the Documents view, which shows the page.
      const from = view === "stance" ? "h3:text('Speakers × targets')" : "[data-testid=tabs]";
      const top =
        view !== "documents"
          ? await page.locator(from).evaluate((t) => t.getBoundingClientRect().top + window.scrollY - 12)
          : 0;
      const clip = { x: 0, y: top, width, height: Math.min(height - top, 1300) };
      await page.screenshot({ path, fullPage: true, clip });
      console.log(path);
    }
    await closePage(session);
  }
  // The pagers: 120 articles, the end of the Documents view's first page.
  const many = (await generateArticles(120)).map((a) => ({ name: a.name, b64: Buffer.from(a.text).toString("base64") }));
  for (const width of [1280, 768, 360]) {
    const session = await browser.openPage({ width });
    const { page } = session;
    await dropFiles(page, many);
    await page.waitForSelector("[data-testid=export-json]:not([disabled])", { timeout: 120_000 });
    const pager = page.locator("[data-testid=pager]");
    await pager.scrollIntoViewIfNeeded();
    const box = await pager.evaluate((p) => {
      const r = p.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
    const path = join(OUT, `pagers-${width}.png`);
    const top = Math.max(0, box.top - 420);
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: top, width, height: box.bottom + 16 - top } });
    console.log(path);
    await closePage(session);
  }
} finally {
  await browser.close();
}
