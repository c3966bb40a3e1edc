#!/usr/bin/env bash
# Kills a writer of an H2 file with SIGKILL, KILLS times, at random moments, and after each kill compares count(*) with
# the rows a read finds. Usage: bench/h2-crash/run.sh [H2_VERSION] [KILLS]  (defaults: 2.4.240, the version the Quarkus
# BOM gives Lede, and 150).
set -euo pipefail
cd "$(dirname "$0")"
source ./h2.sh
h2_prepare "${1:-2.4.240}" "${2:-150}" Phantoms.java h2-crash
first=""
for i in $(seq 1 "$KILLS"); do
  java -cp "$WORK:$JAR" Phantoms "$WORK/db" write > /dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))"; sleep $((RANDOM % 3))
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  line=$(java -cp "$WORK:$JAR" Phantoms "$WORK/db" count 2> /dev/null || echo "no count (killed before the tables existed)")
  echo "kill $i: $line" >> "$OUT"
  # "person counted N read M quote counted N read M": the table's size against the rows read
  if [ -z "$first" ] && echo "$line" | awk '$1 == "person" && $2 == "counted" { bad = ($3 != $5 || $8 != $10) } END { exit !bad }'; then
    first=$i
  fi
done
echo "first kill after which count(*) exceeded the rows read: ${first:-none}; last: $(tail -n1 "$OUT")" | tee -a "$OUT"
rm -rf "$WORK"
