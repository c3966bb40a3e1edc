#!/usr/bin/env bash
# Extraction throughput over the shared dev set (pages/s, empty catalog), with the load average before and after.
# Usage: bench/ingest/throughput.sh [rounds]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
uptime
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" dev.lede.ingest.extract.ExtractionThroughput "$@"
uptime
