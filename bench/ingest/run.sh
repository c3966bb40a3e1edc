#!/usr/bin/env bash
# Ingestion micro-benchmark: gazetteer built from 100,000 synthetic catalog names, then median ms per extract
# of the reference page. Usage: bench/ingest/run.sh [names] [runs]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" dev.lede.ingest.extract.IngestBenchmark "$@"
