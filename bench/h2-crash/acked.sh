#!/usr/bin/env bash
# Kills AckedCommits with SIGKILL, KILLS times, and counts the kills after which an acknowledged commit is missing.
# Usage: bench/h2-crash/acked.sh [H2_VERSION] [KILLS]  (defaults: 2.4.240, 30)
set -euo pipefail
cd "$(dirname "$0")"
source ./h2.sh
h2_prepare "${1:-2.4.240}" "${2:-30}" AckedCommits.java h2-acked
bad=0
for i in $(seq 1 "$KILLS"); do
  java -cp "$WORK:$JAR" AckedCommits "$WORK/db" write > "$WORK/acks.txt" 2> /dev/null &
  pid=$!
  sleep "1.$((RANDOM % 9))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  read -r acked missing < <(java -cp "$WORK:$JAR" AckedCommits "$WORK/db" check "$WORK/acks.txt")
  echo "kill $i: $acked acknowledged in this run, $missing missing" >> "$OUT"
  [ "$missing" = 0 ] || bad=$((bad + 1))
done
echo "kills after which an acknowledged commit was missing: $bad of $KILLS" | tee -a "$OUT"
rm -rf "$WORK"
