#!/usr/bin/env bash
# Runs the core lookup benchmarks (httpstatus against Spring, Netty, HttpCore, Jakarta and a raw
# array) in one JMH run and prints the Markdown tables for bench/RESULTS.md.
#
#   bench/core/run.sh                 # full run, about 13 minutes on 2 cores
#   bench/core/run.sh ParseBenchmark  # only the benchmarks whose name matches
#   FORKS=1 ITERATIONS=3 bench/core/run.sh   # quicker, noisier
#
# Output goes to bench/out/core/: jmh.json (raw results), jmh.log, load.txt (load average sampled
# every 10 s, since the machine may be shared), machine.txt, and tables.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/out/core"
mkdir -p "$out"
filter=${1:-'dev\.httpstatus\.bench\.(Of|ReasonPhrase|StatusClass|Parse|ForName)Benchmark'}
forks=${FORKS:-2}
iterations=${ITERATIONS:-5}

if [[ ! -f "$root/bench/target/benchmarks.jar" || -n "${BUILD:-}" ]]; then
  (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests)
fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "jdk: $(java -version 2>&1 | tr '\n' ' ')"
  echo "cpus: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "core: last commit touching core/ $(cd "$root" && git log -1 --format='%h %cd' --date=format:'%H:%M' -- core); jar built $(date -u -r "$root/bench/target/benchmarks.jar" '+%H:%M UTC')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

# Sample the load while JMH runs; the sampler is stopped by its own pid when the run ends.
( while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done ) > "$out/load.txt" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

java -jar "$root/bench/target/benchmarks.jar" "$filter" \
  -f "$forks" -wi 3 -w 1s -i "$iterations" -r 1s -prof gc \
  -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
python3 "$root/bench/core/tables.py" "$out/jmh.json" > "$out/tables.md"
cat "$out/machine.txt" "$out/tables.md"
