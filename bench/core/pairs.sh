#!/usr/bin/env bash
# Paired re-runs of the comparisons the goals depend on, for a machine shared with other work.
# Each round runs every contestant once (one fork each, a few seconds apart), so a contestant and
# its rival see about the same background load; the ratio is taken within each round and the median
# over rounds is reported. Slow drifts in load then cancel out instead of favouring whoever ran
# during a quiet minute.
#
#   bench/core/pairs.sh            # 6 rounds, about 9 minutes
#   ROUNDS=3 bench/core/pairs.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/out/core/pairs"
rm -rf "$out"
mkdir -p "$out"
rounds=${ROUNDS:-6}
filter='dev\.httpstatus\.bench\.(OfBenchmark\.(httpstatus|raw|knownHttpstatus|knownRaw|knownNetty)|ParseBenchmark\.(httpstatus|netty|asciiHttpstatus|asciiNetty|bareHttpstatus|bareNetty)|ForNameBenchmark\.(httpstatus|spring|jakarta))$'

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
  java -jar "$root/bench/target/benchmarks.jar" "$filter" -f 1 -wi 2 -w 1s -i 3 -r 1s \
    -rf json -rff "$out/round-$round.json" > "$out/round-$round.log"
done
echo "end, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
python3 "$root/bench/core/ratios.py" "$out"/round-*.json | tee "$out/ratios.md"
