#!/usr/bin/env bash
# Reading a .docx: govdoc's OOXML reader (in process) against python-docx (open + walk
# paragraphs and tables, in process) and `pandoc -f docx -t json` (whole processes), on the
# seed report as govdoc writes it and on a 100-page draft in Word's default look.
#
#   bash Benchmarks/readers/run.sh [--quick]
#
# Uses the Python venv of Benchmarks/peers (python-docx from PyPI), pandoc and LibreOffice
# (only to count the pages) from Debian.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${PEERS_VENV:-$here/../peers/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/../peers/requirements.txt"
fi
command -v pandoc >/dev/null || { echo "pandoc is missing: apt-get install -y pandoc" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the seed as govdoc writes it (any build of the CLI writes the same bytes: GOVDOC_BIN to reuse one)
govdoc="${GOVDOC_BIN:-}"
if [ -z "$govdoc" ]; then (cd "$root" && swift build -c release --product govdoc >/dev/null); govdoc="$root/.build/release/govdoc"; fi
"$govdoc" export --docx --quiet -o "$work/seed.docx" "$root/Examples/shimen-2023/report.md" >/dev/null
(cd "$here/.." && swift build -c release --product ReadersGovdoc >/dev/null)
echo "machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(swift --version 2>&1 | head -1)"
echo "peers: python-docx $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("python-docx"))') ($("$venv/bin/python" --version)); $(pandoc --version | head -1)"
"$venv/bin/python" "$here/readers.py" --govdoc "$here/../.build/release/ReadersGovdoc" --seed "$work/seed.docx" --workdir "$work" "$@"
