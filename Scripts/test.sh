#!/usr/bin/env bash
# Installs everything the tests use (C libraries, LibreOffice, poppler, jing, xmllint, CJK
# fonts) and runs the whole test suite. The checkers in ../shared/tools are used when present.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
need=(libxml2-dev libzip-dev libfontconfig-dev fontconfig pkg-config libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2 jing libxml2-utils unzip
      fonts-arphic-ukai texlive-lang-chinese)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# the PDF fonts: the Fandol directory scanned with govdoc's fontconfig (see Scripts/setup.sh)
fandol=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
[ -d "$fandol" ] && { $SUDO env FONTCONFIG_FILE="$PWD/Templates/fonts/fontconfig.conf" fc-cache -r "$fandol" >/dev/null || true; }
if [ -d ../shared/tools ]; then
  export GOVDOC_SHARED_TOOLS="$(cd ../shared/tools && pwd)"
  echo "checkers: using validate-package and gbcheck from $GOVDOC_SHARED_TOOLS"
else
  echo "checkers: ../shared/tools not found — validate-package and gbcheck tests are reported as not run; every other test runs"
fi
# The log keeps what a reader needs: the ~280 `ld.gold: warning: Cannot export local symbol
# '__asan…'` lines of a sanitizer link and XCTest's empty run before each Swift Testing run
# ("Executed 0 tests": the suites are Swift Testing) are dropped; the exit status is the
# command's (PIPESTATUS), not grep's.
quiet_log() {
  # (also the package manager's notes about files inside dependencies' checkouts it does not use)
  grep --line-buffered -v -E "ld(\.gold)?: warning: Cannot export local symbol|^Test Suite '[^']*' (started|passed) at |^[[:space:]]+Executed 0 tests, with 0 failures|found [0-9]+ file\(s\) which are unhandled; explicitly declare them|^[[:space:]]+/.*/checkouts/.*CMakeLists\.txt$" || true
}
filtered() {
  set +e
  "$@" 2>&1 | quiet_log
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

# The layering rules over the sources' imports, and the module table of docs/architecture.md
# generated from them (Scripts/architecture.py rewrites it).
python3 Scripts/architecture.py --check
filtered swift build
# The library example (Examples/BulkReports): builds against this checkout, writes three reports.
echo "example: Examples/BulkReports on towns.csv"
out="$(mktemp -d)"
(cd Examples/BulkReports && swift run --scratch-path ../../.build-bulk BulkReports towns.csv "$out")
count=$(ls "$out" | wc -l)
if [ "$count" -ne 6 ]; then echo "example: expected 6 files, found $count"; exit 1; fi
if [ -n "${GOVDOC_SHARED_TOOLS:-}" ]; then
  for f in "$out"/*; do "$GOVDOC_SHARED_TOOLS/validate-package" --quiet "$f" | tail -1; done
  for f in "$out"/*; do "$GOVDOC_SHARED_TOOLS/validate-package" --quiet "$f" >/dev/null || { echo "example: $f is not valid"; exit 1; }; done
fi
echo "example: 3 passed, 0 failed"

# Memory safety at the C boundary (libxml2, libzip): the CLI built with AddressSanitizer exports
# every example and reports bad input with leak detection on; then the whole suite under ASan
# (leak detection off there: FoundationXML's XMLDocument, which the tests use to read packages,
# leaks inside libxml2).
echo "asan: building govdoc with -sanitize=address"
filtered swift build --sanitize=address --scratch-path .build-asan --product govdoc
asan_out="$(mktemp -d)"
for f in Examples/shimen-2023/report.md Examples/shimen-2023/annual-report.md Examples/notice/notice.md Examples/letter/letter.md Tests/Fixtures/valid/*.md; do
  ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/govdoc export --docx --odt -o "$asan_out/$(basename "$f" .md).docx" "$f" >/dev/null
done
printf -- '---\ntitle: x\n---\n<table>\n<tr><td>a</td><td rowspan="3">b</td></tr>\n</table>\n' > "$asan_out/bad.md"
if ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/govdoc export --docx "$asan_out/bad.md" 2>"$asan_out/err.txt"; then
  echo "asan: bad input was accepted"; exit 1
fi
if grep -q "Sanitizer" "$asan_out/err.txt"; then cat "$asan_out/err.txt"; exit 1; fi
echo "asan: CLI clean on $(ls "$asan_out"/*.docx | wc -l) documents and on bad input"
GOVDOC_SANITIZER_RUN=1 ASAN_OPTIONS=detect_leaks=0 filtered swift test --sanitize=address --scratch-path .build-asan "$@"

# Threads: the batch export runs documents in parallel, and library users export from many
# threads. ThreadSanitizer over the concurrent tests (100 exports at once, the CLI's batches,
# whose govdoc is built with TSan too); any report fails the run.
echo "tsan: the concurrent tests under ThreadSanitizer"
TSAN_OPTIONS=halt_on_error=1 filtered swift test --sanitize=thread --scratch-path .build-tsan --filter "ReliabilityTests|CLITests"

# The editor page (govdoc serve) in a real browser: Debian's chromium + chromedriver driven by
# Selenium (PyPI, in .venv): types a notice, waits for the preview, checks pages and numbers,
# downloads the .docx and checks it (validate-package, gbcheck).
browser=(chromium chromium-driver)
missing=()
for p in "${browser[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -c "import selenium" 2>/dev/null || .venv/bin/pip install -q selenium
echo "browser: the editor page in chromium"
.venv/bin/python Tests/Browser/editor_test.py --govdoc .build/debug/govdoc --screenshot "$(mktemp -d)/editor.png"

# Several machines: nginx in front of two instances on loopback, one stopped in the middle of a
# stream of exports (no request may fail, every answer the same bytes).
dpkg -s nginx-light >/dev/null 2>&1 || { $SUDO apt-get update -qq; $SUDO apt-get install -y -qq --no-install-recommends nginx-light >/dev/null; }
echo "deploy: nginx and two instances"
filtered bash Examples/deploy/try-nginx.sh

# The HTTP API against its own description: schemathesis (PyPI, in .venv) generates requests
# from /openapi.yaml for a bounded time and fails the run on any 5xx, or on an undeclared method
# that is not answered 405. (The "examples" phase is skipped: schemathesis 4.32 crashes in it on
# this schema with an internal AST recursion error, which is no finding about the server. The
# same crash, "SystemError: AST constructor recursion depth mismatch" inside hypothesis, now and
# then hits the coverage phase with every case passed: a run that ends so, with no failure
# listed, is run once more with another seed; a failure of a check always fails the run.)
.venv/bin/python -c "import schemathesis" 2>/dev/null || .venv/bin/pip install -q schemathesis
echo "schemathesis: /openapi.yaml, 5xx and 405"
st_port=$((20000 + RANDOM % 20000))
.build/debug/govdoc serve --port "$st_port" >/dev/null 2>&1 &
st_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$st_port/healthz" >/dev/null && break; sleep 0.2; done
st_log="${TMPDIR:-/tmp}/schemathesis.log"
for st_try in 1 2; do
  st_status=0
  timeout 120 .venv/bin/schemathesis run "http://127.0.0.1:$st_port/openapi.yaml" \
    --checks not_a_server_error,unsupported_method --phases coverage,fuzzing --max-examples 50 -w 2 \
    >"$st_log" 2>&1 || st_status=$?
  [ "$st_status" -ne 0 ] && grep -q "AST constructor recursion depth mismatch" "$st_log" && ! grep -q "^Failures:\|FAILURES" "$st_log" \
    && [ "$st_try" -eq 1 ] && { echo "schemathesis: its own crash (AST recursion, no failure listed): once more"; continue; }
  break
done
kill "$st_pid" 2>/dev/null || true
wait "$st_pid" 2>/dev/null || true
if [ "$st_status" -ne 0 ]; then
  cat "$st_log"
  echo "schemathesis: findings (status $st_status)"
  exit 1
fi
tail -n 3 "$st_log"

# Last, so that its summary (Swift Testing's "Test run with N tests … passed") is the run's
# closing line.
filtered swift test "$@"
