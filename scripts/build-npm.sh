#!/usr/bin/env bash
# Builds the npm package of the embeddable QuoteLens: the API-only wasm (no Yew app, cargo
# `--no-default-features`) with its wasm-pack glue in pkg/, the promise API, the <quote-lens>
# element and its stylesheet, and the TypeScript declarations, versioned from Cargo.toml.
# Writes build/npm/quotelens-VERSION.tgz with `npm pack`, offline. The package mirrors the
# repository's layout (www/ beside pkg/) so the same files work from the repository and from
# node_modules. Skips the wasm build when it is newer than every Rust input.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${QUOTELENS_TOOLS:-$HOME/.cache/quotelens-tools}"
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm is built for size; Cargo.toml's release profile (opt-level 3) is for the native CLI.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=s

api=build/pkg-api
wasm=$api/quotelens_bg.wasm
if [ -f "$wasm" ] && [ -f "$api/quotelens.js" ] &&
  [ -z "$(find src Cargo.toml Cargo.lock .cargo -newer "$wasm" -print -quit 2>/dev/null)" ]; then
  echo "$api is up to date"
else
  wasm-pack build --release --target web --out-dir "$api" --out-name quotelens --no-pack \
    --mode no-install . -- --no-default-features
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
stage=build/npm/package
rm -rf "$stage" && mkdir -p "$stage/pkg" "$stage/www/types"
cp "$api"/quotelens.js "$api"/quotelens.d.ts "$api"/quotelens_bg.wasm "$api"/quotelens_bg.wasm.d.ts "$stage/pkg/"
cp www/quotelens-api.js www/quotelens-api.d.ts www/quote-lens.js www/quote-lens.d.ts www/quote-lens.css "$stage/www/"
cp www/types/report.d.ts "$stage/www/types/"

node --input-type=module - "$stage" "$version" <<'JS'
import { writeFileSync } from "node:fs";
const [stage, version] = process.argv.slice(2);
const pkg = {
  name: "quotelens",
  version,
  description: "Finds the quotations in a news article, who said them (name and role) and their stance; runs in the browser (WebAssembly).",
  license: "MIT",
  type: "module",
  main: "./www/quotelens-api.js",
  types: "./www/quotelens-api.d.ts",
  exports: {
    ".": { types: "./www/quotelens-api.d.ts", default: "./www/quotelens-api.js" },
    "./element": { types: "./www/quote-lens.d.ts", default: "./www/quote-lens.js" },
    "./report": { types: "./www/types/report.d.ts" },
    "./quote-lens.css": "./www/quote-lens.css",
    "./pkg/*": "./pkg/*",
  },
  files: ["pkg", "www", "README.md"],
  sideEffects: ["./www/quote-lens.js"],
};
writeFileSync(`${stage}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
writeFileSync(
  `${stage}/README.md`,
  `# quotelens ${version}

Finds the quotations in a news article, who said them and their stance, in the browser.

\`\`\`js
import { init, analyze } from "quotelens";
await init();
const report = await analyze(articleText, { targets: "ceasefire, sanctions" });
\`\`\`

\`\`\`html
<script type="module" src="node_modules/quotelens/www/quote-lens.js"></script>
<quote-lens source="#body" targets="ceasefire"></quote-lens>
\`\`\`

Serve \`pkg/quotelens_bg.wasm\` beside \`pkg/quotelens.js\` (or pass its URL to \`init\`) and
\`www/quote-lens.css\` beside \`www/quote-lens.js\`. A page with a Content-Security-Policy must allow
\`script-src 'self' 'wasm-unsafe-eval'\` and \`style-src 'self'\` for these files.
`,
);
JS

(cd build/npm && npm pack ./package --offline --silent --pack-destination . >/dev/null)
echo "build/npm/quotelens-$version.tgz ($(stat -c %s "build/npm/quotelens-$version.tgz") bytes)"
