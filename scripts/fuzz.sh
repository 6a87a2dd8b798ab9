#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (cargo-fuzz on the nightly toolchain; scripts/setup.sh
# installs both for the test path), each for SECONDS, seeded from tests/fixtures.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 30 seconds, every target
#
# A target's corpus grows in fuzz/corpus/TARGET (kept between runs, not committed); a crash
# leaves its input in fuzz/artifacts/TARGET and fails the run. Keep such an input in
# tests/fixtures/regressions/ (named so its extension picks the format) once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(pipeline text html docx json encodings)
fi

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
# A seed with a leading selector byte (the targets that read one).
seed() { # target selector-byte-as-octal file
  local dir="$seeds/$1"
  mkdir -p "$dir"
  { printf "\\$2"; cat "$3"; } >"$dir/$2-$(basename "$3")"
}
docs=tests/fixtures/documents
for f in tests/fixtures/seeds/* "$docs"/*.txt "$docs"/*.md; do
  seed pipeline 000 "$f"
  seed encodings 000 "$f"
  mkdir -p "$seeds/text" && cp "$f" "$seeds/text/"
done
for f in "$docs"/*.html; do seed pipeline 001 "$f"; mkdir -p "$seeds/html" && cp "$f" "$seeds/html/"; done
for f in "$docs"/*.json "$docs"/*.jsonl; do
  seed pipeline 003 "$f"
  seed json 000 "$f"
  seed json 001 "$f"
done
for f in "$docs"/*.docx "$docs"/*.zip; do seed pipeline 005 "$f"; seed docx 000 "$f"; done
# The text part of the fixture .docx, for the targets that wrap it in a fresh archive.
python3 - "$docs/article.docx" "$seeds/document.xml" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[2], "wb") as out:
    out.write(z.read("word/document.xml"))
PY
seed docx 001 "$seeds/document.xml"
seed docx 002 "$seeds/document.xml"
for f in "$docs"/cp1251.txt "$docs"/cp1252.txt "$docs"/koi8r.txt "$docs"/utf16le.txt; do
  for sel in 000 001 002 004 012 026; do seed encodings "$sel" "$f"; done
done

status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  printf '\033[1m== fuzz %s for %ss\033[0m\n' "$t" "$seconds"
  # -a: debug assertions and overflow checks on; -timeout: an input taking 10 s is a finding.
  (cd fuzz && cargo +nightly fuzz run -a "$t" "corpus/$t" "$seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1) || status=1
done
exit $status
