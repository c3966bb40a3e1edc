#!/usr/bin/env bash
# The whole Lede benchmark in one command: build, generate, load through POST /v1/bulk, warm up, measure
# each read workload against Lede and against nginx serving the same bytes, a write workload beside reads,
# the ingest of real-shaped pages by one client,
# then write bench/results/<date>.md and the summary table of BENCHMARKS.md. Loopback only; every load is
# bounded in time (DURATION per run). See bench/README.md.
#
#   bench/run.sh                      # 100,000 articles (default)
#   N=20000 bench/run.sh              # smaller, faster
#   N=20000 SKIP_BUILD=1 DURATION=5s bench/run.sh
#   DB=pg bench/run.sh                # on PostgreSQL (Debian's, started by .ci/start-postgresql) instead of H2
#   REUSE_DB=1 SKIP_BUILD=1 bench/run.sh   # the workloads again on the database the last run loaded (same DB, N, seed)
set -euo pipefail

N=${N:-100000}
DB=${DB:-h2}
# The production JVM settings of the README: a small heap is plenty (the live set is under 150 MB) and keeps RSS low.
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
SEED=${SEED:-42}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
LOADERS=${LOADERS:-2}            # article requests in flight at once during the bulk load (bench/load.py)
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
KEY=bench-key
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK=$BENCH/work
LEDE=http://127.0.0.1:$PORT
NGINX=http://127.0.0.1:$NGINX_PORT
mkdir -p "$WORK"
RESULTS=$WORK/results.jsonl
: > "$RESULTS"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
calc() { printf '%.3f' "$(echo "$1" | bc -l)"; } # bc prints .5 for 0.5, which is not JSON

# --- Tools (Debian packages; installed when missing) -------------------------------------------------
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  log "installing wrk and nginx"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
command -v python3 >/dev/null || { echo "python3 is needed (generator and report)" >&2; exit 1; }

SERVER_PID=
NGINX_PID_FILE=$WORK/nginx.pid
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -f "$NGINX_PID_FILE" ] && kill "$(cat "$NGINX_PID_FILE")" 2>/dev/null || true
  rm -f "$NGINX_PID_FILE"
}
trap cleanup EXIT

# --- Build ----------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar for $DB (note: the build rewrites openapi/; commit it only when the API changed)"
  PROFILE=(); [ "$DB" = pg ] && PROFILE=(-Dquarkus.profile=pg) # the database kind is fixed at build time
  # AppCDS: the JVM maps the classes Quarkus loads at boot from an archive made at build time instead of loading
  # them one by one (start-up on the loaded 100,000-article H2 file: 7.1 -> 6.0 s, same session, see BENCHMARKS.md).
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true "${PROFILE[@]}")
fi

# --- Data -----------------------------------------------------------------------------------------------
DATA=$WORK/data-$N-$SEED.ndjson
if [ ! -s "$DATA.manifest.json" ] || ! grep -q '"quotes"' "$DATA.manifest.json"; then # older data had no quotes
  log "generating $N articles (seed $SEED)"
  python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"
fi

# --- Lede on a fresh database (an H2 file, or a PostgreSQL database emptied at the first start) ----------
REUSE_DB=${REUSE_DB:-0}
LOAD_RECORD=$WORK/load-$DB-$N-$SEED.json # the load figures of the run that loaded the database, for REUSE_DB=1
[ "$REUSE_DB" = 1 ] && [ ! -s "$LOAD_RECORD" ] && { echo "REUSE_DB=1: no database loaded for DB=$DB N=$N SEED=$SEED" >&2; exit 1; }
if [ "$REUSE_DB" != 1 ]; then
  rm -f "$LOAD_RECORD"
  [ "$DB" = h2 ] && rm -rf "$WORK/db" # a PostgreSQL run leaves the H2 database alone (and the other way round)
