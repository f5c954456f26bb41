#!/usr/bin/env bash
# Lint time of a ~10 MB real API description after JVM start-up: GitHub Enterprise Server 3.19's
# OpenAPI description (11 MB of JSON, ~1,000 operations) from the npm package @octokit/openapi
# (MIT), a YAML copy of it made here, and a Swagger 2.0 description made by copying gitea's paths
# (openapi/src/test/resources/real, MIT) 20 times. For each: the first lint in a fresh JVM (split
# into reading and rules) and warm medians, with the JVM's default flags (a library user's JVM) and
# with the flags `./httpstatus lint` runs with; then the CLI end to end through the launcher, and
# the launcher linting a tiny description (the CLI's fixed cost: JVM, picocli, catalog and
# swagger-parser set-up).
#
#   bench/openapi/run.sh          # 3 fresh JVMs per input and setting
#   bench/openapi/run.sh 5
#
# Downloads and generated inputs go to bench/out/ (git-ignored) and are reused.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${1:-3}"
PKG=@octokit/openapi@23.0.2
OUT=bench/out/openapi
JSON="$OUT/ghes-3.19.json"
YAML="$OUT/ghes-3.19.yaml"
SWAGGER2="$OUT/gitea-x20-swagger2.json"
TINY="$OUT/tiny.json"
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
CP=bench/target/benchmarks.jar
[[ -f "$YAML" ]] || java -cp "$CP" dev.httpstatus.bench.openapi.LintTiming --to-yaml "$JSON" "$YAML"
[[ -f "$SWAGGER2" ]] || java -cp "$CP" dev.httpstatus.bench.openapi.LintTiming --copy-paths 20 \
  openapi/src/test/resources/real/gitea-swagger2-large.json "$SWAGGER2"
printf '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok"}}}}}}\n' >"$TINY"

# The flags ./httpstatus gives a lint (see the launcher): C1 only, a young generation that holds the
# read, 2 MB pages where the kernel offers them.
LAUNCHER_FLAGS=(-XX:TieredStopAtLevel=1 -Xmn256m)
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  LAUNCHER_FLAGS+=(-XX:+UseTransparentHugePages)
fi

./httpstatus lint "$TINY" --no-config >/dev/null 2>&1 || true  # builds the jars and the class-data archive if missing
for f in "$JSON" "$YAML" "$SWAGGER2"; do
  echo "== $f"
  echo "-- LintTiming, the JVM's default flags:"
  for i in $(seq "$RUNS"); do
    java -cp "$CP" dev.httpstatus.bench.openapi.LintTiming "$f" 5
  done
  echo "-- LintTiming, the launcher's lint flags (${LAUNCHER_FLAGS[*]}; no class-data archive):"
  for i in $(seq "$RUNS"); do
    java "${LAUNCHER_FLAGS[@]}" -cp "$CP" dev.httpstatus.bench.openapi.LintTiming "$f" 5
  done
  echo "-- ./httpstatus lint end to end (JVM start, class loading, report to /dev/null), wall seconds:"
  for i in $(seq "$RUNS"); do
    /usr/bin/env time -f "%e s, %M KiB max RSS" ./httpstatus lint "$f" --format json -o /dev/null \
      --fail-on never --no-config 2>&1 | tail -1
  done
done
echo "== the CLI's fixed cost: ./httpstatus lint on a one-operation description, wall seconds:"
for i in $(seq "$RUNS"); do
  /usr/bin/env time -f "%e s" ./httpstatus lint "$TINY" --format json -o /dev/null --fail-on never --no-config 2>&1 | tail -1
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
