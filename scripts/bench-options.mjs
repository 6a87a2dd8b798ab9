// The command-line options the benchmarks share (scripts/bench-browser.mjs, scripts/bench-node.mjs):
// `--corpus DIR` (default PolNeAR train from the shared data, else the seed articles), `--repeat
// N` (default 3) and `--limit FILES` (default all), and `option(name, fallback)` for the rest.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export function benchOptions(root) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const shared = process.env.QUOTELENS_SHARED ?? resolve(root, "..", "shared");
  const polnear = join(shared, "corpus", "polnear", "train");
  const corpus = option("--corpus", existsSync(polnear) ? polnear : join(root, "tests", "fixtures", "seeds"));
  const repeat = Math.max(1, Number(option("--repeat", "3")));
  const limit = Number(option("--limit", "0"));
  return { args, option, corpus, repeat, limit };
}