fi
if [ "$DB" = pg ]; then
  "$ROOT/.ci/start-postgresql" lede_bench >&2
  JDBC_URL=jdbc:postgresql://127.0.0.1:5432/lede_bench
else
  # The application's default URL (application.properties) with the data under $WORK. H2_WRITE_DELAY=500 measures
  # H2's old default (commits flushed up to half a second later) against the durable default of 0.
  JDBC_URL="jdbc:h2:file:$WORK/db/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=${H2_WRITE_DELAY:-0}"
fi
CLEAN_AT_START=true
start_lede() { # sets SERVER_PID and STARTUP (seconds until ready)
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_PG_CLEAN_AT_START=$CLEAN_AT_START LEDE_DURABILITY_H2_WRITE_DELAY=${H2_WRITE_DELAY:-0} \
    bash -c 'cd "$1/target/quarkus-app" && CDS=() && { [ ! -f app-cds.jsa ] || CDS=(-XX:SharedArchiveFile=app-cds.jsa); } &&
      exec java $2 "${CDS[@]}" -jar quarkus-run.jar' start "$ROOT" "$JAVA_OPTS" >> "$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local t0=$(date +%s.%N)
  for _ in $(seq 1 240); do
    curl -sf "$LEDE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" || { tail -30 "$WORK/server.log"; exit 1; }
    sleep 0.25
  done
  STARTUP=$(calc "$(date +%s.%N) - $t0")
}
: > "$WORK/server.log"
echo "{\"kind\": \"machine\", \"db\": \"$DB\", \"java_opts\": \"$JAVA_OPTS\", \"nproc\": $(nproc), \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\", \"mem_gb\": $(free -g | awk '/Mem:/ {print $2}'), \"load_before\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"reused_db\": $([ "$REUSE_DB" = 1 ] && echo true || echo false)}" >> "$RESULTS"
if [ "$REUSE_DB" = 1 ]; then
  log "reusing the database loaded by an earlier run (its load figures: $LOAD_RECORD)"
  cat "$LOAD_RECORD" >> "$RESULTS"
else
start_lede; STARTUP_EMPTY=$STARTUP
log "Lede up (pid $SERVER_PID) in ${STARTUP_EMPTY}s on an empty database"

# --- Load through POST /v1/bulk --------------------------------------------------------------------------
log "loading $(wc -l < "$DATA") lines through POST /v1/bulk ($LOADERS article requests at a time)"
# The catalog first, one request at a time; then the articles, each request with its articles' quote lines
# (articles/s counts an article with its quotes), LOADERS requests at once (bench/load.py).
figures=$(python3 "$BENCH/load.py" "$DATA" "$LEDE" "$KEY" --lines 1000 --loaders "$LOADERS") \
  || { echo "bulk load failed or refused lines: $figures" >&2; exit 1; }
log "loaded: $figures"
python3 - "$RESULTS" "$figures" <<PY
import json, sys
record = dict(json.loads(sys.argv[2]), kind="load", startup_empty_s=$STARTUP_EMPTY)
with open(sys.argv[1], "a") as f:
    f.write(json.dumps(record) + "\n")
PY

tail -1 "$RESULTS" > "$LOAD_RECORD"
# Restart on the loaded database: start-up time on an existing database, and a clean heap for the reads.
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
fi
CLEAN_AT_START=false
start_lede; STARTUP_LOADED=$STARTUP
log "Lede restarted in ${STARTUP_LOADED}s on the loaded database"
echo "{\"kind\": \"startup\", \"loaded_s\": $STARTUP_LOADED}" >> "$RESULTS"

