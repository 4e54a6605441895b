#!/usr/bin/env bash
# Load and soak of `govdoc serve` on loopback: wrk POSTs the seed report to
# /v1/export?format=docx for DURATION seconds (default 60) over CONNECTIONS connections
# (default 16) with 2 threads, against the release build, after WARMUP seconds (default 30) of
# the same load, while the server's resident memory is sampled every 5 s. Prints wrk's figures (requests/s, latency percentiles, errors) and the
# RSS samples, and says whether the goals hold: >= 400 exports/s, p99 <= 50 ms, 0 errors,
# RSS flat within ±10% over the soak (after the warm-up).
#
#   bash Benchmarks/serve-load.sh [DURATION] [CONNECTIONS] [WARMUP]
#
# Needs wrk (Debian: apt-get install wrk). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60}"
connections="${2:-16}"
warmup="${3:-30}"
command -v wrk >/dev/null || { echo "serve-load: wrk is not installed (apt-get install wrk)"; exit 1; }
swift build -c release --product govdoc >/dev/null && swift build -c release --product govdoc-serve >/dev/null
bin=.build/release/govdoc
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work="$(mktemp -d)"
"$bin" serve --port "$port" 2>"$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

cat > "$work/post.lua" <<EOF
wrk.method = "POST"
local f = io.open("$PWD/Examples/shimen-2023/report.md", "rb")
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
EOF

# the answer is a valid .docx before anything is timed
curl -sf -H 'Content-Type: text/plain' --data-binary @Examples/shimen-2023/report.md \
  -o "$work/check.docx" "http://127.0.0.1:$port/v1/export?format=docx"
if [ -x ../shared/tools/validate-package ]; then ../shared/tools/validate-package --quiet "$work/check.docx" | tail -1; fi

echo "warm-up: ${warmup} s (resident memory grows to its working size in the first ~20,000 exports, then stays)"
wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/post.lua" "http://127.0.0.1:$port/v1/export?format=docx" >/dev/null

rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
# the server's CPU time (user + system) in clock ticks
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
: > "$work/rss.txt"
( for _ in $(seq $((duration / 5))); do rss >> "$work/rss.txt"; sleep 5; done ) &
sampler=$!
echo "soak: ${duration} s, ${connections} connections, 2 wrk threads, server pid $server on $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu_before=$(cpu)
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/export?format=docx" | tee "$work/wrk.txt"
wait $sampler || true
rss >> "$work/rss.txt"
cpu_after=$(cpu)
echo "$(( cpu_after - cpu_before )) $(getconf CLK_TCK)" > "$work/cpu.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS samples (KiB, every 5 s): $(tr '\n' ' ' < "$work/rss.txt")"

python3 - "$work/wrk.txt" "$work/rss.txt" "$work/cpu.txt" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
ticks, hz = (int(x) for x in open(sys.argv[3]).read().split())
rss = [int(x) for x in open(sys.argv[2]).read().split()]
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
p99 = ms(*p99.groups()) if p99 else float("nan")
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
errors = non2xx + socket_errors
first = rss[0] if rss else 0
spread = (max(rss) - min(rss)) / first * 100 if first else float("nan")
total = int(re.search(r"(\d+) requests in", text).group(1))
cpu_ms = ticks / hz * 1000 / total if total else float("nan")
print(f"server CPU: {ticks / hz:.1f} s for {total} exports = {cpu_ms:.2f} ms of CPU per export "
      f"(so 2 idle cores could serve about {2000 / cpu_ms:.0f} exports/s before wrk's own share)")
print(f"figures: {rate:.0f} exports/s, p99 {p99:.1f} ms, {errors} errors "
      f"({non2xx} non-2xx, {socket_errors} socket), RSS {min(rss)/1024:.1f}–{max(rss)/1024:.1f} MiB "
      f"(spread {spread:.1f}% of the first sample)")
goals = [("≥ 400 exports/s", rate >= 400), ("p99 ≤ 50 ms", p99 <= 50), ("0 errors", errors == 0),
         ("RSS flat ±10%", spread <= 20 and max(rss) <= first * 1.10 and min(rss) >= first * 0.90)]
for name, ok in goals:
    print(("met   " if ok else "MISSED") + " " + name)
EOF
