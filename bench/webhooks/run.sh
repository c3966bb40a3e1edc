#!/usr/bin/env bash
# Webhook fan-out (issue 16): SUBS subscriptions (100) to one local receiver (python, 204 to everything), EVENTS
# articles published through the API; deliveries per second from the first publish to the last delivery. H2 file
# database, loopback only, bounded by PATIENCE seconds. Record the load average beside the figure (fanout.py prints it).
#
#   bench/webhooks/run.sh                         # 100 subscriptions x 50 events
#   SKIP_BUILD=1 SUBS=100 EVENTS=20 bench/webhooks/run.sh
set -euo pipefail

SUBS=${SUBS:-100}
EVENTS=${EVENTS:-50}
PORT=${PORT:-18490}
RECEIVER_PORT=${RECEIVER_PORT:-18491}
CONCURRENCY=${CONCURRENCY:-16}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k}
WORK=${WORK:-/tmp/bench16-webhooks}
KEY=bench-key
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP=$WORK/app
RUN=$WORK/run-$(date +%s)
LEDE=http://127.0.0.1:$PORT
mkdir -p "$RUN"
log() { echo "[webhooks $(date +%H:%M:%S)] $*" >&2; }

SERVER_PID=
stop_lede() { [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }; }
trap stop_lede EXIT

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the jar (the build rewrites openapi/: do not commit that unless the API changed)"
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests)
  rm -rf "$APP" && cp -r "$ROOT/target/quarkus-app" "$APP" && git -C "$ROOT" rev-parse --short HEAD > "$APP/COMMIT"
fi
JDBC_URL="jdbc:h2:file:$RUN/db/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"
LEDE_ADMIN_KEY=$KEY LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=${LEDE_RATE_LIMIT_ENABLED:-false} QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" LEDE_SEARCH_PATH="$RUN/search" LEDE_WEBHOOKS_ALLOW_PRIVATE=true \
LEDE_WEBHOOKS_ALLOW_HTTP=true LEDE_WEBHOOKS_MAX_CONCURRENCY=$CONCURRENCY LEDE_WEBHOOKS_MASTER_KEY=${LEDE_WEBHOOKS_MASTER_KEY:-$(head -c 32 /dev/urandom | base64)} \
  bash -c 'cd "$1" && exec java $2 -jar quarkus-run.jar' start "$APP" "$JAVA_OPTS" >> "$RUN/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$LEDE/q/health/ready" 2>/dev/null || true)" = 200 ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$RUN/server.log" >&2; exit 1; }
  sleep 0.25
done
log "fan-out: $SUBS subscriptions x $EVENTS events (commit $(cat "$APP/COMMIT" 2>/dev/null || echo ?))"
python3 "$(dirname "$0")/fanout.py" "$LEDE" "$KEY" "$SUBS" "$EVENTS" "$RECEIVER_PORT" | tee "$RUN/result.json"