# --- Workloads and the static mirror for nginx -----------------------------------------------------------
rm -rf "$WORK/static" "$WORK/paths"
python3 "$BENCH/prepare.py" "$LEDE" "$DATA.manifest.json" "$WORK"
cat > "$WORK/nginx.conf" <<NGX
worker_processes 2;
pid $NGINX_PID_FILE;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; }
}
NGX
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
run_wrk() { # name target url script args... -> appends one result line
  local name=$1 target=$2 url=$3 script=$4; shift 4
  local pid=$SERVER_PID; [ "$target" = nginx ] && pid=$(cat "$NGINX_PID_FILE")
  local c0=$(cpu_ticks "$SERVER_PID") t0=$(date +%s.%N)
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$script" "$url" -- "$@" 2>&1) || true
  local c1=$(cpu_ticks "$SERVER_PID") t1=$(date +%s.%N)
  local result=$(echo "$out" | sed -n 's/^RESULT //p')
  [ -n "$result" ] || { echo "$out" >&2; result='{"requests": 0, "duration_us": 1, "p50_us": 0, "p99_us": 0, "max_us": 0, "non2xx": 0, "connect": 0, "read": 0, "write": 0, "timeout": 0}'; }
  local cpu=$(calc "($c1 - $c0) / $(getconf CLK_TCK) / ($t1 - $t0) * 100")
  echo "{\"kind\": \"wrk\", \"workload\": \"$name\", \"target\": \"$target\", \"lede_cpu_pct\": $cpu, \"lede_rss_kb\": $(rss_kb "$SERVER_PID"), \"wrk\": $result}" >> "$RESULTS"
  log "$name on $target: $(echo "$result" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(round(r["requests"]/r["duration_us"]*1e6), "req/s, p50", r["p50_us"]/1000, "ms, p99", r["p99_us"]/1000, "ms")')"
}

log "warming up (mixed reads, $DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$BENCH/lua/paths.lua" "$LEDE" -- "$WORK/paths/mixed.txt" >/dev/null 2>&1 || true

WORKLOADS="article newest person-popular person-rare entity-range deep-page mixed"
for w in $WORKLOADS; do
  run_wrk "$w" lede "$LEDE" "$BENCH/lua/paths.lua" "$WORK/paths/$w.txt"
  run_wrk "$w" nginx "$NGINX" "$BENCH/lua/paths.lua" "$WORK/paths/$w.nginx.txt"
done
# The same reads without the response cache: requests with a key bypass it (what an editor's tool or a partner
# with a key sees, and the cost of the first read after a write). Their nginx baseline is the cached run's.
for w in $WORKLOADS; do
  run_wrk "$w-uncached" lede "$LEDE" "$BENCH/lua/paths.lua" "$WORK/paths/$w.txt" "$KEY"
done

# Writes beside reads: 4 connections create drafts while the others read the mixed workload.
PERSON=$(python3 -c "import json; print(json.load(open('$DATA.manifest.json'))['popularPerson'])")
ENTITY=$(python3 -c "import json; print(json.load(open('$DATA.manifest.json'))['popularEntity'])")
log "writes beside reads"
c0=$(cpu_ticks "$SERVER_PID"); t0=$(date +%s.%N)
wrk -t1 -c4 -d"$DURATION" --timeout 5s -s "$BENCH/lua/write.lua" "$LEDE" -- "$KEY" "$PERSON" "$ENTITY" > "$WORK/write.out" 2>&1 &
WRITER=$!
reads=$(wrk -t"$THREADS" -c$((CONNECTIONS - 4)) -d"$DURATION" --timeout 5s -s "$BENCH/lua/paths.lua" "$LEDE" -- "$WORK/paths/mixed.txt" 2>&1 | sed -n 's/^RESULT //p')
wait "$WRITER" || true
c1=$(cpu_ticks "$SERVER_PID"); t1=$(date +%s.%N)
cpu=$(calc "($c1 - $c0) / $(getconf CLK_TCK) / ($t1 - $t0) * 100")
writes=$(sed -n 's/^RESULT //p' "$WORK/write.out")
echo "{\"kind\": \"wrk\", \"workload\": \"reads-beside-writes\", \"target\": \"lede\", \"lede_cpu_pct\": $cpu, \"lede_rss_kb\": $(rss_kb "$SERVER_PID"), \"wrk\": ${reads:-null}}" >> "$RESULTS"
echo "{\"kind\": \"wrk\", \"workload\": \"writes-beside-reads\", \"target\": \"lede\", \"lede_cpu_pct\": $cpu, \"lede_rss_kb\": $(rss_kb "$SERVER_PID"), \"wrk\": ${writes:-null}}" >> "$RESULTS"

