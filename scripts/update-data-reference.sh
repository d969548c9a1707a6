#!/usr/bin/env bash
# Replaces the generated field reference in docs/data-format.md (between the
# "kansli schema-doc" markers) with the output of `kansli schema-doc`.
# Usage: update-data-reference.sh <kansli binary> <markdown file>
set -euo pipefail
kansli=$1
doc=$2
generated=$(mktemp)
"$kansli" schema-doc > "$generated"
awk -v gen="$generated" '
  /<!-- kansli schema-doc: begin -->/ { print; while ((getline line < gen) > 0) print line; skip = 1; next }
  /<!-- kansli schema-doc: end -->/ { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp"
mv "$doc.tmp" "$doc"
rm -f "$generated"
echo "updated $doc"
