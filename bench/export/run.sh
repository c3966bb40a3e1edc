#!/usr/bin/env bash
# Export and import at scale (README: "Durability, backups and the way out").
#
# Loads N generated articles (bench/gen.py, the benchmark's data) into Lede A through POST /v1/bulk, exports A with
# GET /v1/export, loads that export as it is into an empty Lede B (seed off) with bench/load.py, exports B, and checks
# that both exports are the same past their header line (same ids, slugs, timestamps, versions, statuses, links).
# Prints and records the time of each direction.
#
#   bench/export/run.sh                  # 100,000 articles on H2 (about 30 min on 2 cores: two loads, two exports)
#   N=20000 DB=pg bench/export/run.sh    # smaller, on PostgreSQL (databases lede_export_a and lede_export_b)
#   SKIP_BUILD=1 ...                     # reuse the jar in bench/work/export-app-$DB
#
# H2_WRITE_DELAY (default 0, the application's default) sets H2's WRITE_DELAY for both nodes, to measure what the
# durable default costs the load against H2's old default of 500 ms.
set -euo pipefail
N=${N:-100000}
SEED=${SEED:-42}
DB=${DB:-h2}
LOADERS=${LOADERS:-2}
PORT_A=${PORT_A:-18380}
PORT_B=${PORT_B:-18381}
KEY=bench-key
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK=$BENCH/work/export-$DB-$N
APP=$BENCH/work/export-app-$DB
mkdir -p "$WORK"
log() { echo "[export $(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the $DB jar"
  PROFILE=(); [ "$DB" = pg ] && PROFILE=(-Dquarkus.profile=pg)
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests "${PROFILE[@]}")
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP" # a later build elsewhere must not change the jar under test
fi
DATA=$BENCH/work/data-$N-$SEED.ndjson
[ -s "$DATA.manifest.json" ] || python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"

start() { # name port -> prints the pid; waits until ready
  local name=$1 port=$2 url clean=true
  if [ "$DB" = pg ]; then
    "$ROOT/.ci/start-postgresql" "lede_export_$name" >&2
    url=jdbc:postgresql://127.0.0.1:5432/lede_export_$name
  else
    rm -rf "$WORK/$name"
    url="jdbc:h2:file:$WORK/$name/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=${H2_WRITE_DELAY:-0}"
  fi
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="$url" LEDE_PG_CLEAN_AT_START=$clean LEDE_DURABILITY_H2_WRITE_DELAY=${H2_WRITE_DELAY:-0} \
    java $JAVA_OPTS -jar "$APP/quarkus-run.jar" > "$WORK/$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && { echo "$pid"; return; }
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "node $name did not start" >&2; exit 1
}

load_into() { # file port summary_var seconds_var: POST the file to /v1/bulk, sets the load's summary and its seconds
  local t0 summary; t0=$(now)
  summary=$(python3 "$BENCH/load.py" "$1" "http://127.0.0.1:$2" "$KEY" --lines 1000 --loaders "$LOADERS")
  printf -v "$3" '%s' "$summary"
  printf -v "$4" '%s' "$(secs "$t0" "$(now)")"
}

export_to() { # port file -> seconds
  local t0; t0=$(now)
  curl -sSf -H "Authorization: Bearer $KEY" "http://127.0.0.1:$1/v1/export" -o "$2"
  secs "$t0" "$(now)"
}

log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
A=$(start a "$PORT_A"); PIDS+=("$A")
log "loading $N generated articles into A"
load_into "$DATA" "$PORT_A" LOAD_A LOAD_A_S
log "A loaded in ${LOAD_A_S}s: $LOAD_A"

EXPORT_A_S=$(export_to "$PORT_A" "$WORK/a.ndjson")
LINES=$(wc -l < "$WORK/a.ndjson"); BYTES=$(stat -c %s "$WORK/a.ndjson")
log "A exported in ${EXPORT_A_S}s: $LINES lines, $BYTES bytes"
kill "$A"; wait "$A" 2>/dev/null || true

B=$(start b "$PORT_B"); PIDS+=("$B")
log "importing the export into an empty B"
load_into "$WORK/a.ndjson" "$PORT_B" IMPORT_B IMPORT_B_S
log "B imported in ${IMPORT_B_S}s: $IMPORT_B"
EXPORT_B_S=$(export_to "$PORT_B" "$WORK/b.ndjson")
log "B exported in ${EXPORT_B_S}s"

for file in a b; do
  tail -n 1 "$WORK/$file.ndjson" | grep -q '^{"type":"end"' || { echo "export $file is incomplete (no end line)" >&2; exit 1; }
done
# The first and last lines name each Lede's own change-log position; everything between must be the same.
if cmp -s <(sed '1d;$d' "$WORK/a.ndjson") <(sed '1d;$d' "$WORK/b.ndjson"); then SAME=true; else SAME=false; fi
log "same content past the first and last lines: $SAME"

OUT=$BENCH/results/$(date +%F)-export-n$N$([ "$DB" = pg ] && echo -pg || true).md
python3 - "$OUT" <<PY
import json, sys
load_a, import_b = json.loads('''$LOAD_A'''), json.loads('''$IMPORT_B''')
lines = [
    "# Export and import, $N articles, $DB ($(date +%F))", "",
    "bench/export/run.sh: Lede A loaded from the generated data, exported; the export loaded as it is into an empty",
    "Lede B (seed off); B exported. Load average before: $(cut -d' ' -f1-3 /proc/loadavg); JVM: $JAVA_OPTS;",
    "H2 WRITE_DELAY=${H2_WRITE_DELAY:-0}; $LOADERS article requests at a time.", "",
    "| Step | Seconds | Figures |", "| --- | ---: | --- |",
    f"| Load A from the generated data | $LOAD_A_S | {load_a['accepted']} lines accepted, {load_a['rejected']} refused |",
    f"| Export A (GET /v1/export) | $EXPORT_A_S | $LINES lines, {$BYTES / 1e6:.0f} MB |",
    f"| Import the export into B (POST /v1/bulk) | $IMPORT_B_S | {import_b['accepted']} lines accepted, {import_b['rejected']} refused |",
    f"| Export B | $EXPORT_B_S | |", "",
    "Exports identical past their first and last lines (each names its own Lede's change-log position): **$SAME**.",
]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
[ "$SAME" = true ] || { echo "the exports differ" >&2; exit 1; }