# --- Ingest of real-shaped pages ------------------------------------------------------------------------------
# One client (wrk -t1 -c1) ingests the labeled real pages (src/test/resources/fixtures/pages) in turn, each made a
# new page by a number in its URL hint and headline, on the loaded database (its catalog of 10,000 people and
# 5,000 entities). The warm-up (INGEST_WARMUP, 20 s: after 10 s the JIT was still compiling the write path and the
# first measured run was half as fast) ingests each page many times: its first sight creates the page's new people
# and entities and the catalog snapshot is rebuilt; what is measured after is the steady state of new articles.
wait_idle() { # until Lede uses under 10% of a core for a second, at most 60 s: requests abandoned by the
  # clients of the section before (time-outs) are still being served, and one ingest client would queue behind them
  local waited=0 c0 c1
  while [ $waited -lt 60 ]; do
    c0=$(cpu_ticks "$SERVER_PID"); sleep 1; c1=$(cpu_ticks "$SERVER_PID"); waited=$((waited + 1))
    [ $((c1 - c0)) -lt $(( $(getconf CLK_TCK) / 10 )) ] && break
  done
  log "Lede idle after ${waited}s"
}
log "ingest of real-shaped pages (one client)"
wait_idle
python3 "$BENCH/ingest/pages.py" "$ROOT/src/test/resources/fixtures/pages" "$WORK/ingest-pages.txt"
wrk -t1 -c1 -d"${INGEST_WARMUP:-20s}" --timeout 5s -s "$BENCH/lua/ingest.lua" "$LEDE" -- "$KEY" "$WORK/ingest-pages.txt" warm >/dev/null 2>&1 || true
run_wrk_ingest() { # like run_wrk, single client; "created" in the RESULT line counts the 201s
  local c0=$(cpu_ticks "$SERVER_PID") t0=$(date +%s.%N)
  local out result cpu
  out=$(wrk -t1 -c1 -d"$DURATION" --timeout 5s -s "$BENCH/lua/ingest.lua" "$LEDE" -- "$KEY" "$WORK/ingest-pages.txt" "run$(date +%s)" 2>&1) || true
  local c1=$(cpu_ticks "$SERVER_PID") t1=$(date +%s.%N)
  result=$(echo "$out" | sed -n 's/^RESULT //p')
  [ -n "$result" ] || { echo "$out" >&2; result=null; }
  cpu=$(calc "($c1 - $c0) / $(getconf CLK_TCK) / ($t1 - $t0) * 100")
  echo "{\"kind\": \"wrk\", \"workload\": \"ingest\", \"target\": \"lede\", \"lede_cpu_pct\": $cpu, \"lede_rss_kb\": $(rss_kb "$SERVER_PID"), \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"wrk\": $result}" >> "$RESULTS"
  [ "$result" = null ] || log "ingest: $(echo "$result" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(round(r["requests"]/r["duration_us"]*1e6, 1), "pages/s, p50", r["p50_us"]/1000, "ms, p99", r["p99_us"]/1000, "ms,", r["created"], "created")')"
}
run_wrk_ingest

echo "{\"kind\": \"end\", \"lede_rss_kb\": $(rss_kb "$SERVER_PID"), \"load_after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >> "$RESULTS"
python3 "$BENCH/report.py" "$RESULTS" "$N" "$DURATION" "$CONNECTIONS" "$BENCH/results" "$ROOT/BENCHMARKS.md" "$WORK/paths"
