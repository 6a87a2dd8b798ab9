#!/usr/bin/env bash
# Builds the page's two wasm modules and their JS glue (release, wasm-opt -Oz): the engine, the
# API-only wasm that the page's worker loads and the npm package ships (cargo feature `engine`),
# into pkg/ (the package's layout, so www/'s API files work from the repository as they do from
# node_modules); the app, the Yew shell with no analysis (feature `app`), into pkg/app/. `--api`
# builds only the engine (scripts/build-npm.sh). Each is skipped when its last finished build is newer
# than every input, so a second run costs nothing; a build stopped half way (Ctrl-C) leaves no
# stamp and is redone. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${QUOTELENS_TOOLS:-$HOME/.cache/quotelens-tools}"
# npm's wasm-opt first: Debian's /usr/bin/wasm-opt is too old to read what rustc emits.
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm is built for size; Cargo.toml's release profile (opt-level 3) is for the native CLI.
# The app at opt-level "s". The engine at "z" with LLVM's inliner let up to a cost of 150 (the
# default at "z" is 5, at "s" 50): smaller than "s" (399 to 389 KB gzip) at about the same speed,
# where plain "z" is 62 KB smaller but analyses at half the speed (README, "What costs bytes").
APP_ENV=(CARGO_PROFILE_RELEASE_OPT_LEVEL=s)
ENGINE_ENV=(CARGO_PROFILE_RELEASE_OPT_LEVEL=z
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C llvm-args=-inline-threshold=150")

# build DIR FEATURE ENV [wasm-pack options]: one module into DIR, unless it is up to date; ENV
# names an array of the environment settings the build runs with.
build() {
  local dir=$1 feature=$2
  local -n settings=$3
  shift 3
  local out=$dir/quotelens_bg.wasm stamp=$dir/.built
  if [ -f "$stamp" ] && [ -f "$out" ] && [ -f "$dir/quotelens.js" ] &&
    [ -z "$(find src build.rs Cargo.toml Cargo.lock .cargo scripts/build-web.sh -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    echo "$dir/ is up to date"
    return
  fi
  # no-install: fail at once on a wasm-bindgen mismatch instead of downloading another copy.
  rm -f "$stamp"
  env "${settings[@]}" wasm-pack build --release --target web --out-dir "$dir" --out-name quotelens --mode no-install "$@" \
    . -- --no-default-features --features "$feature"
  touch "$stamp"
  echo "$out: $(stat -c %s "$out") bytes raw, $(gzip -9 -c "$out" | wc -c) bytes gzip -9"
}

build pkg engine ENGINE_ENV
[ "${1:-}" = --api ] || build pkg/app app APP_ENV --no-pack
