#!/usr/bin/env bash
# Replaces a generated part of a Markdown file, between the markers
# "<!-- kansli schema-doc[ OPTION]: begin -->" and "…: end -->", with the output of
# `kansli schema-doc [OPTION]`: the field reference in docs/data-format.md, and with
# --template-names the names a template can read in docs/template-language.md.
# Usage: update-data-reference.sh <kansli binary> <markdown file> [schema-doc option]
set -euo pipefail
kansli=$1
doc=$2
option=${3:-}
command="kansli schema-doc${option:+ $option}"
generated=$(mktemp)
"$kansli" schema-doc ${option:+"$option"} > "$generated"
grep -qF "<!-- $command: begin -->" "$doc" || { echo "no '<!-- $command: begin -->' in $doc" >&2; exit 1; }
awk -v gen="$generated" -v begin="<!-- $command: begin -->" -v end="<!-- $command: end -->" '
  index($0, begin) == 1 { print; while ((getline line < gen) > 0) print line; skip = 1; next }
  index($0, end) == 1 { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp"
mv "$doc.tmp" "$doc"
rm -f "$generated"
echo "updated $doc"
