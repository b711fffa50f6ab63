#!/usr/bin/env bash
# Speed and peak memory of Claimant next to Stanford CoreNLP's quote attribution, on the same documents,
# each engine in its own JVM (so peak memory is its own). Prints one JSON line per run.
#
#   bench/run.sh [DIR] [THREADS] [LIMIT]     default: ../shared/polnear/dev/text, 1 thread, all files
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/polnear/dev/text}
threads=${2:-1}
limit=${3:-1000000}
mvn -q -B -DskipTests install >&2
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
for engine in claimant-fast claimant-accurate claimant-rules corenlp; do
  java -Xmx12g -cp "$cp" io.claimant.bench.Benchmark "$engine" "$threads" "$dir" "$limit"
done
