#!/usr/bin/env bash
# Soak: mixed reads and writes for DURATION (10 minutes) at 32 connections against one Lede with the production JVM
# settings, sampling RSS, heap, non-heap, threads and the response cache every 5 s; then a verdict against
# "after warm-up RSS stays flat (within 10%) and under 600 MB", and a class histogram comparison of the end of
# warm-up with the end, which names what grew. Loopback only; the load stops by itself. See bench/README.md.
#
#   bench/soak/run.sh                              # H2, 5,000 articles, 10 minutes
#   DB=pg bench/soak/run.sh                        # PostgreSQL (database lede_soak, emptied at the first start)
#   SKIP_BUILD=1 DURATION=120 WARMUP=30 bench/soak/run.sh   # reuse the jar, short
set -euo pipefail

DB=${DB:-h2}
N=${N:-5000}
SEED=${SEED:-42}
DURATION=${DURATION:-600}        # seconds of load
WARMUP=${WARMUP:-120}            # seconds at the start that the verdict leaves out
INTERVAL=${INTERVAL:-5}          # seconds between samples
CONNECTIONS=${CONNECTIONS:-32}   # in all: WRITERS of them write, the others read
WRITERS=${WRITERS:-4}
PORT=${PORT:-18280}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
EXTRA_JAVA_OPTS=${EXTRA_JAVA_OPTS:-}   # more JVM options, for diagnostic runs
NMT=${NMT:-0}                    # 1: Native Memory Tracking (summary), baseline at the end of warm-up, diff at the end
if [ "$NMT" = 1 ]; then EXTRA_JAVA_OPTS="$EXTRA_JAVA_OPTS -XX:NativeMemoryTracking=summary"; export SOAK_NMT=1; fi
KEY=soak-key
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK=$BENCH/work
SOAK=$WORK/soak-$DB
APP=$WORK/app-$DB                # a copy of target/quarkus-app per database kind (a build overwrites the other)
LEDE=http://127.0.0.1:$PORT
STAMP=${STAMP:-$(date +%Y-%m-%d)}
NAME=${NAME:-$STAMP-soak$([ "$DB" = pg ] && echo -pg || true)}
mkdir -p "$WORK" "$SOAK" "$BENCH/results"
log() { echo "[soak $(date +%H:%M:%S)] $*" >&2; }

command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v jcmd >/dev/null || { echo "jcmd (JDK) is needed for the class histograms" >&2; exit 1; }

SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT

# --- The jar ----------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the $DB jar (the build rewrites openapi/: do not commit that)"
  PROFILE=(); [ "$DB" = pg ] && PROFILE=(-Dquarkus.profile=pg) # the database kind is fixed at build time
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests "${PROFILE[@]}")
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP"
  git -C "$ROOT" rev-parse HEAD > "$APP/COMMIT"
fi
log "jar of commit $(cat "$APP/COMMIT" 2>/dev/null || echo unknown)"

# --- Data and paths -----------------------------------------------------------------------------------------
DATA=$WORK/data-$N-$SEED.ndjson
[ -s "$DATA.manifest.json" ] || python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"
python3 "$BENCH/soak/paths.py" "$DATA" "$SOAK/paths"

# --- Lede on a fresh database, loaded, then restarted -----------------------------------------------------
if [ "$DB" = pg ]; then
  "$ROOT/.ci/start-postgresql" lede_soak >&2
  JDBC_URL=jdbc:postgresql://127.0.0.1:5432/lede_soak
else
  rm -rf "$SOAK/db"
  JDBC_URL="jdbc:h2:file:$SOAK/db/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"
