#!/usr/bin/env bash
# Sets up the toolchain, builds QuoteLens for the browser and serves the page at
# http://127.0.0.1:8080 (PORT=N for another port). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
# exec: the server is this process, so whoever started serve.sh can stop exactly it.
exec node scripts/static-server.mjs --host 127.0.0.1 --port "${PORT:-8080}"
