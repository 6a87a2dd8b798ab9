#!/usr/bin/env bash
# Prints the download sizes (raw and gzip -9) of the embeddable API-only bundle and of the full
# app: wasm, then JS (+CSS) counted together. Builds what is missing (scripts/build-web.sh,
# scripts/build-npm.sh and scripts/build-single.mjs skip work that is up to date).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-web.sh >/dev/null
scripts/build-npm.sh >/dev/null
node scripts/build-single.mjs >/dev/null

raw() { cat "$@" | wc -c; }
gz() { cat "$@" | gzip -9 | wc -c; }
row() {
  local what=$1
  shift
  printf '%-44s %9d %9d\n' "$what" "$(raw "$@")" "$(gz "$@")"
}
printf '%-44s %9s %9s\n' "bytes" "raw" "gzip -9"
row "API-only wasm (build/pkg-api)" build/pkg-api/quotelens_bg.wasm
row "API-only JS (glue + API wrapper)" build/pkg-api/quotelens.js www/quotelens-core.js www/quotelens-api.js
row "API-only JS + <quote-lens> + worker" build/pkg-api/quotelens.js www/quotelens-core.js www/quotelens-api.js www/quote-lens.js www/quote-lens-styles.js www/quotelens-worker.js
row "full app wasm (pkg)" pkg/quotelens_bg.wasm
row "full app JS + CSS (glue + main.js + worker.js + style)" pkg/quotelens.js www/main.js www/worker.js www/style.css
row "single file (build/quotelens.html)" build/quotelens.html
row "npm tarball" build/npm/quotelens-*.tgz
