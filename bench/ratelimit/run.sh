#!/usr/bin/env bash
# Rate limits (issue 16: "a limited client never slows the others"): load N generated articles (default 2,000) into a
# fresh H2 file database, then measure with wrk the normal read workload (cached article reads from CLIENTS distinct
# clients behind a trusted proxy, none of them near its limit) alone, then the same workload while one client floods
# beside it, in the same run: first one key (a content:read key, limited to KEY_LIMIT requests a minute), then one
# address.
# For each: the readers' throughput and p99, and the flooder's requests and 429s. Then partner-key reads against
# anonymous reads (issue 16: "partner traffic costs what public traffic costs"): the same paths and clients, sending a
# partner key (no draft access, no entitlements: served from the shared cache), in alternating ROUNDS so that the JIT and
# the order do not decide. Loopback only; every load is bounded by DURATION. Needs wrk, python3, curl.
#
#   bench/ratelimit/run.sh                             # 2,000 articles, 10 s per measurement
#   N=500 DURATION=5s bench/ratelimit/run.sh           # quick
#   REUSE_DB=1 SKIP_BUILD=1 bench/ratelimit/run.sh     # the workloads again on the loaded database
set -euo pipefail

N=${N:-2000}
SEED=${SEED:-42}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}       # the readers
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-16}
THREADS=${THREADS:-2}
CLIENTS=${CLIENTS:-10000}            # distinct reader addresses
ANON_LIMIT=${ANON_LIMIT:-600}        # requests a minute per address: readers stay far below it
ROUNDS=${ROUNDS:-3}                  # rounds of each comparison, alternating
KEY_LIMIT=${KEY_LIMIT:-60}           # requests a minute for the flooding content:read key (its flood is uncached)
LOADERS=${LOADERS:-2}
PORT=${PORT:-18580}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k} # the README's
WORK=${WORK:-/tmp/bench-ratelimit}
KEY=bench-key
BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
APP=$WORK/app
RUN=$WORK/run-$N-$SEED
DB_DIR=$RUN/db
LEDE=http://127.0.0.1:$PORT
RESULTS=$RUN/results.jsonl
mkdir -p "$RUN"
: > "$RESULTS"
log() { echo "[ratelimit $(date +%H:%M:%S)] $*" >&2; }
for tool in wrk python3 curl; do command -v $tool >/dev/null || { echo "$tool is needed (bench/run.sh installs wrk)" >&2; exit 1; }; done

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
start_lede() { # key-limit
  LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_SEARCH_PATH="$RUN/search" \
  LEDE_RATE_LIMIT_ANONYMOUS=$ANON_LIMIT LEDE_RATE_LIMIT_ADMIN=100000000 LEDE_RATE_LIMIT_CONTENT_READ=$1 \
  LEDE_RATE_LIMIT_PARTNER=100000000 LEDE_RATE_LIMIT_TRUSTED_PROXIES=127.0.0.1/32 \
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
  start_lede 100000000 # the bulk load is not what is measured
  log "loading $(wc -l < "$DATA") lines through POST /v1/bulk"
  python3 "$BENCH/load.py" "$DATA" "$LEDE" "$KEY" --lines 1000 --loaders "$LOADERS" > "$RUN/load.json" \
    || { echo "bulk load failed: $(cat "$RUN/load.json")" >&2; exit 1; }
  log "loaded: $(cat "$RUN/load.json")"
  stop_lede
fi
start_lede "$KEY_LIMIT"

# The readers' paths: single articles by id, from the first page lists (as a frontend reads them), each cached.
python3 - "$LEDE" > "$RUN/paths.txt" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
ids, cursor = [], None
while len(ids) < 1000:
    url = base + "/v1/articles?limit=100" + ("&cursor=" + cursor if cursor else "")
    req = urllib.request.Request(url, headers={"X-Forwarded-For": "10.255.0.%d" % (len(ids) // 100)})
    page = json.load(urllib.request.urlopen(req))
    ids += [a["id"] for a in page["data"]]
    cursor = page.get("meta", {}).get("nextCursor")
    if not cursor:
        break
print("\n".join("/v1/articles/" + i for i in ids))
PY
log "$(wc -l < "$RUN/paths.txt") article paths"
# Keys (the admin key is not limited): the flooder reads drafts too (uncached), the partner sees only public content
# (served from the shared cache) and its limit is out of the way: what is measured is the read path.
new_key() { # name scope
  curl -sf -X POST "$LEDE/v1/keys" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -H 'X-Forwarded-For: 10.255.1.1' -d "{\"name\": \"$1-$(date +%s%N)\", \"scopes\": [\"$2\"]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])'
}
FLOOD_KEY=$(new_key bench-flood content:read)
PARTNER=$(new_key bench-partner partner)

run_wrk() { # connections clients [key] -> RESULT json
  local out
  out=$(wrk -t"$THREADS" -c"$1" -d"$DURATION" --timeout 5s -s "$BENCH/lua/clients.lua" "$LEDE" -- "$RUN/paths.txt" "${@:2}" 2>&1) || true
  echo "$out" | sed -n 's/^RESULT //p' | grep . || { echo "$out" >&2; exit 1; }
}
record() { # workload role result
  echo "{\"workload\": \"$1\", \"role\": \"$2\", \"n\": $N, \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"wrk\": $3}" >> "$RESULTS"
  log "$1 / $2: $(echo "$3" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(round(r["requests"]/r["duration_us"]*1e6), "req/s, p99", r["p99_us"]/1000, "ms, non-2xx", r["non2xx"], "429", r.get("limited", 0))')"
}
beside() { # workload flood-args...
  local flood_out=$RUN/flood.out
  (run_wrk "$FLOOD_CONNECTIONS" "$@" > "$flood_out") &
  local flood=$!
  local readers; readers=$(run_wrk "$CONNECTIONS" "$CLIENTS")
  wait $flood
  record "$WORKLOAD" readers "$readers"
  record "$WORKLOAD" flooder "$(cat "$flood_out")"
}

log "warming up ($DURATION)"
run_wrk "$CONNECTIONS" "$CLIENTS" > /dev/null; run_wrk "$CONNECTIONS" "$CLIENTS" > /dev/null # the JIT: a fresh JVM is 100x slower
for round in $(seq 1 "$ROUNDS"); do # alternating, so that neither the JIT nor the order decides
  WORKLOAD=alone-$round; record "$WORKLOAD" readers "$(run_wrk "$CONNECTIONS" "$CLIENTS")"
  WORKLOAD=beside-key-flood-$round; beside 1 "$FLOOD_KEY"
  WORKLOAD=beside-address-flood-$round; beside 1
done

for round in $(seq 1 "$ROUNDS"); do
  WORKLOAD=anonymous-$round; record "$WORKLOAD" readers "$(run_wrk "$CONNECTIONS" "$CLIENTS")"
  WORKLOAD=partner-key-$round; record "$WORKLOAD" readers "$(run_wrk "$CONNECTIONS" "$CLIENTS" "$PARTNER")"
done
log "results in $RESULTS (machine load average: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc))"
