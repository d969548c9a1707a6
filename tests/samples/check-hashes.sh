#!/usr/bin/env bash
# Renders every sample in data/ (scripts/render-samples.sh) and compares each output's
# SHA-256 with tests/samples/hashes.sha256: a change of the code that is meant to leave
# the documents alone (a refactoring) must leave every byte alone. After a change that is
# meant to change documents, look at them, then regenerate the list explicitly:
#   tests/samples/check-hashes.sh build/src/kansli --update
# Usage: check-hashes.sh <kansli binary> [--update]   (run from the source folder)
set -euo pipefail
kansli=$(realpath "$1")
list=tests/samples/hashes.sha256
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
scripts/render-samples.sh "$kansli" "$out" > /dev/null
actual=$(cd "$out" && find . -type f | LC_ALL=C sort | xargs sha256sum)
if [ "${2:-}" = "--update" ]; then
  printf '%s\n' "$actual" > "$list"
  echo "wrote $list"
  exit 0
fi
if ! diff <(cat "$list") <(printf '%s\n' "$actual"); then
  echo "sample outputs differ from $list (lines with < are expected, > are made now)" >&2
  exit 1
fi
echo "all $(wc -l < "$list") sample outputs are byte-identical to $list"
