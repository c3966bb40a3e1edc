#!/usr/bin/env bash
# Follower visibility: two Lede nodes, A and B, on one PostgreSQL database. A probe changes a person on A every
# second and times how long B, whose response cache holds that person, takes to serve the change; at rest, and
# while A bulk-loads articles (thousands of change events a second that B's change-log follower must get through).
# Loopback only; everything stops by itself (the bulk load is finite, probes give up after 60 s). See bench/README.md.
#
#   bench/follower/run.sh                         # builds the pg jar, 20,000 articles (2,000 before, the rest bulk)
#   SKIP_BUILD=1 bench/follower/run.sh            # reuse bench/work/app-pg
#   APP=/path/to/quarkus-app LABEL=before bench/follower/run.sh   # another build (e.g. an older commit's)
set -euo pipefail

N=${N:-20000}                 # articles generated; PRELOAD of them are loaded before the probes, the rest in bulk
PRELOAD=${PRELOAD:-2000}
# The bulk load without its quote lines (default): a follower clears a node's whole response cache for every quote
# event (the event does not name the quote's article), which also drops the probe's person from B's cache, so B
# serves the change as soon as its follower reaches any quote event, however far behind it is. BULK_QUOTES=1 keeps them.
BULK_QUOTES=${BULK_QUOTES:-0}
SEED=${SEED:-42}
REST=${REST:-30}              # seconds of probes before and after the bulk load
PERIOD=${PERIOD:-1}           # seconds between probes
LOADERS=${LOADERS:-2}         # bulk requests in flight on A
B_READERS=${B_READERS:-4}     # wrk connections reading B during the probes (0: none)
# B's lede.cache.follow-interval (default: the application's, 1s). A longer tick makes a follower that applies a
# fixed batch per tick (1,000 events before 0b62b04) fall behind at the event rates a busy 2-core machine reaches.
B_FOLLOW_INTERVAL=${B_FOLLOW_INTERVAL:-}
PORT_A=${PORT_A:-18290}
PORT_B=${PORT_B:-18291}
DBNAME=${DBNAME:-lede_follow}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
LABEL=${LABEL:-current}
KEY=follow-key
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK=$BENCH/work
FOLLOW=$WORK/follower-$LABEL
APP=${APP:-$WORK/app-pg}
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B
mkdir -p "$FOLLOW"
log() { echo "[follower $(date +%H:%M:%S)] $*" >&2; }
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

