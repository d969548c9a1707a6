#!/usr/bin/env bash
# Renders every sample in data/ with the template for its kind:
# data/<org>/meetings/*.json and *.xml with templates/kallelse.xml and
# data/<org>/reports/*.json and *.xml with templates/tjansteutlatande.xml and
# data/<org>/roles/*.json and *.xml with templates/roller.xml.
# A sample's JSON and XML forms give the same files (tests check they are identical).
# Usage: render-samples.sh <kansli binary> <output folder>
set -euo pipefail
kansli=$1
out=$2
status=0
for org in data/*/; do
  name=$(basename "$org")
  for meeting in "$org"meetings/*.json "$org"meetings/*.xml; do
    [ -e "$meeting" ] || continue
    "$kansli" render templates/kallelse.xml "$meeting" -o "$out/$name" || status=1
    "$kansli" render templates/motespaket.xml "$meeting" -o "$out/$name" || status=1
  done
  for report in "$org"reports/*.json "$org"reports/*.xml; do
    [ -e "$report" ] || continue
    "$kansli" render templates/tjansteutlatande.xml "$report" -o "$out/$name" || status=1
  done
  for roles in "$org"roles/*.json "$org"roles/*.xml; do
    [ -e "$roles" ] || continue
    "$kansli" render templates/roller.xml "$roles" -o "$out/$name" || status=1
  done
done
exit $status
