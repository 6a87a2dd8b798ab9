#!/usr/bin/env bash
# Builds the npm package of the embeddable QuoteLens: the API-only wasm (no Yew app, cargo
# `--no-default-features`) with its wasm-pack glue in pkg/, the promise API, the <quote-lens>
# element with its stylesheet module, the module worker, the TypeScript declarations, and the
# package's README (npm/README.md, the embedding guide) and LICENSE, versioned from Cargo.toml.
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
repository=$(sed -n 's/^repository = "\(.*\)"$/\1/p' Cargo.toml | head -1)
stage=build/npm/package
rm -rf "$stage" && mkdir -p "$stage/pkg" "$stage/www/types"
cp "$api"/quotelens.js "$api"/quotelens.d.ts "$api"/quotelens_bg.wasm "$api"/quotelens_bg.wasm.d.ts "$stage/pkg/"
cp www/quotelens-api.js www/quotelens-api.d.ts www/quotelens-core.js www/quotelens-worker.js www/quote-lens.js www/quote-lens.d.ts \
  www/quote-lens-styles.js www/esbuild-plugin.js www/esbuild-plugin.d.ts "$stage/www/"
cp www/types/report.d.ts "$stage/www/types/"
cp npm/LICENSE "$stage/LICENSE"
sed "s/@VERSION@/$version/g" npm/README.md >"$stage/README.md"

node --input-type=module - "$stage" "$version" "$repository" <<'JS'
import { writeFileSync } from "node:fs";
const [stage, version, repository] = process.argv.slice(2);
const pkg = {
  name: "quotelens",
  version,
  description: "Finds the quotations in a news article, who said them (name and role) and their stance; runs in the browser (WebAssembly).",
  license: "MIT",
  repository: { type: "git", url: `git+${repository}.git` },
  homepage: `${repository}#readme`,
  bugs: { url: `${repository}/issues` },
  type: "module",
  main: "./www/quotelens-api.js",
  types: "./www/quotelens-api.d.ts",
  exports: {
    ".": { types: "./www/quotelens-api.d.ts", default: "./www/quotelens-api.js" },
    "./element": { types: "./www/quote-lens.d.ts", default: "./www/quote-lens.js" },
    "./report": { types: "./www/types/report.d.ts" },
    "./worker": "./www/quotelens-worker.js",
    "./esbuild": { types: "./www/esbuild-plugin.d.ts", default: "./www/esbuild-plugin.js" },
    "./pkg/*": "./pkg/*",
    "./package.json": "./package.json",
  },
  // TypeScript's `node10` resolution ignores `exports`: this maps the subpaths for it.
  typesVersions: {
    "*": {
      element: ["./www/quote-lens.d.ts"],
      report: ["./www/types/report.d.ts"],
      esbuild: ["./www/esbuild-plugin.d.ts"],
    },
  },
  files: ["pkg", "www", "README.md", "LICENSE"],
  sideEffects: ["./www/quote-lens.js"],
};
writeFileSync(`${stage}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
JS

(cd build/npm && npm pack ./package --offline --silent --pack-destination . >/dev/null)
echo "build/npm/quotelens-$version.tgz ($(stat -c %s "build/npm/quotelens-$version.tgz") bytes)"