PID_A= PID_B= READER=
cleanup() {
  [ -n "$READER" ] && kill "$READER" 2>/dev/null || true
  for pid in $PID_A $PID_B; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# --- The pg jar (a copy of target/quarkus-app: an H2 build would overwrite it) -------------------------------
if [ "$APP" = "$WORK/app-pg" ] && { [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; }; then
  log "building the pg jar (the build rewrites openapi/: do not commit that)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg)
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP"
  git -C "$ROOT" rev-parse HEAD > "$APP/COMMIT"
fi
COMMIT=$(cat "$APP/COMMIT" 2>/dev/null || echo unknown)
log "jar $APP of commit $COMMIT"

# --- Data: the catalog, PRELOAD articles, and the rest for the bulk load ------------------------------------------
DATA=$WORK/data-$N-$SEED.ndjson
[ -s "$DATA.manifest.json" ] || python3 "$BENCH/gen.py" --articles "$N" --seed "$SEED" --out "$DATA"
python3 - "$DATA" "$PRELOAD" "$FOLLOW" "$BULK_QUOTES" <<'PY'
import sys
data, preload, out, quotes = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
files = {k: open(f"{out}/{k}.ndjson", "w") for k in ("catalog", "pre", "bulk")}
articles = 0
for line in open(data, encoding="utf-8"):
    head = line[:30]
    if '"type":"article"' in head:
        articles += 1
    if '"type":"article"' in head or '"type":"quote"' in head:
        if articles > preload and not quotes and '"type":"quote"' in head:
            continue
        files["pre" if articles <= preload else "bulk"].write(line)
    else:
        files["catalog"].write(line)
PY
python3 "$BENCH/soak/paths.py" "$FOLLOW/pre.ndjson" "$FOLLOW/paths" 2>/dev/null || true # B's readers: the preloaded articles
# A person named in few articles: its view embeds no article, so only the follower makes B see its change.
PERSON=$(python3 -c "import json; print(json.load(open('$DATA.manifest.json'))['rarePerson'])")

# --- The two nodes -----------------------------------------------------------------------------------------------
"$ROOT/.ci/start-postgresql" "$DBNAME" >&2
JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DBNAME
export PGPASSWORD=lede
start_node() { # name port clean [follow interval] -> pid on stdout
  LEDE_CACHE_FOLLOW_INTERVAL=${4:-1s} LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_PG_CLEAN_AT_START=$3 \
    bash -c 'cd "$1" && exec java $2 -jar quarkus-run.jar' start "$APP" "$JAVA_OPTS" > "$FOLLOW/$1.log" 2>&1 &
  echo $!
}
wait_ready() { # url pid name
  for _ in $(seq 1 1200); do
    curl -sf "$1/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -30 "$FOLLOW/$3.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "$3 did not become ready in 300 s" >&2; exit 1
}
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
PID_A=$(start_node a "$PORT_A" true); wait_ready "$A" "$PID_A" a   # A empties the database and migrates it
PID_B=$(start_node b "$PORT_B" false "$B_FOLLOW_INTERVAL"); wait_ready "$B" "$PID_B" b
log "A (pid $PID_A) on $PORT_A and B (pid $PID_B) on $PORT_B share $DBNAME"
python3 "$BENCH/load.py" "$FOLLOW/catalog.ndjson" "$A" "$KEY" --lines 1000 > "$FOLLOW/catalog.json"
python3 "$BENCH/load.py" "$FOLLOW/pre.ndjson" "$A" "$KEY" --lines 1000 --loaders "$LOADERS" > "$FOLLOW/pre.json"
log "catalog and $PRELOAD articles loaded on A: $(cat "$FOLLOW/pre.json")"

# --- Probes, with B being read meanwhile --------------------------------------------------------------------------
if [ "$B_READERS" -gt 0 ] && [ -s "$FOLLOW/paths/reads.txt" ]; then
  wrk -t1 -c"$B_READERS" -d3600s --timeout 10s -s "$BENCH/lua/paths.lua" "$B" -- "$FOLLOW/paths/reads.txt" \
    > "$FOLLOW/b-reads.out" 2>&1 &
  READER=$!
fi
LOAD_PROBES=$(cut -d' ' -f1-3 /proc/loadavg)
log "probing: ${REST}s at rest, during the bulk load of $((N - PRELOAD)) articles (quotes: $BULK_QUOTES) on A, ${REST}s at rest (person $PERSON)"
python3 "$BENCH/follower/probe.py" --a "$A" --b "$B" --key "$KEY" --person "$PERSON" --bulk "$FOLLOW/bulk.ndjson" \
  --out "$FOLLOW/probes.csv" --rest "$REST" --period "$PERIOD" --loaders "$LOADERS" \
  --db-url "postgresql://lede:lede@127.0.0.1:5432/$DBNAME" --load-py "$BENCH/load.py"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
[ -n "$READER" ] && kill "$READER" 2>/dev/null; READER=
echo "$LOAD_START / $LOAD_PROBES / $LOAD_END" > "$FOLLOW/loadavg"
echo "$COMMIT" > "$FOLLOW/commit"
cp "$FOLLOW/probes.csv" "$BENCH/results/$(date +%Y-%m-%d)-follower-$LABEL.csv"
log "done: $FOLLOW/probes.csv (load average at start / probes / end: $(cat "$FOLLOW/loadavg"))"
python3 "$BENCH/follower/report.py" --csv "$FOLLOW/probes.csv" --label "$LABEL" --commit "$COMMIT" \
  --load "$(cat "$FOLLOW/loadavg") (start / probes / end); B's follow interval ${B_FOLLOW_INTERVAL:-1s}; bulk $([ "$BULK_QUOTES" = 1 ] && echo with || echo without) quotes" --b-log "$FOLLOW/b.log" \
  --title "Follower visibility ($LABEL)" --out "$FOLLOW/result.md"
