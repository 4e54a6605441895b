#!/usr/bin/env bash
# The peer comparison, in one run: govdoc against python-docx (DOCX) and odfdo (ODT) on the
# seed report and the stress document (10,000 × 8 table + 2,000 paragraphs), and the floor:
# zlib-deflating (level 6) the very XML parts govdoc writes.
#
#   bash Benchmarks/peers/run.sh           # full run (the stress builds of the peers take minutes)
#   bash Benchmarks/peers/run.sh --quick   # fewer repetitions of the seed builds
#
# Creates a Python venv from PyPI (requirements.txt) on first use, in Benchmarks/peers/.venv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${PEERS_VENV:-$here/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
fi
cd "$here/.."
swift build -c release --product PeersGovdoc >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB; $(swift --version 2>&1 | head -1)"
echo "peers: $("$venv/bin/python" -c 'import importlib.metadata as m; print("python-docx", m.version("python-docx"), "· odfdo", m.version("odfdo"))'); $("$venv/bin/python" --version)"
.build/release/PeersGovdoc "$out" 2>/dev/null
"$venv/bin/python" "$here/peers.py" --govdoc-json "$out/govdoc.json" --parts-dir "$out" "$@"
