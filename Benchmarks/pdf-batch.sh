#!/usr/bin/env bash
# PDF batches (`govdoc export --pdf`) against LibreOffice alone, whole processes:
#   batch:  `govdoc export --pdf DIR` of 10 copies of the seed report, against one
#           `soffice --headless --convert-to pdf *.odt` of the same ten ODTs (goal ≤ 1.3×);
#   single: `govdoc export --pdf` of one copy, against one `soffice` conversion of its ODT
#           (goal ≤ 1.2×).
# Medians of RUNS runs (default 5). Both sides use a warm LibreOffice profile (govdoc's in
# ~/.cache/govdoc, soffice's own in ~/.config/libreoffice), after one untimed warm-up run each.
# GOVDOC=path to use another binary (default: this checkout's debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
bin="${GOVDOC:-}"
if [ -z "$bin" ]; then swift build --product govdoc >/dev/null; bin=.build/debug/govdoc; fi
soffice="${SOFFICE:-soffice}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/odt" "$work/one"
for i in $(seq -w 1 10); do cp Examples/shimen-2023/report.md "$work/src/report$i.md"; done
cp Examples/shimen-2023/report.md "$work/one/report.md"
"$bin" export --odt --quiet -o "$work/odt/" "$work/src"
"$bin" export --odt --quiet "$work/one/report.md"
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(now); "$@" >/dev/null 2>&1; e=$(now); echo $(( (e - s) / 1000000 )); }
batch_govdoc() { "$bin" export --pdf --quiet -o "$work/pdf-govdoc/" "$work/src"; }
batch_soffice() { "$soffice" --headless --convert-to pdf --outdir "$work/pdf-soffice" "$work"/odt/*.odt; }
one_govdoc() { "$bin" export --pdf --quiet -o "$work/one-govdoc.pdf" "$work/one/report.md"; }
one_soffice() { "$soffice" --headless --convert-to pdf --outdir "$work/one-soffice" "$work/one/report.odt"; }
# one untimed warm-up each, then the four interleaved RUNS times (a busy machine slows both sides alike)
for f in batch_govdoc batch_soffice one_govdoc one_soffice; do $f >/dev/null 2>&1; done
: > "$work/times"
for _ in $(seq "$runs"); do
  for f in batch_govdoc batch_soffice one_govdoc one_soffice; do echo "$f $(ms $f)" >> "$work/times"; done
done
pick() { awk -v f="$1" '$1 == f { print $2 }' "$work/times" | median; }
batch_govdoc=$(pick batch_govdoc); batch_soffice=$(pick batch_soffice)
one_govdoc=$(pick one_govdoc); one_soffice=$(pick one_soffice)
ls "$work/pdf-govdoc"/*.pdf | wc -l | awk '{ if ($1 != 10) { print "expected 10 PDFs, got " $1; exit 1 } }'
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "10 seed reports: govdoc export --pdf DIR ${batch_govdoc} ms; soffice --convert-to pdf *.odt ${batch_soffice} ms; ratio $(ratio "$batch_govdoc" "$batch_soffice") (goal ≤ 1.3)"
echo "1 seed report:   govdoc export --pdf ${one_govdoc} ms; soffice --convert-to pdf ${one_soffice} ms; ratio $(ratio "$one_govdoc" "$one_soffice") (goal ≤ 1.2)"
