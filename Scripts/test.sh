#!/usr/bin/env bash
# Installs everything the tests use (C libraries, LibreOffice, poppler, jing, xmllint, CJK
# fonts) and runs the whole test suite. The checkers in ../shared/tools are used when present.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
need=(libxml2-dev libzip-dev pkg-config libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2 jing libxml2-utils unzip)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ -d ../shared/tools ]; then
  export GOVDOC_SHARED_TOOLS="$(cd ../shared/tools && pwd)"
  echo "checkers: using validate-package and gbcheck from $GOVDOC_SHARED_TOOLS"
else
  echo "checkers: ../shared/tools not found — validate-package and gbcheck tests are reported as not run; every other test runs"
fi
swift build
swift test "$@"
