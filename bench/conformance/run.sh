#!/usr/bin/env bash
# Measures what assertThat(response).conformsToRfc() costs a test: JMH (ConformanceBenchmark, with
# -prof gc for bytes per exchange), then ConformanceCpu (the same operations by thread CPU time, which
# a shared machine does not inflate, and the bytes each rule allocates).
#
#   bench/conformance/run.sh                      # 3 forks x 3 iterations, about 2 minutes
#   FORKS=1 ITERATIONS=5 bench/conformance/run.sh
#
# Output goes to bench/out/conformance/: jmh.json, jmh.log, cpu.txt and machine.txt.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/out/conformance"
mkdir -p "$out"
forks=${FORKS:-3}
iterations=${ITERATIONS:-3}

if [[ ! -f "$root/bench/target/benchmarks.jar" || -n "${BUILD:-}" ]]; then
  (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests)
fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "jdk: $(java -version 2>&1 | tr '\n' ' ')"
  echo "cpus: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

java -jar "$root/bench/target/benchmarks.jar" 'dev\.httpstatus\.bench\.ConformanceBenchmark' \
  -f "$forks" -wi 3 -w 1s -i "$iterations" -r 1s -prof gc \
  -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"
java -cp "$root/bench/target/benchmarks.jar" dev.httpstatus.bench.ConformanceCpu | tee "$out/cpu.txt"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
cat "$out/machine.txt"
