#!/usr/bin/env bash
# Where the time goes: instruction counts (valgrind --tool=callgrind, repeatable on a noisy
# machine) of one DOCX and one ODT build of the seed report and of the stress document, split
# into the parts of the writer, deflate (the floor), and the rest.
#
#   bash Benchmarks/profile.sh        # needs valgrind (apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")"
command -v valgrind >/dev/null || { echo "profile: valgrind is not installed (apt-get install valgrind)"; exit 1; }
swift build -c release --product PeersGovdoc >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 cannot read the DWARF 5 the Swift toolchain writes: profile a copy without it
# (the symbol table stays, so functions keep their names).
cp .build/release/PeersGovdoc "$work/pg" && strip --strip-debug "$work/pg"
count() { # CASE RUNS -> total instructions of the process
  PEERS_RUNS=$2 valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1.$2" "$work/pg" "$work/out" --one "$1" 2>&1 \
    | sed -n 's/.*refs: *//p' | tr -d ,
}
inclusive() { # FILE PATTERN -> instructions of the first function matching (the largest)
  callgrind_annotate --inclusive=yes "$1" 2>/dev/null | swift demangle --simplified > "$1.txt"
  grep -E ":$2 \[" "$1.txt" | head -1 | awk '{print $1}' | tr -d , || true
}
printf '%-12s %14s %10s %10s %10s %10s %10s\n' case "instr/build" "body %" "styles %" "deflate %" "zip rest %" "other %"
for c in seed.docx seed.odt stress.docx stress.odt; do
  n=5; [[ $c == stress* ]] && n=2
  one=$(count "$c" 1); more=$(count "$c" $n)
  per=$(( (more - one) / (n - 1) ))
  f="$work/cg.$c.$n"
  part=DocumentPart; [[ $c == *.odt ]] && part=ContentPart
  body=$(inclusive "$f" "(closure #1 in )?$part.write\(\)")
  styles=$(inclusive "$f" "(closure #1 in )?StylesPart.bytes\(\)")
  deflate=$(inclusive "$f" "deflate")
  # every entry goes through the private add (CRC, deflate, the cache of reusable parts), then finish frames the archive
  adds=$(inclusive "$f" "ZipArchiveWriter.add\(_:_:compressed:reusable:\)"); framing=$(inclusive "$f" "ZipArchiveWriter.finish\(\)")
  zip=$(( ${adds:-0} + ${framing:-0} ))
  total=$(inclusive "$f" "protocol witness for DocumentSerializer.serialize\(_:\) in conformance [A-Za-z]+")
  pct() { awk -v a="$1" -v b="$total" 'BEGIN{printf "%.0f", 100*a/b}'; }
  printf '%-12s %14s %10s %10s %10s %10s %10s\n' "$c" "$per" "$(pct "$body")" "$(pct "$styles")" "$(pct "$deflate")" \
    "$(pct $((zip - deflate)))" "$(pct $((total - body - styles - zip)))"
done
echo "(percentages of one serialize call; body = document.xml / content.xml, zip rest = CRC, copies and archive framing)"
