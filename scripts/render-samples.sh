#!/usr/bin/env bash
# Renders every sample in data/ with the template for its kind:
# data/<org>/meetings/*.json with templates/kallelse.xml and
# data/<org>/reports/*.json with templates/tjansteutlatande.xml.
# Usage: render-samples.sh <kansli binary> <output folder>
set -euo pipefail
kansli=$1
out=$2
status=0
for org in data/*/; do
  name=$(basename "$org")
  for meeting in "$org"meetings/*.json; do
    [ -e "$meeting" ] || continue
    "$kansli" render templates/kallelse.xml "$meeting" -o "$out/$name" || status=1
  done
  for report in "$org"reports/*.json; do
    [ -e "$report" ] || continue
    "$kansli" render templates/tjansteutlatande.xml "$report" -o "$out/$name" || status=1
  done
done
exit $status