fi
start_lede() { # $1: clean the PostgreSQL database at start (true/false), $2: GC log name; sets SERVER_PID
  rm -f "$SOAK/$2"*
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_PG_CLEAN_AT_START=$1 \
    bash -c 'cd "$1" && exec java $2 -jar quarkus-run.jar' start "$APP" "$JAVA_OPTS $EXTRA_JAVA_OPTS -Xlog:gc:file=$SOAK/$2" \
    >> "$SOAK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do # 5 min: on a loaded machine start-up took 118 s once
    curl -sf "$LEDE/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$SOAK/server.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "Lede did not become ready in 300 s" >&2; exit 1
}
: > "$SOAK/server.log"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start_lede true gc-load.log
log "loading $N articles"
python3 "$BENCH/load.py" "$DATA" "$LEDE" "$KEY" --lines 1000 --loaders 2 > "$SOAK/load.json"
log "loaded: $(cat "$SOAK/load.json")"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
start_lede false gc.log
log "Lede up (pid $SERVER_PID) on the loaded database; RSS $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$SERVER_PID/status)"

# --- The load and the samples --------------------------------------------------------------------------------
rm -f "$SOAK"/histo-*.txt "$SOAK"/nmt-*.txt
python3 "$BENCH/soak/sample.py" "$SERVER_PID" "$LEDE" "$SOAK/samples.csv" "$INTERVAL" "$DURATION" \
  "$WARMUP" "$SOAK/histo-warm.txt" 2> "$SOAK/sample.log" &
SAMPLER=$!
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# The JVM's uptime at the load's start: gc.log stamps its lines with the JVM's uptime, the samples with the soak's.
JVM_UPTIME_AT_START=$(awk -v tick="$(getconf CLK_TCK)" 'NR == FNR {up = $1; next} {split($0, a, ") "); split(a[2], f, " "); print up - f[20] / tick}' /proc/uptime /proc/$SERVER_PID/stat)
echo "$JVM_UPTIME_AT_START" > "$SOAK/jvm-uptime-at-start"
log "soak: $((CONNECTIONS - WRITERS)) connections reading, $WRITERS writing, for ${DURATION}s (load average $LOAD_START)"
wrk -t1 -c"$WRITERS" -d"${DURATION}s" --timeout 10s -s "$BENCH/soak/write.lua" "$LEDE" -- \
  "$KEY" "$SOAK/paths/people.txt" "$SOAK/paths/entities.txt" "soak$(date +%s)" > "$SOAK/writes.out" 2>&1 &
WRITER=$!
wrk -t2 -c$((CONNECTIONS - WRITERS)) -d"${DURATION}s" --timeout 10s -s "$BENCH/lua/paths.lua" "$LEDE" -- \
  "$SOAK/paths/reads.txt" > "$SOAK/reads.out" 2>&1 || true
wait "$WRITER" || true
wait "$SAMPLER" || true
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
jcmd "$SERVER_PID" GC.class_histogram > "$SOAK/histo-end.txt" 2>&1 || true
if [ "$NMT" = 1 ]; then
  jcmd "$SERVER_PID" VM.native_memory summary.diff > "$SOAK/nmt-diff.txt" 2>&1 || true
  jcmd "$SERVER_PID" VM.native_memory summary > "$SOAK/nmt-end.txt" 2>&1 || true
fi
log "reads: $(sed -n 's/^RESULT //p' "$SOAK/reads.out")"
log "writes: $(sed -n 's/^RESULT //p' "$SOAK/writes.out")"
grep -v '^RESULT' "$SOAK/writes.out" | head -5 >&2 || true

# --- The report ---------------------------------------------------------------------------------------------
cp "$SOAK/samples.csv" "$BENCH/results/$NAME.csv"
python3 "$BENCH/soak/report.py" --soak "$SOAK" --db "$DB" --n "$N" --duration "$DURATION" --warmup "$WARMUP" \
  --connections "$CONNECTIONS" --writers "$WRITERS" --java-opts "$JAVA_OPTS $EXTRA_JAVA_OPTS" \
  --jvm-uptime-at-start "$JVM_UPTIME_AT_START" --commit "$(cat "$APP/COMMIT" 2>/dev/null || echo unknown)" \
  --load "before the load of data: $LOAD_BEFORE; at the soak's start: $LOAD_START; at its end: $LOAD_END" \
  --csv-name "$NAME.csv" --out "$BENCH/results/$NAME.md"
log "wrote bench/results/$NAME.md and $NAME.csv"
