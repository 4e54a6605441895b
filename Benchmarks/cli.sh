#!/usr/bin/env bash
# Whole-process timing of the CLI (start-up included), release build as a clerk installs it:
# `govdoc export` of the seed report beside the bare start-up `govdoc --help` (a process that
# parses its arguments, prints and exits), medians of 15 runs each in one run, and their ratio;
# then 1,000 small documents as 1,000 processes and as one batch.
set -euo pipefail
cd "$(dirname "$0")/.."
# The Swift runtime linked in (--static-swift-stdlib) saves ~5 ms of dynamic linking per process.
swift build -c release --static-swift-stdlib --scratch-path .build-static --product govdoc >/dev/null
bin=.build-static/release/govdoc
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs=15
# median wall time in ms (3 decimals) of running the command $runs times, after 3 warm-ups
median() {
  local times=()
  for _ in 1 2 3; do "$@" >/dev/null 2>&1; done
  for _ in $(seq $runs); do
    # bash's own clock ($EPOCHREALTIME, µs): no `date` process inside the interval
    local s=${EPOCHREALTIME/./}; "$@" >/dev/null 2>&1; local e=${EPOCHREALTIME/./}
    times+=($(( (e - s) * 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n=$runs '{a[NR]=$1} END{printf "%.3f", a[int((n+1)/2)]/1e6}'
}
help=$(median "$bin" --help)
export_docx=$(median "$bin" export --docx -o "$work/seed.docx" Examples/shimen-2023/report.md)
export_both=$(median "$bin" export --docx --odt -o "$work/seed.docx" Examples/shimen-2023/report.md)
printf '%-52s %9s %8s\n' "process (median of $runs, wall)" "ms" "× --help"
printf '%-52s %9s %8s\n' "govdoc --help (bare start-up)" "$help" "1.00"
printf '%-52s %9s %8s\n' "govdoc export --docx seed report" "$export_docx" "$(awk -v a="$export_docx" -v b="$help" 'BEGIN{printf "%.2f", a/b}')"
printf '%-52s %9s %8s\n' "govdoc export --docx --odt seed report" "$export_both" "$(awk -v a="$export_both" -v b="$help" 'BEGIN{printf "%.2f", a/b}')"
# Instructions of one process each (valgrind callgrind; repeatable on a loaded machine, where
# wall times move by milliseconds). valgrind 3.19 cannot read the DWARF 5 the toolchain writes:
# a copy without debug information is counted.
if command -v valgrind >/dev/null; then
  cp "$bin" "$work/govdoc" && strip --strip-debug "$work/govdoc"
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/govdoc" "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : *//p'; }
  i_help=$(count --help)
  i_docx=$(count export --docx -o "$work/seed.docx" Examples/shimen-2023/report.md)
  i_both=$(count export --docx --odt -o "$work/seed.docx" Examples/shimen-2023/report.md)
  printf '%-52s %9s %8s\n' "process (instructions, millions)" "M" "× --help"
  printf '%-52s %9.1f %8s\n' "govdoc --help (bare start-up)" "$(awk -v a="$i_help" 'BEGIN{print a/1e6}')" "1.00"
  printf '%-52s %9.1f %8s\n' "govdoc export --docx seed report" "$(awk -v a="$i_docx" 'BEGIN{print a/1e6}')" "$(awk -v a="$i_docx" -v b="$i_help" 'BEGIN{printf "%.2f", a/b}')"
  printf '%-52s %9.1f %8s\n' "govdoc export --docx --odt seed report" "$(awk -v a="$i_both" 'BEGIN{print a/1e6}')" "$(awk -v a="$i_both" -v b="$i_help" 'BEGIN{printf "%.2f", a/b}')"
fi
for i in $(seq 1000); do printf -- '---\ntitle: 第%s号简报\nissuer: 某某镇人民政府\ndate: 2024-01-23\n---\n一、工作情况\n本周完成道路巡查%s公里。\n' "$i" "$i" > "$work/s$i.md"; done
start=$(date +%s%N)
for i in $(seq 1000); do "$bin" export --docx "$work/s$i.md" >/dev/null; done
end=$(date +%s%N)
echo "1,000 small documents as 1,000 processes: $(( (end - start) / 1000000 )) ms in all"
mkdir -p "$work/out"
start=$(date +%s%N)
"$bin" export --docx --odt --quiet -o "$work/out/" "$work"
end=$(date +%s%N)
echo "1,000 small documents in one batch process (--docx --odt, $(nproc) cores): $(( (end - start) / 1000000 )) ms in all"
