#!/usr/bin/env bash
# Everything CI checks, in order: set-up, formatting, clippy (native and wasm32), native tests,
# the Spark example in local mode, 30 seconds of each fuzz target, browser tests of the wasm
# (Chromium and Firefox), the builds and their size budgets (scripts/sizes.sh), then the
# end-to-end tests of the built page.
# Stops at the first failure with a non-zero status; prints the time of each step at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${QUOTELENS_TOOLS:-$HOME/.cache/quotelens-tools}"
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export QUOTELENS_TOOLS="$TOOLS"

timings=()
step() {
  local name=$1 started=$SECONDS
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  "$@"
  timings+=("$(printf '%5ds  %s' $((SECONDS - started)) "$name")")
}

# The browser test files of the crate: tests/web*.rs.
web_tests=()
for f in tests/web*.rs; do web_tests+=(--test "$(basename "$f" .rs)"); done

step "setup" scripts/setup.sh --test
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo fmt --check (fuzz)" cargo fmt --manifest-path fuzz/Cargo.toml -- --check
step "clippy native" cargo clippy --all-targets --locked -- -D warnings
step "clippy wasm32" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The page's two modules are built with one feature each (scripts/build-web.sh): lint those too.
step "clippy wasm32, app alone" cargo clippy --locked --target wasm32-unknown-unknown \
  --no-default-features --features app -- -D warnings
step "clippy wasm32, engine alone" cargo clippy --locked --target wasm32-unknown-unknown \
  --no-default-features --features engine -- -D warnings
step "cargo test" cargo test --locked
# The Spark job over the command line built by cargo test (target/debug/quotelens).
step "spark local mode" "$TOOLS/spark-venv/bin/python" examples/spark/test_local.py \
  --quotelens target/debug/quotelens
# The TypeScript declarations of the report are generated from the Rust types: fail when stale.
step "ts types" cargo test --locked --features ts --test ts_types
# Every fuzz target for 30 seconds from the fixtures' seeds; a crash fails the run.
step "fuzz 30 s per target" scripts/fuzz.sh 30
step "wasm-pack test chrome" wasm-pack test --headless --chrome --mode no-install -- --locked "${web_tests[@]}"
step "wasm-pack test firefox" wasm-pack test --headless --firefox --mode no-install -- --locked "${web_tests[@]}"
step "build page" scripts/build-web.sh
step "build npm package" scripts/build-npm.sh
step "build single file" node scripts/build-single.mjs
# The wasm bundles against their size budgets: a build that grows past one fails here.
step "bundle sizes and budgets" scripts/sizes.sh
step "e2e" node --test --test-reporter=spec tests/e2e/*.test.mjs

printf '\n\033[1m== all green\033[0m\n'
printf '%s\n' "${timings[@]}"
