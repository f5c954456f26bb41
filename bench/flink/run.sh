#!/usr/bin/env bash
# The Flink job's throughput beside the single-process check, on the same synthetic HAR traffic split
# into files (one file is one split: the job can only spread work across files), plus the job's fixed
# start-up cost on a tiny input.
#
#   bench/flink/run.sh              # 1024 MiB in 8 files of 128 MiB
#   bench/flink/run.sh 256 4        # 256 MiB in 4 files
#
# Inputs and outputs go to bench/out/ (git-ignored); the files are reused when they exist. Each run
# prints wall clock, CPU time (user + system, all threads) and peak RSS from GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."

MIB="${1:-1024}"
FILES="${2:-8}"
PER=$(( MIB / FILES ))
DIR="bench/out/flink-${MIB}x${FILES}"
TINY="check/src/test/resources/captures/playwright"
OUT="bench/out/flink-results"

if [[ -n "${REBUILD:-}" || ! -f flink/target/httpstatus-flink.jar || ! -f cli/target/httpstatus.jar \
      || ! -f bench/target/benchmarks.jar ]]; then
  ./mvnw -q -B -pl cli,bench,flink -am package -DskipTests
fi

if [[ ! -f "$DIR/part-$(( FILES - 1 )).har" ]]; then
  mkdir -p "$DIR"
  java -cp bench/target/benchmarks.jar dev.httpstatus.bench.check.HarGenerator "$DIR/part-0.har" "$PER"
  for (( i = 1; i < FILES; i++ )); do cp "$DIR/part-0.har" "$DIR/part-$i.har"; done
fi
BYTES=$(cat "$DIR"/*.har | wc -c)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $DIR, $FILES files, $BYTES bytes"
echo

# run NAME COMMAND...: prints "NAME  wall s  cpu s  MiB/s  peak RSS"
run() {
  local name="$1"; shift
  local tf
  tf=$(mktemp)
  /usr/bin/time -o "$tf" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true # check exits 1 on findings
  read -r wall user sys rss < <(tail -1 "$tf")
  rm -f "$tf"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$BYTES" \
    'BEGIN { printf "%-34s wall %7.2f s   cpu %7.2f s   %7.1f MiB/s   peak RSS %5d MiB\n", n, w, u + s, b / 1048576 / w, r / 1024 }'
}

fresh() { rm -rf "$OUT"; }

echo "== fixed start-up cost (3 small HAR files)"
fresh; BYTES_SAVED=$BYTES; BYTES=$(cat "$TINY"/*.har | wc -c)
run "job p=1, tiny input" java -jar flink/target/httpstatus-flink.jar --input "$TINY" --output "$OUT" --parallelism 1
fresh
run "job p=2, tiny input" java -jar flink/target/httpstatus-flink.jar --input "$TINY" --output "$OUT" --parallelism 2
fresh
run "httpstatus check, tiny input" java -jar cli/target/httpstatus.jar check "$TINY" --format json -o /dev/null
BYTES=$BYTES_SAVED
echo
echo "== ${MIB} MiB"
run "httpstatus check (one process)" java -jar cli/target/httpstatus.jar check "$DIR" --format json -o /dev/null
run "httpstatus check --jobs 2" java -jar cli/target/httpstatus.jar check "$DIR" --jobs 2 --format json -o /dev/null
fresh
run "job p=1" java -jar flink/target/httpstatus-flink.jar --input "$DIR" --output "$OUT" --parallelism 1
fresh
run "job p=2" java -jar flink/target/httpstatus-flink.jar --input "$DIR" --output "$OUT" --parallelism 2
echo
echo "summary of the last run:"
cat "$OUT"/summary/*.ndjson
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
