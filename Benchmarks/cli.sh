#!/usr/bin/env bash
# Whole-process timing of the CLI (start-up included): `govdoc export` of the seed report, and
# of 1,000 small documents as 1,000 processes. Prints milliseconds per process.
set -euo pipefail
cd "$(dirname "$0")/.."
# The binary a clerk installs: release, the Swift runtime linked in (--static-swift-stdlib), which
# saves ~5 ms of dynamic linking per process.
swift build -c release --static-swift-stdlib --scratch-path .build-static --product govdoc >/dev/null
bin=.build-static/release/govdoc
work="$(mktemp -d)"
ms() { echo $(( ($2 - $1) / 1000000 )); }
runs=20
start=$(date +%s%N)
for _ in $(seq $runs); do "$bin" export --docx -o "$work/seed.docx" Examples/shimen-2023/report.md >/dev/null; done
end=$(date +%s%N)
echo "govdoc export --docx seed report: $(( $(ms "$start" "$end") / runs )) ms per process (mean of $runs)"
start=$(date +%s%N)
for _ in $(seq $runs); do "$bin" export --docx --odt -o "$work/seed.docx" Examples/shimen-2023/report.md >/dev/null; done
end=$(date +%s%N)
echo "govdoc export --docx --odt seed report: $(( $(ms "$start" "$end") / runs )) ms per process (mean of $runs)"
for i in $(seq 1000); do printf -- '---\ntitle: 第%s号简报\nissuer: 某某镇人民政府\ndate: 2024-01-23\n---\n一、工作情况\n本周完成道路巡查%s公里。\n' "$i" "$i" > "$work/s$i.md"; done
start=$(date +%s%N)
for i in $(seq 1000); do "$bin" export --docx "$work/s$i.md" >/dev/null; done
end=$(date +%s%N)
echo "1,000 small documents as 1,000 processes: $(ms "$start" "$end") ms in all"
mkdir -p "$work/out"
start=$(date +%s%N)
"$bin" export --docx --odt --quiet -o "$work/out/" "$work"
end=$(date +%s%N)
echo "1,000 small documents in one batch process (--docx --odt, $(nproc) cores): $(ms "$start" "$end") ms in all"
rm -rf "$work"
