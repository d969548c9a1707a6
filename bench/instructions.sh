#!/usr/bin/env bash
# Counts the instructions (callgrind) kansli takes to render the bench packet for 15 and
# 150 agenda items (bench/generate.py), the same figure `make bench` reports, without the
# peers: a quick check that a change leaves the cost alone (a count, not a time, so it is
# stable on a busy machine).
# Usage: bench/instructions.sh [kansli binary]   (run from the source folder)
set -euo pipefail
kansli=$(realpath "${1:-build/src/kansli}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| packet | instructions |"
echo "|---|---|"
for items in 15 150; do
  python3 bench/generate.py "$items" "$work/data-$items"
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-$items.out" \
    "$kansli" render templates/motespaket.xml "$work/data-$items/meetings/styrelsen-bench.json" \
    -o "$work/out-$items" --root / > /dev/null 2>&1
  echo "| $items items | $(callgrind_annotate "$work/callgrind-$items.out" 2>/dev/null |
    awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}') |"
done
