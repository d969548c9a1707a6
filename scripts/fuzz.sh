#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one for
# FUZZ_SECONDS (default 60) on a corpus seeded from the samples and the error corpus.
# Findings are written to build-fuzz/findings/; copy each into
# tests/fuzz-regressions/<target>/ so that `make test` replays it from then on.
# Usage: fuzz.sh [target ...]   (targets: json xml template richtext footnotes layout image theme)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json xml template richtext footnotes layout image theme)

cmake -S . -B build-fuzz -G Ninja -DKANSLI_FUZZ=ON -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build-fuzz -j "${JOBS:-2}"

# Seeds: the files each target reads in real use, each under a name of its own.
copy_seeds() {
  local dir=$1 n=0
  shift
  for file in "$@"; do n=$((n + 1)); cp "$file" "$dir/seed-$n-$(basename "$file")"; done
}

seed() {
  local target=$1 dir=build-fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    json) copy_seeds "$dir" data/*/*.json data/*/*/*.json tests/errors/fixture/*/*.json tests/errors/cases/*/input.json ;;
    xml) copy_seeds "$dir" data/*/*.xml data/*/*/*.xml tests/errors/fixture/*/*.xml tests/errors/cases/*/input.xml ;;
    template) copy_seeds "$dir" templates/*.xml tests/errors/cases/template-*/template.xml ;;
    footnotes) printf 'Se protokollet@1 och bilagan@2.\nProtokollet, justerat.\nBilaga 1@1.\n' > "$dir/seed-refers-to-another"
               printf 'Text@1 @1 @2\nNot@1 med *betoning*.\nNot två@2\n' > "$dir/seed-refers-to-itself" ;;
    image) copy_seeds "$dir" data/*/*.png tests/errors/fixture/*/*.png tests/errors/cases/*/*.jpg ;;
    theme) copy_seeds "$dir" templates/themes/*.json tests/errors/cases/*/theme.json ;;
    richtext|layout) for f in data/klaralvdalen/reports/*.json; do grep -o '"[^"]\{40,\}"' "$f" | head -20 > "$dir/$(basename "$f").txt"; done ;;
  esac
  if [ -d "tests/fuzz-regressions/$target" ]; then cp tests/fuzz-regressions/"$target"/* "$dir"/ 2>/dev/null || true; fi
}

mkdir -p build-fuzz/findings
for target in "${targets[@]}"; do
  seed "$target"
  echo "fuzz: $target for ${seconds}s"
  build-fuzz/fuzz/fuzz_"$target" build-fuzz/corpus/"$target" -max_total_time="$seconds" -max_len=65536 \
    -timeout=20 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/findings/"$target"- -print_final_stats=1 \
    2>&1 | tail -n 25
done
