#!/usr/bin/env bash
# Installs everything QuoteLens needs to build and test, from package registries only
# (see docs/toolchain.md). Idempotent: a tool already at the right version is skipped.
# `--test` (scripts/test.sh) adds what only the checks need: Chromium, Firefox and geckodriver
# for the browser tests, the nightly toolchain and cargo-fuzz for the fuzz targets of fuzz/, a
# Java runtime and pyspark for the Spark example. Without it (scripts/serve.sh) only what
# building the page needs is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
for arg in "$@"; do
  case $arg in
    --test) for_tests=true ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

TOOLS="${QUOTELENS_TOOLS:-$HOME/.cache/quotelens-tools}"
WASM_PACK_VERSION=0.15.1
CARGO_FUZZ_VERSION=0.13.2
GECKODRIVER_VERSION=0.37.1
BINARYEN_VERSION=132.0.0
PYSPARK_VERSION=3.5.7
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\033[1m== %s\033[0m\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  if [ ! -f Cargo.lock ]; then cargo generate-lockfile >/dev/null 2>&1; fi
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
}

need_apt=()
# The browsers run the tests only: serving the page needs none of them.
if $for_tests; then
  for pkg_bin in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver firefox-esr:/usr/bin/firefox-esr; do
    pkg=${pkg_bin%%:*}; bin=${pkg_bin#*:}
    [ -x "$bin" ] || need_apt+=("$pkg")
  done
fi
# libFuzzer (built by cargo-fuzz's libfuzzer-sys) is C++.
if $for_tests && ! command -v c++ >/dev/null; then need_apt+=(g++); fi
# For the Spark test (examples/spark/test_local.py) only: a Java runtime for Spark's local mode,
# and venv support for the pyspark environment below.
if $for_tests; then
  command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
  python3 -c 'import ensurepip, venv' 2>/dev/null || need_apt+=(python3-venv)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  step "rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

WB=$(wasm_bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB" ]; then
  step "cargo install wasm-bindgen-cli $WB"
  # Not --locked: the CLI's own lockfile pins a crate this registry lacks.
  cargo install -q wasm-bindgen-cli --version "$WB" --force
fi
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  step "cargo install wasm-pack $WASM_PACK_VERSION"
  cargo install -q wasm-pack --version "$WASM_PACK_VERSION" --locked --force
fi
if $for_tests; then
  if [ "$(geckodriver --version 2>/dev/null | head -1 | awk '{print $2}')" != "$GECKODRIVER_VERSION" ]; then
    step "cargo install geckodriver $GECKODRIVER_VERSION"
    cargo install -q geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
  if ! rustup toolchain list | grep -q '^nightly'; then
    step "rustup toolchain nightly (fuzzing)"
    rustup toolchain install nightly --profile minimal
  fi
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    step "cargo install cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install -q cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --force
  fi
fi

# npm tools: wasm-opt (binaryen, runs on node), playwright-core and axe-core for the e2e tests,
# typescript (tsc) to check the npm package's declarations, Vite, esbuild and webpack to bundle it,
# compromise for the browser benchmark (scripts/bench-browser.mjs). Building the page needs only
# wasm-opt, so without --test only binaryen is installed (a later --test run adds the rest).
npm_install() { (cd "$TOOLS" && npm install --no-audit --no-fund --no-update-notifier --loglevel=error >/dev/null); }
if $for_tests; then
  if [ ! -f "$TOOLS/.installed" ] || ! cmp -s tests/e2e/package.json "$TOOLS/.installed"; then
    step "npm tools into $TOOLS"
    mkdir -p "$TOOLS"
    cp tests/e2e/package.json "$TOOLS/package.json"
    npm_install
    cp tests/e2e/package.json "$TOOLS/.installed"
  fi
elif [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  step "npm binaryen $BINARYEN_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  printf '{"name": "quotelens-tools", "private": true, "dependencies": {"binaryen": "%s"}}\n' \
    "$BINARYEN_VERSION" >"$TOOLS/package.json"
  rm -f "$TOOLS/.installed"
  npm_install
fi
# pyspark from PyPI in a venv of its own under the tools cache, not system-wide (tests only).
SPARK_VENV="$TOOLS/spark-venv"
if $for_tests && [ "$("$SPARK_VENV/bin/python" -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null)" != "$PYSPARK_VERSION" ]; then
  step "pyspark $PYSPARK_VERSION into $SPARK_VENV"
  python3 -m venv "$SPARK_VENV"
  "$SPARK_VENV/bin/pip" install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
step "toolchain ready"
