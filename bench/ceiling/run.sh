#!/usr/bin/env bash
# The database's own ceiling for Lede's article shape (RawInsert.java): the same rows as a bulk load, written with
# plain JDBC batches and nothing of Lede. A bulk figure of Lede reads against it (see BENCHMARKS.md).
#   bench/ceiling/run.sh                  # H2 file and PostgreSQL, 20,000 articles, 1 then 2 writers
#   N=100000 DB=h2 WRITERS=1 bench/ceiling/run.sh
# Needs the built jar's libraries (./mvnw package) for the JDBC drivers; PostgreSQL through .ci/start-postgresql
# (database lede_ceiling, emptied at each run). JVM settings as for Lede (JAVA_OPTS).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
N=${N:-20000}
DBS=${DB:-h2 pg}
WRITERS=${WRITERS:-1 2}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}
LIB=$ROOT/target/quarkus-app/lib/main
ls "$LIB"/com.h2database.h2-*.jar "$LIB"/org.postgresql.postgresql-*.jar >/dev/null \
  || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
CP=$(ls "$LIB"/com.h2database.h2-*.jar "$LIB"/org.postgresql.postgresql-*.jar | paste -sd:)
MIGRATIONS=$ROOT/src/main/resources/db/migration
WORK=$ROOT/bench/work/ceiling
for db in $DBS; do
  for writers in $WRITERS; do
    if [ "$db" = pg ]; then
      "$ROOT/.ci/start-postgresql" >/dev/null
      su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS lede_ceiling' -c 'CREATE DATABASE lede_ceiling OWNER lede'"
      url="jdbc:postgresql://127.0.0.1:5432/lede_ceiling?reWriteBatchedInserts=true"
    else
      rm -rf "$WORK" && mkdir -p "$WORK"
      url="jdbc:h2:file:$WORK/lede;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    fi
    echo -n "$db: "
    # shellcheck disable=SC2086
    /usr/bin/time -f "  (process CPU %U s user + %S s system, wall %e s)" \
      java $JAVA_OPTS -cp "$CP" "$HERE/RawInsert.java" "$url" "$MIGRATIONS" "$N" "$writers"
  done
done
