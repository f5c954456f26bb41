#!/usr/bin/env bash
# Checker throughput: a bare Jackson streaming pass over a synthetic HAR beside the full check,
# in one JVM, then the check alone under -Xmx64m to show that memory stays constant.
#
#   bench/check/run.sh            # 1 GiB file, 3 rounds
#   bench/check/run.sh 256 5      # 256 MiB, 5 rounds
#
# The HAR goes to bench/out/ (git-ignored) and is reused when it already has the size asked for.
set -euo pipefail
cd "$(dirname "$0")/../.."

MIB="${1:-1024}"
ROUNDS="${2:-3}"
HAR="bench/out/synthetic-${MIB}.har"

if [[ -n "${REBUILD:-}" || ! -f bench/target/benchmarks.jar ]] \
   || ! jar tf bench/target/benchmarks.jar | grep -q 'dev/httpstatus/bench/check/CheckThroughput.class'; then
  ./mvnw -q -B -pl core,json,check install -DskipTests
  ./mvnw -q -B -pl bench package -DskipTests
fi
CP=bench/target/benchmarks.jar

if [[ ! -f "$HAR" ]]; then
  java -cp "$CP" dev.httpstatus.bench.check.HarGenerator "$HAR" "$MIB"
fi

echo "== side by side (default heap)"
java -cp "$CP" dev.httpstatus.bench.check.CheckThroughput "$HAR" "$ROUNDS"

echo
echo "== check alone with -Xmx64m"
java -Xmx64m -cp "$CP" dev.httpstatus.bench.check.CheckThroughput "$HAR" 1 check
