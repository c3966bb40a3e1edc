#!/usr/bin/env bash
# A/B of two builds on a database bench/search/run.sh loaded (LOAD_ONLY=1 is enough), in CPU milliseconds per request:
# the figure that survives a machine shared with other work, which moves req/s by 2x between runs. Both servers are up
# at once, each on its own copy of the database and its own index (rebuilt at the first start), and short wrk runs
# alternate (A,B then B,A); prints per workload the medians of req/s, p99 and CPU ms per request, with the load average.
#
#   bench/search/ab.sh APP_A APP_B [ROUNDS]    each APP a quarkus-app directory (target/quarkus-app, or a copy)
# Environment: N, SEED, WORK (as run.sh: where its database is), W (workloads, names of run.sh's path lists; default
# the four common-word searches), D (run length, 5s), C (connections, 32), OUT (raw lines, default under WORK),
# JFR_A / JFR_B (a file: record a flight recording of that server's whole run there), KEEP=1 (reuse each server's copy
# of the database and its index from the last run: no rebuild; the index schema must not have changed), PORT_A / PORT_B
# (the two servers' ports, 18391 and 18392).
set -euo pipefail
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); rounds=${3:-4}
N=${N:-20000}; SEED=${SEED:-42}; WORK=${WORK:-/tmp/bench13}; D=${D:-5s}; C=${C:-32}
W=${W:-"search-common-1w-facets search-common-1w search-common-2w-facets search-common-2w"}
BENCH=$(cd "$(dirname "$0")/.." && pwd)
RUN=$WORK/run-$N-$SEED
OUT=${OUT:-$RUN/ab-$(date +%H%M%S).txt}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k} # the README's
KEY=bench-key
[ -s "$RUN/load.json" ] || { echo "no database loaded in $RUN (bench/search/run.sh with LOAD_ONLY=1)" >&2; exit 1; }
[ -d "$RUN/paths" ] || python3 "$BENCH/search/paths.py" "$WORK/data-$N-$SEED.ndjson" "$RUN/paths"
PIDS=(); PA=${PORT_A:-18391}; PB=${PORT_B:-18392}
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

start() { # name app port jfr-file: a copy of the database per server (H2 locks its file), the index beside it
  local dir=$RUN/ab-$1 jfr=""
  [ "${KEEP:-0}" = 1 ] && [ -d "$dir/db" ] || { rm -rf "$dir" && mkdir -p "$dir" && cp -r "$RUN/db" "$dir/db"; }
  [ -z "$4" ] || jfr="-XX:StartFlightRecording=filename=$4,settings=profile,dumponexit=true"
  (cd "$2" && LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT=$3 LEDE_SEARCH_PATH="$dir/search" QUARKUS_LOG_LEVEL=WARN QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=120S \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$dir/db/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0" \
    exec java $JAVA_OPTS $jfr -jar quarkus-run.jar > "$dir/server.log" 2>&1) &
  PIDS+=($!)
}
ready() { # port pid: waits until ready (the index is rebuilt at the first start), fails if the server stopped
  for _ in $(seq 1 2400); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$1/q/health/ready")" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server on port $1 stopped (see its server.log under $RUN)" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server on port $1 was not ready in 20 minutes" >&2; exit 1
}
# One after the other: opening a database and rebuilding an index at once made one time out on a busy machine.
start a "$A" $PA "${JFR_A:-}"; ready $PA "${PIDS[0]}"
start b "$B" $PB "${JFR_B:-}"; ready $PB "${PIDS[1]}"
PID_A=${PIDS[0]}; PID_B=${PIDS[1]} # the subshells exec java: these are the servers
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # workload port pid -> "req/s p99_ms cpu_ms_per_request"
  local c0 out
  c0=$(ticks "$3")
  out=$(wrk -t2 -c"$C" -d"$D" --timeout 5s -s "$BENCH/lua/paths.lua" "http://127.0.0.1:$2" -- "$RUN/paths/$1.txt" "$KEY" 2>&1 | sed -n 's/^RESULT //p')
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); n=max(r["requests"], 1); assert r["non2xx"] == 0, "non-2xx answers"
print(round(n / r["duration_us"] * 1e6, 1), round(r["p99_us"] / 1000, 1), round((int(sys.argv[2]) / int(sys.argv[3])) * 1000 / n, 2))' \
    "$out" "$(( $(ticks "$3") - c0 ))" "$(getconf CLK_TCK)"
}
for w in $W; do run "$w" $PA "$PID_A" >/dev/null || true; run "$w" $PB "$PID_B" >/dev/null || true; done # warm-up
for r in $(seq 1 "$rounds"); do for w in $W; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  if [ $((r % 2)) = 1 ]; then a=$(run "$w" $PA "$PID_A"); b=$(run "$w" $PB "$PID_B")
  else b=$(run "$w" $PB "$PID_B"); a=$(run "$w" $PA "$PID_A"); fi
  echo "$w $a $b $load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT"
done; done
python3 - "$OUT" <<'PY'
import collections, statistics, sys
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split(); d[f[0]].append([float(x) for x in f[1:]])
print(f"{'workload':26} {'A req/s':>8} {'B req/s':>8} {'A p99':>7} {'B p99':>7} {'A cpu ms':>8} {'B cpu ms':>8} {'B/A cpu':>7}  load")
for w, rows in d.items():
    m = [statistics.median(r[i] for r in rows) for i in range(8)]
    print(f"{w:26} {m[0]:8.0f} {m[3]:8.0f} {m[1]:7.1f} {m[4]:7.1f} {m[2]:8.2f} {m[5]:8.2f} {m[5] / m[2]:7.2f}  {m[6]:.2f}-{m[7]:.2f}")
PY
