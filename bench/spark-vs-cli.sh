#!/usr/bin/env bash
# Throughput of the Spark job in local mode next to `claimant extract` on the same texts and cores, each in
# its own JVM, alternating so that a slow moment of the machine falls on both. The texts are PolNeAR's dev
# articles copied until there are about 1,000 documents. Each tool prints its own start-up times apart from
# its documents per second; /usr/bin/time adds the whole run's wall time and peak memory.
#
#   bench/spark-vs-cli.sh [CORES] [ROUNDS] [TEXTS]    default: 2 cores, 3 rounds, ../shared/polnear/dev/text
#
# Needs the two distributions: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
cores=${1:-2}
rounds=${2:-3}
texts=${3:-../shared/polnear/dev/text}
claimant=cli/target/claimant/bin/claimant
spark=spark/target/claimant-spark/bin/claimant-spark
for tool in "$claimant" "$spark"; do
  [ -x "$tool" ] || { echo "missing $tool: run mvn -B -DskipTests package first" >&2; exit 3; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=$(find "$texts" -maxdepth 1 -name '*.txt' | wc -l)
[ "$n" -gt 0 ] || { echo "no *.txt in $texts" >&2; exit 3; }
copies=$(( (1000 + n - 1) / n ))
for c in $(seq -w 1 "$copies"); do
  mkdir -p "$work/corpus/copy$c"
  cp "$texts"/*.txt "$work/corpus/copy$c/"
done
echo "corpus: $(find "$work/corpus" -name '*.txt' | wc -l) documents ($copies copies of $n), $(du -sh "$work/corpus" | cut -f1)"
for r in $(seq 1 "$rounds"); do
  /usr/bin/time -f "  whole run %e s wall, peak RSS %M KB" "$claimant" extract "$work/corpus" \
    -o "$work/cli.jsonl" --threads "$cores" 2>&1 | grep -E '^claimant:|whole run' | sed "s/^/round $r /"
  rm -rf "$work/spark-out"
  /usr/bin/time -f "  whole run %e s wall, peak RSS %M KB" "$spark" --master "local[$cores]" "$work/corpus" \
    "$work/spark-out" 2>&1 | grep -E '^claimant-spark:|whole run' | sed "s/^/round $r /"
done
