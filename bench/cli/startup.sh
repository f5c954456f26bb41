#!/usr/bin/env bash
# CLI start-up benchmark: `./httpstatus 404` side by side with a bare `java -version` on the same
# machine. The goal (issue 3) is a median wall time of at most 1.5× the baseline.
#
#   bench/cli/startup.sh               # interleaved rounds (startup.py), Markdown table on stdout
#   ROUNDS=100 bench/cli/startup.sh
#   HYPERFINE=1 bench/cli/startup.sh   # the same commands with hyperfine (Debian package), one after another
#
# Interleaving is the default because a busy machine (parallel builds) otherwise penalises
# whichever command happens to run during a burst.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/httpstatus.jar"

# First use builds the jar and the class-data-sharing archive; that is not what is measured.
"$root/httpstatus" 404 >/dev/null
export HTTPSTATUS_NO_REBUILD=1  # other work may touch sources meanwhile; a rebuild is not start-up

commands=(
    'java -version'
    "$root/httpstatus 404"
    "$root/httpstatus 404 --json"
    "$root/httpstatus list --class 4xx"
    "java -jar $jar 404"
)

cd "$root"
if [[ -n "${HYPERFINE:-}" ]]; then
    command -v hyperfine >/dev/null || { echo "startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
    exec hyperfine -N --warmup 5 --runs "${ROUNDS:-40}" "${commands[@]}"
fi
python3 "$root/bench/cli/startup.py" "${ROUNDS:-40}" "${commands[@]}" | sed "s#$root/#./#g"
