#!/usr/bin/env bash
# The change feed (issue 14's "Performance"): load N generated articles into a fresh H2 database, then measure
# (1) reading the whole change log from the start with limit=1000 (events/s, anonymous and with the key),
# (2) how soon a long-poll returns after a write's 2xx (the commit came before it),
# (3) uncached reads (with the key) and cached anonymous reads, with no long-poll and then with 500 idle long-polls.
# Loopback only; every load is bounded in time. Figures go to $RUN/results.jsonl and are printed at the end.
#
#   bench/changes/run.sh                        # 10,000 articles
#   N=2000 DURATION=5s bench/changes/run.sh     # quick
#   REUSE_DB=1 SKIP_BUILD=1 bench/changes/run.sh
#   REUSE_DB=1 SKIP_BUILD=1 APP=/tmp/bench14-changes/app-before RESULTS=/tmp/before.jsonl bench/changes/run.sh
# Each figure carries the load average when it was taken; on a shared machine compare runs made side by side only.
set -euo pipefail

N=${N:-10000}
SEED=${SEED:-42}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
LOADERS=${LOADERS:-2}
IDLE_POLLS=${IDLE_POLLS:-500}
PORT=${PORT:-18390}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
WORK=${WORK:-/tmp/bench14-changes}
KEY=bench-key
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
APP=${APP:-$WORK/app}   # APP=<a copied quarkus-app> SKIP_BUILD=1: measure another build (before/after)
RUN=$WORK/run-$N-$SEED
DB_DIR=$RUN/db
LEDE=http://127.0.0.1:$PORT
RESULTS=${RESULTS:-$RUN/results.jsonl}
mkdir -p "$RUN"
: > "$RESULTS"
log() { echo "[changes $(date +%H:%M:%S)] $*" >&2; }
for tool in wrk python3 curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

SERVER_PID=
stop_lede() { [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }; }
trap stop_lede EXIT

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the jar (the build rewrites openapi/: do not commit that)"
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests)
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP" && git -C "$ROOT" rev-parse --short HEAD > "$APP/COMMIT"
fi
DATA=$WORK/data-$N-$SEED.ndjson
[ -s "$DATA.manifest.json" ] || { log "generating $N articles"; python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"; }

JDBC_URL="jdbc:h2:file:$DB_DIR/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"
start_lede() {
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_SEARCH_PATH="$RUN/search" \
    bash -c 'cd "$1" && exec java $2 -jar quarkus-run.jar' start "$APP" "$JAVA_OPTS" >> "$RUN/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 4800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$LEDE/q/health/ready" 2>/dev/null || true)" = 200 ] && return
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; exit 1; }
    sleep 0.25
  done
}

: > "$RUN/server.log"
if [ "${REUSE_DB:-0}" != 1 ]; then
  rm -rf "$DB_DIR" "$RUN/search"
  start_lede
  log "loading $(wc -l < "$DATA") lines through POST /v1/bulk"
  python3 "$BENCH/load.py" "$DATA" "$LEDE" "$KEY" --lines 1000 --loaders "$LOADERS" > "$RUN/load.json"
  log "loaded: $(cat "$RUN/load.json")"
  stop_lede
fi
start_lede
log "Lede up; measuring"
python3 "$BENCH/changes/measure.py" "$LEDE" "$KEY" "$RESULTS" --duration "$DURATION" --connections "$CONNECTIONS" \
  --threads "$THREADS" --idle-polls "$IDLE_POLLS" --lua "$BENCH/lua/paths.lua" --work "$RUN"
cat "$RESULTS"
