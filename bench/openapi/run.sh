#!/usr/bin/env bash
# Lint time of a ~10 MB real API description after JVM start-up: GitHub Enterprise Server 3.19's
# OpenAPI description (11 MB of JSON, ~1,000 operations) from the npm package @octokit/openapi
# (MIT), and a YAML copy of it made here. Prints the first lint in a fresh JVM (split into reading
# and rules) and warm medians, then the CLI end to end (JVM start included), as a plain `java -jar`
# and through the launcher.
#
#   bench/openapi/run.sh          # 3 fresh JVMs per input
#   bench/openapi/run.sh 5
#
# Downloads go to bench/out/ (git-ignored) and are reused.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${1:-3}"
PKG=@octokit/openapi@23.0.2
OUT=bench/out/openapi
JSON="$OUT/ghes-3.19.json"
YAML="$OUT/ghes-3.19.yaml"
mkdir -p "$OUT"

if [[ ! -f "$JSON" ]]; then
  (cd "$OUT" && npm pack "$PKG" --silent >/dev/null && tar xzf octokit-openapi-*.tgz package/generated/ghes-3.19.json \
     && mv package/generated/ghes-3.19.json . && rm -rf package octokit-openapi-*.tgz)
fi

if [[ -n "${REBUILD:-}" || ! -f bench/target/benchmarks.jar ]] \
   || ! jar tf bench/target/benchmarks.jar | grep -q 'dev/httpstatus/bench/openapi/LintTiming.class'; then
  ./mvnw -q -B -N install                      # the parent: it holds the Jackson versions swagger-parser is aligned to
  ./mvnw -q -B -pl core,json,check,openapi install -DskipTests
  ./mvnw -q -B -pl bench package -DskipTests
fi
if [[ -n "${REBUILD:-}" || ! -f cli/target/httpstatus.jar ]]; then
  ./mvnw -q -B -pl cli -am package -DskipTests
fi
CP=bench/target/benchmarks.jar
[[ -f "$YAML" ]] || java -cp "$CP" dev.httpstatus.bench.openapi.LintTiming --to-yaml "$JSON" "$YAML"

for f in "$JSON" "$YAML"; do
  echo "== $f"
  for i in $(seq "$RUNS"); do
    java -cp "$CP" dev.httpstatus.bench.openapi.LintTiming "$f" 5
  done
  echo "-- CLI end to end (JVM start, class loading, report to /dev/null), wall seconds:"
  for i in $(seq "$RUNS"); do
    /usr/bin/env time -f "%e s, %M KiB max RSS" java -jar cli/target/httpstatus.jar lint "$f" --format json -o /dev/null \
      --fail-on never 2>&1 | tail -1
  done
  echo "-- the launcher, ./httpstatus lint (C1 only, class-data archive), wall seconds:"
  ./httpstatus lint "$JSON" --format json -o /dev/null --fail-on never --no-config >/dev/null 2>&1 || true  # builds the archive if missing
  for i in $(seq "$RUNS"); do
    /usr/bin/env time -f "%e s, %M KiB max RSS" ./httpstatus lint "$f" --format json -o /dev/null \
      --fail-on never --no-config 2>&1 | tail -1
  done
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
