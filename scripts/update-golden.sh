#!/usr/bin/env bash
# Rewrites the golden layout dumps in tests/golden/ from the current build, after a change
# to layout that is meant to move things. Read the diff before committing it.
# Usage: update-golden.sh [kansli binary]
set -euo pipefail
cd "$(dirname "$0")/.."
kansli=${1:-build/src/kansli}
"$kansli" render templates/roller.xml data/stockholm/roles/roller-och-ansvar.json --dump-layout \
  > tests/golden/stockholm-roller.layout.txt
"$kansli" render templates/kallelse.xml data/klaralvdalen/meetings/styrelsen-2026-12-10.json --dump-layout \
  > tests/golden/klaralvdalen-kallelse.layout.txt
echo "updated tests/golden"
