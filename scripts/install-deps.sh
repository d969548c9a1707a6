#!/usr/bin/env bash
# Installs the Debian 12 packages kansli needs to build, run and test, skipping the
# ones already present. Uses sudo when not run as root. Called by `make deps`.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  nlohmann-json3-dev libhpdf-dev libpugixml-dev libcli11-dev doctest-dev libharfbuzz-dev
  libvalijson-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libutf8proc-dev libhyphen-dev hyphen-sv zlib1g-dev
  libpng-dev libjpeg62-turbo-dev
  fonts-dejavu-core fonts-dejavu-extra
  poppler-utils qpdf faketime
)

# `--fuzz` adds clang and its libFuzzer runtime, for `make fuzz`.
if [ "${1:-}" = "--fuzz" ]; then packages=(clang-14 libclang-rt-14-dev); fi
# `--bench` adds the peers and the measuring tools, for `make bench`.
if [ "${1:-}" = "--bench" ]; then packages=(python3 chromium weasyprint time valgrind poppler-utils); fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
