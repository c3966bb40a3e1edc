#!/usr/bin/env bash
# A/B of two builds on a small database, both servers up at once, short wrk runs alternating (A,B then B,A), medians:
# finer than two bench/run.sh runs back to back, whose order alone moves the uncached figures by 20-30% here.
#   bench/interleaved.sh DIR_A DIR_B [ROUNDS]     each DIR holds a built target/quarkus-app (the embedded default)
# Environment: W (workloads, default all), D (run length, 5s), WARM (warm-up per workload and build, default D),
# XA / XB (extra JVM options per build). Workloads: c-article, c-list (anonymous, cached), k-article, k-people (with
# the key: uncached), write (draft then publish, bench/lua/write.lua). Prints one line per workload.
set -u
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); rounds=${3:-6}; D=${D:-5s}
BENCH=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d) # each server's database and log, never a checkout's own ./data
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; rm -rf "$WORK"' EXIT
start() { # dir port jvm-options: the build runs in a directory of its own under $WORK
  mkdir -p "$WORK/$2"
  (cd "$WORK/$2" && LEDE_ADMIN_KEY=bench-key exec java $3 -Xmx256m -XX:+UseParallelGC -Dquarkus.http.port=$2 \
    -Dquarkus.log.level=WARN -jar "$1/target/quarkus-app/quarkus-run.jar" > run.log 2>&1) &
  PIDS+=($!); }
start "$A" 18081 "${XA:-}"; start "$B" 18082 "${XB:-}"
for p in 18081 18082; do for i in $(seq 1 120); do curl -sf localhost:$p/q/health/ready >/dev/null && break; sleep 1; done; done
slug=$(curl -s "localhost:18081/v1/articles" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"][0]["slug"])')
K='Authorization: Bearer bench-key'
run() { # workload port [duration] -> requests/s; stops everything if any answer was not 2xx (a 401 is not throughput)
  local d=${3:-$D} out
  out=$(case $1 in
   c-article) wrk -t2 -c8 -d$d "http://127.0.0.1:$2/v1/articles/$slug";;
   c-list) wrk -t2 -c8 -d$d "http://127.0.0.1:$2/v1/articles?limit=10";;
   k-article) wrk -t2 -c8 -d$d -H "$K" "http://127.0.0.1:$2/v1/articles/$slug";;
   k-people) wrk -t2 -c8 -d$d -H "$K" "http://127.0.0.1:$2/v1/people?limit=10";;
   write) wrk -t1 -c4 -d$d -s "$BENCH/lua/write.lua" "http://127.0.0.1:$2" -- bench-key john-kirby iran;;
  esac)
  if grep -q "Non-2xx" <<< "$out"; then echo "$1 on port $2: answers that were not 2xx" >&2; exit 1; fi
  awk '/Requests\/sec/{print $2}' <<< "$out"; }
W=${W:-"c-article c-list k-article k-people write"}
for w in $W; do run $w 18081 "${WARM:-$D}" >/dev/null; run $w 18082 "${WARM:-$D}" >/dev/null; done
for r in $(seq 1 "$rounds"); do for w in $W; do
  if [ $((r % 2)) = 1 ]; then a=$(run $w 18081); b=$(run $w 18082); else b=$(run $w 18082); a=$(run $w 18081); fi
  [ -n "$a" ] && [ -n "$b" ] || exit 1
  echo "$w $a $b"; done; done > "$WORK/pairs"
python3 - "$WORK/pairs" <<'PY'
import collections, statistics, sys
d = collections.defaultdict(lambda: ([], []))
for line in open(sys.argv[1]):
    w, a, b = line.split(); d[w][0].append(float(a)); d[w][1].append(float(b))
for w, (a, b) in d.items():
    ma, mb = statistics.median(a), statistics.median(b)
    pairs = sorted(y / x for x, y in zip(a, b))
    print(f"{w:10} A {ma:9.0f} B {mb:9.0f} B/A {mb / ma:5.3f}  pair ratios {['%.2f' % x for x in pairs]}")
PY
