#!/usr/bin/env bash
# Feeds at scale (issue 14's "Feeds and ninjs: a feed of 50 full-text items at >= 2,000 requests/s cached, p99 under
# 50 ms"): load N generated articles (default 10,000) into a fresh H2 file database through POST /v1/bulk, then
# measure with wrk the anonymous (cached) feeds of the 50 newest articles with their full text, in each format, with
# Accept-Encoding: gzip (as readers and CDNs send it) and without (the identity form), and the same with the key (which
# bypasses the response cache: every request computed). ROUNDS (2) runs of each, interleaved; take the medians. Loopback only; every load is
# bounded by DURATION. Needs wrk, python3, curl (bench/run.sh installs wrk).
#
#   bench/feeds/run.sh                              # 10,000 articles
#   N=2000 DURATION=5s bench/feeds/run.sh           # quick
#   REUSE_DB=1 SKIP_BUILD=1 bench/feeds/run.sh      # the workloads again on the loaded database
#   DB=pg PGDB=lede_h4 bench/feeds/run.sh           # on PostgreSQL (127.0.0.1:5432, role lede), emptied unless REUSE_DB=1
set -euo pipefail

N=${N:-10000}
SEED=${SEED:-42}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
LOADERS=${LOADERS:-2}
PORT=${PORT:-18480}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k} # the README's
WORK=${WORK:-/tmp/bench-feeds}
KEY=bench-key
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
DB=${DB:-h2}
PGDB=${PGDB:-lede_bench}
APP=$WORK/app-$DB                    # a copy of the built app: another build in the checkout does not disturb a run
RUN=$WORK/run-$DB-$N-$SEED
DB_DIR=$RUN/db
LEDE=http://127.0.0.1:$PORT
RESULTS=$RUN/results.jsonl
mkdir -p "$RUN"
: > "$RESULTS"
log() { echo "[feeds $(date +%H:%M:%S)] $*" >&2; }
for tool in wrk python3 curl; do command -v $tool >/dev/null || { echo "$tool is needed (bench/run.sh installs wrk)" >&2; exit 1; }; done

SERVER_PID=
stop_lede() { [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }; }
trap stop_lede EXIT

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the jar (the build rewrites openapi/: do not commit that)"
  PROFILE=(); [ "$DB" = pg ] && PROFILE=(-Dquarkus.profile=pg) # the database kind is fixed at build time
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests "${PROFILE[@]}")
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP" && git -C "$ROOT" rev-parse --short HEAD > "$APP/COMMIT"
fi

DATA=$WORK/data-$N-$SEED.ndjson
[ -s "$DATA.manifest.json" ] || { log "generating $N articles"; python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"; }

CLEAN_AT_START=false
[ "$DB" != pg ] || [ "${REUSE_DB:-0}" = 1 ] || CLEAN_AT_START=true
[ "$DB" = pg ] && JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$PGDB || JDBC_URL="jdbc:h2:file:$DB_DIR/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"
start_lede() {
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_PG_CLEAN_AT_START=$CLEAN_AT_START LEDE_SEARCH_PATH="$RUN/search" \
    bash -c 'cd "$1" && exec java $2 -jar quarkus-run.jar' start "$APP" "$JAVA_OPTS" >> "$RUN/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 4800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$LEDE/q/health/ready" 2>/dev/null || true)" = 200 ] && return
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "Lede not ready after 20 min" >&2; exit 1
}

: > "$RUN/server.log"
if [ "${REUSE_DB:-0}" != 1 ]; then
  rm -rf "$DB_DIR" "$RUN/search"
  start_lede
  log "loading $(wc -l < "$DATA") lines through POST /v1/bulk"
  python3 "$BENCH/load.py" "$DATA" "$LEDE" "$KEY" --lines 1000 --loaders "$LOADERS" > "$RUN/load.json" \
    || { echo "bulk load failed: $(cat "$RUN/load.json")" >&2; exit 1; }
  log "loaded: $(cat "$RUN/load.json")"
else
  start_lede
fi

# One path per workload: a cached feed is one response, as a feed reader polling it sees it.
: > "$RUN/sizes.jsonl"
for format in rss atom json; do
  path="/v1/feeds/articles.$format?fullText=true&limit=50"
  echo "$path" > "$RUN/$format.txt"
  items=$(curl -s "$LEDE$path" | grep -o -e '<item>' -e '<entry>' -e '"content_html"' | wc -l)
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$LEDE$path")
  gzipped=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$LEDE$path")
  log "$path: $items items, $bytes bytes ($gzipped gzipped)"
  echo "{\"feed\": \"$format\", \"items\": $items, \"bytes\": $bytes, \"gzipBytes\": $gzipped}" >> "$RUN/sizes.jsonl"
done

measure() { # name path-file [key [accept-encoding]]
  local name=$1 file=$2; shift 2
  local out result
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$BENCH/lua/paths.lua" "$LEDE" -- "$file" "$@" 2>&1) || true
  result=$(echo "$out" | sed -n 's/^RESULT //p')
  [ -n "$result" ] || { echo "$out" >&2; exit 1; }
  echo "{\"workload\": \"$name\", \"n\": $N, \"connections\": $CONNECTIONS, \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"wrk\": $result}" >> "$RESULTS"
  log "$name: $(echo "$result" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(round(r["requests"]/r["duration_us"]*1e6), "req/s, p99", r["p99_us"]/1000, "ms, errors", r["non2xx"] + r["timeout"])') (load $(cut -d' ' -f1 /proc/loadavg))"
}

log "warming up ($DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$BENCH/lua/paths.lua" "$LEDE" -- "$RUN/rss.txt" "" gzip >/dev/null 2>&1 || true
# Each workload ROUNDS times, interleaved, so that a busy spell on the machine does not fall on one workload only.
for round in $(seq 1 "${ROUNDS:-2}"); do
  for format in rss atom json; do
    measure "feed-$format-cached-gzip" "$RUN/$format.txt" "" gzip
  done
  for format in rss json; do
    measure "feed-$format-cached-identity" "$RUN/$format.txt"
  done
  # UNCACHED=0 skips it: at tens of thousands of articles on H2 each computation takes long enough that 32 of them at
  # once exhaust the 256 MB heap, and the cached rounds after them measure that instead.
  [ "${UNCACHED:-1}" = 0 ] || measure "feed-rss-uncached" "$RUN/rss.txt" "$KEY"
done
log "results in $RESULTS (machine load average: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc))"
