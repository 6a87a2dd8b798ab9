#!/usr/bin/env bash
# Builds the page's wasm and JS glue into pkg/ (release, wasm-opt -Oz). Skipped when the last
# finished build is newer than every input, so a second run costs nothing; a build stopped half
# way (Ctrl-C) leaves no stamp and is redone. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${QUOTELENS_TOOLS:-$HOME/.cache/quotelens-tools}"
# npm's wasm-opt first: Debian's /usr/bin/wasm-opt is too old to read what rustc emits.
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm is built for size; Cargo.toml's release profile (opt-level 3) is for the native CLI.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=s

out=pkg/quotelens_bg.wasm
stamp=pkg/.built
if [ -f "$stamp" ] && [ -f "$out" ] && [ -f pkg/quotelens.js ] &&
  [ -z "$(find src Cargo.toml Cargo.lock .cargo -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  echo "pkg/ is up to date"
  exit 0
fi
# no-install: fail at once on a wasm-bindgen mismatch instead of downloading another copy.
rm -f "$stamp"
wasm-pack build --release --target web --out-dir pkg --mode no-install
touch "$stamp"
raw=$(stat -c %s "$out")
gz=$(gzip -9 -c "$out" | wc -c)
echo "wasm: $raw bytes raw, $gz bytes gzip -9"
