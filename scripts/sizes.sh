#!/usr/bin/env bash
# Prints the download sizes (raw and gzip -9) of the embeddable API-only bundle (the engine: the
# npm package's wasm, which the page's worker loads too) and of the app (the page's Yew shell,
# no analysis): wasm, then JS (+CSS) counted together. Builds what is missing (scripts/build-web.sh,
# scripts/build-npm.sh and scripts/build-single.mjs skip work that is up to date).
# Then checks both wasm files (gzip -9; 1 KB = 1,000 bytes) against their budgets and exits 1
# when either is over, so a build that grows the bundle fails CI (scripts/test.sh). The budgets
# are today's sizes with a little room; the targets of issue 13 (API-only, the npm package and the
# worker: 300 KB; the page's app: 550 KB) are printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
API_BUDGET_KB=427
API_TARGET_KB=300
APP_BUDGET_KB=343
APP_TARGET_KB=550
scripts/build-web.sh >/dev/null
scripts/build-npm.sh >/dev/null
node scripts/build-single.mjs >/dev/null

raw() { cat "$@" | wc -c; }
gz() { cat "$@" | gzip -9 | wc -c; }
row() {
  local what=$1
  shift
  printf '%-56s %9d %9d\n' "$what" "$(raw "$@")" "$(gz "$@")"
}
printf '%-56s %9s %9s\n' "bytes" "raw" "gzip -9"
row "API-only wasm (pkg)" pkg/quotelens_bg.wasm
row "API-only JS (glue + API wrapper)" pkg/quotelens.js www/quotelens-core.js www/quotelens-api.js
row "API-only JS + <quote-lens> + worker" pkg/quotelens.js www/quotelens-core.js www/quotelens-api.js www/quote-lens.js www/quote-lens-styles.js www/quotelens-worker.js
row "app wasm (pkg/app, the Yew shell)" pkg/app/quotelens_bg.wasm
row "app JS + CSS (both glues + main.js + worker.js + style)" pkg/app/quotelens.js pkg/quotelens.js www/main.js www/worker.js www/style.css
row "single file (build/quotelens.html)" build/quotelens.html
row "npm tarball" build/npm/quotelens-*.tgz

over=0
budget() {
  local what=$1 file=$2 budget=$3 target=$4 kb
  kb=$((($(gz "$file") + 999) / 1000))
  local goal="target $target KB $([ "$kb" -le "$target" ] && echo met || echo "not met yet")"
  if [ "$kb" -le "$budget" ]; then
    printf 'budget: %-14s %4d KB gzip, within the budget of %d KB (%s)\n' "$what" "$kb" "$budget" "$goal"
  else
    printf 'budget: %-14s %4d KB gzip, OVER the budget of %d KB (%s)\n' "$what" "$kb" "$budget" "$goal" >&2
    over=1
  fi
}
budget "API-only wasm" pkg/quotelens_bg.wasm "$API_BUDGET_KB" "$API_TARGET_KB"
budget "app wasm" pkg/app/quotelens_bg.wasm "$APP_BUDGET_KB" "$APP_TARGET_KB"
exit "$over"
