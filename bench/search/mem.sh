#!/usr/bin/env bash
# Where the memory of a search server goes: one server (the README's JVM options plus native memory tracking) on the
# database and index ab.sh left for its B server, 70 s of wrk over a mix of searches, related and suggest, then its
# RSS (anonymous and file-backed), thread count and `jcmd VM.native_memory summary`, into OUT_DIR/mem-TAG.txt.
#   bench/search/mem.sh APP TAG [VAR=value ...]     e.g. mem.sh target/quarkus-app arena2 MALLOC_ARENA_MAX=2
# Environment: N, SEED, WORK (as ab.sh), OUT_DIR (default WORK).
set -u
APP=$(cd "$1" && pwd); TAG=$2; shift 2
N=${N:-20000}; SEED=${SEED:-42}; WORK=${WORK:-/tmp/bench13}; OUT_DIR=${OUT_DIR:-$WORK}
RUN=$WORK/run-$N-$SEED; dir=$RUN/ab-b; PORT=18393; BENCH=$(cd "$(dirname "$0")/.." && pwd)
OUT=$OUT_DIR/mem-$TAG.txt
(cd "$APP" && LEDE_ADMIN_KEY=bench-key LEDE_SEED_ENABLED=false LEDE_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$PORT LEDE_SEARCH_PATH="$dir/search" QUARKUS_LOG_LEVEL=WARN QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=120S \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$dir/db/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0" \
  exec env "$@" java -Xmx256m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:NativeMemoryTracking=summary -jar quarkus-run.jar > $OUT_DIR/mem-$TAG.log 2>&1) &
PID=$!
for _ in $(seq 1 1200); do [ "$(curl -s -o /dev/null -w '%{http_code}' 127.0.0.1:$PORT/q/health/ready)" = 200 ] && break; sleep 0.5; done
sleep 1
echo "tag $TAG env $* pid $PID load $(cut -d' ' -f1-3 /proc/loadavg)" > $OUT
grep -E "VmRSS|RssAnon|RssFile|Threads" /proc/$PID/status | tr '\n' ' ' | sed 's/^/ready: /' >> $OUT; echo >> $OUT
for w in search-names-2w-facets search-common-1w-facets search-common-1w related-person suggest search-names-2w-facets search-common-1w-facets; do
  wrk -t2 -c32 -d10s --timeout 5s -s "$BENCH/lua/paths.lua" "http://127.0.0.1:$PORT" -- "$RUN/paths/$w.txt" bench-key > /dev/null 2>&1
done
grep -E "VmRSS|RssAnon|RssFile|Threads" /proc/$PID/status | tr '\n' ' ' | sed 's/^/after load: /' >> $OUT; echo >> $OUT
echo "load $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
jcmd $PID VM.native_memory summary >> $OUT 2>&1
kill $PID; wait
