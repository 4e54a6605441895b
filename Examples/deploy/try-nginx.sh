#!/usr/bin/env bash
# Tries Examples/deploy/nginx.conf on this machine: two govdoc instances and nginx, all on
# loopback ports of their own, a bounded stream of exports through nginx with one instance stopped
# in the middle: no request may fail (nginx retries the other), every answer the same bytes (and
# valid when ../shared/tools is there), both instances must have served some.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nginx >/dev/null || { echo "try-nginx: nginx is not installed (apt-get install nginx-light)"; exit 1; }
swift build --product govdoc >/dev/null && swift build --product govdoc-serve >/dev/null
bin="$PWD/.build/debug/govdoc"
work="$(mktemp -d)"
ports=(18481 18482 18480)
"$bin" serve --port ${ports[0]} 2>"$work/a.log" & a=$!
"$bin" serve --port ${ports[1]} 2>"$work/b.log" & b=$!
trap 'kill $a $b 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; sleep 0.3; rm -rf "$work"' EXIT
sed -e "s#/run/nginx-govdoc.pid#$work/nginx.pid#" -e "s#/var/log/nginx/#$work/#g" \
    -e "s/127.0.0.1:8081/127.0.0.1:${ports[0]}/" -e "s/127.0.0.1:8082/127.0.0.1:${ports[1]}/" \
    -e "s/listen 8080;/listen 127.0.0.1:${ports[2]};/" -e "s/worker_processes auto;/worker_processes 1;/" \
    Examples/deploy/nginx.conf > "$work/nginx.conf"
# as root, nginx's workers would run as nobody, who cannot write into this temporary directory
if [ "$(id -u)" -eq 0 ]; then sed -i '1i user root;' "$work/nginx.conf"; fi
mkdir -p "$work/tmp"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/nginx-start.log"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:${ports[2]}/healthz" >/dev/null && break; sleep 0.1; done
# A bounded stream: 4 clients × 20 exports, and instance A stopped (SIGTERM, then SIGKILL) while
# they run. nginx must pass every request A cannot answer to B: no request may fail, and every
# answer must be the same bytes (the instances are the same program on the same source).
mkdir -p "$work/out"
client() {
  for i in $(seq 20); do
    code=$(curl -s -o "$work/out/$1-$i.docx" -w '%{http_code}' -H 'Content-Type: text/plain' \
      --data-binary @Examples/notice/notice.md "http://127.0.0.1:${ports[2]}/v1/export?format=docx")
    echo "$code" >> "$work/codes-$1"
  done
}
for c in 1 2 3 4; do client "$c" & done
sleep 0.5
kill -TERM $a; sleep 0.2; kill -KILL $a 2>/dev/null || true; wait $a 2>/dev/null || true
wait $(jobs -p | grep -v -x "$b") 2>/dev/null || true
total=$(cat "$work"/codes-* | wc -l)
ok=$(grep -c -x 200 "$work"/codes-* | awk -F: '{s += $2} END {print s}')
first=$(ls "$work"/out/*.docx | head -1)
same=0
for f in "$work"/out/*.docx; do cmp -s "$first" "$f" && same=$((same + 1)); done
if [ -x ../shared/tools/validate-package ]; then ../shared/tools/validate-package --quiet "$first" | tail -1; fi
served_a=$(grep -c "upstream=127.0.0.1:${ports[0]}" "$work/govdoc-access.log" || true)
served_b=$(grep -c "upstream=127.0.0.1:${ports[1]}" "$work/govdoc-access.log" || true)
echo "try-nginx: $ok of $total exports answered 200 with instance A stopped in the middle; A served $served_a, B $served_b; $same of $total answers byte-identical"
after=0
for i in $(seq 10); do
  curl -sf -H 'Content-Type: text/plain' --data-binary @Examples/notice/notice.md -o /dev/null \
    "http://127.0.0.1:${ports[2]}/v1/export?format=docx" && after=$((after + 1))
done
echo "try-nginx: with instance A down, $after of 10 exports answered"
passed=0; failed=0
for c in "$([ "$total" -eq 80 ] && [ "$ok" -eq 80 ] && echo 1 || echo 0)" "$([ "$served_a" -gt 0 ] && [ "$served_b" -gt 0 ] && echo 1 || echo 0)" \
         "$([ "$same" -eq 80 ] && echo 1 || echo 0)" "$([ $after -eq 10 ] && echo 1 || echo 0)"; do
  if [ "$c" = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "try-nginx: $passed passed, $failed failed"
[ $failed -eq 0 ]
