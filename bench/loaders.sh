#!/usr/bin/env bash
# Times the loaders on two inputs that were once quadratic (issue 12, items 5 and 6):
# a meeting of N agenda items written on one line (every value located in it), and a
# meeting whose N presenters are unknown ids among an organisation of N persons (a "did
# you mean" for each). Usage: bench/loaders.sh [N] (default 10000 items, 3000 persons).
# Timings are never part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
kansli=${KANSLI:-build/src/kansli}
items=${1:-10000}
persons=${2:-3000}
work=build/bench-loaders
rm -rf "$work" && mkdir -p "$work/one-line/meetings" "$work/unknown/meetings"
python3 - "$work" "$items" "$persons" <<'PY'
import json, sys
work, items, persons = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
org = json.load(open("tests/errors/fixture/organisation.json"))
meeting = json.load(open("tests/errors/fixture/meetings/good.json"))
# N agenda items, the whole file on one line.
one = dict(meeting, id="one-line", agenda=[{"title": f"Ärende nummer {i}", "type": "decision",
           "dnr": f"KSF 2026/{i}", "presenter": "anna-lindqvist"} for i in range(items)])
json.dump(org, open(f"{work}/one-line/organisation.json", "w"), ensure_ascii=False)
json.dump(one, open(f"{work}/one-line/meetings/one-line.json", "w"), ensure_ascii=False, separators=(",", ":"))
# N persons; N agenda items each presented by an id that is not among them.
many = dict(org, persons=org["persons"] + [{"id": f"lena-efternamnsson-{i:05d}", "first_name": "Förnamn",
            "last_name": f"Efternamn{i}"} for i in range(persons)])
json.dump(many, open(f"{work}/unknown/organisation.json", "w"), ensure_ascii=False, indent=1)
unknown = dict(meeting, id="unknown", agenda=[{"title": f"Ärende {i}", "type": "decision",
               "presenter": f"lena-efternamsson-{i:05d}"} for i in range(persons)])
json.dump(unknown, open(f"{work}/unknown/meetings/unknown.json", "w"), ensure_ascii=False, indent=1)
PY
time_it() {  # label command...
  local start end
  start=$EPOCHREALTIME; "${@:2}" > /dev/null 2>&1 || true; end=$EPOCHREALTIME
  printf '%-48s %8.3f s\n' "$1" "$(echo "${end/,/.} - ${start/,/.}" | bc)"
}
time_it "validate: $items agenda items on one line" "$kansli" validate "$work/one-line/meetings/one-line.json"
time_it "render: $items agenda items on one line (html)" "$kansli" render templates/kallelse.xml \
  "$work/one-line/meetings/one-line.json" -o "$work/out" --format html --root /
time_it "render: $persons unknown ids among $persons persons" "$kansli" render templates/kallelse.xml \
  "$work/unknown/meetings/unknown.json" -o "$work/out" --format html --root /
