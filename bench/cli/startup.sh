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
built=$(stat -c %Y "$jar")

# `./httpstatus 404` runs as a user runs it, checking the sources for changes; the same command
# without that check is measured beside it. Editing sources meanwhile would trigger a rebuild,
# which is not start-up: the run is then refused below.
commands=(
    'java -version'
    "$root/httpstatus 404"
    "env HTTPSTATUS_NO_REBUILD=1 $root/httpstatus 404"
    "$root/httpstatus 404 --json"
    "$root/httpstatus list --class 4xx"
    "$root/httpstatus search too many requests"
    "$root/httpstatus advise 'the user is not logged in'"
    "java -jar $jar 404"
)
trap '[[ $(stat -c %Y "$jar") == "$built" ]] || echo "startup.sh: the jar was rebuilt during the run; the figures are void" >&2' EXIT

cd "$root"
if [[ -n "${HYPERFINE:-}" ]]; then
    command -v hyperfine >/dev/null || { echo "startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
    hyperfine -N --warmup 5 --runs "${ROUNDS:-40}" "${commands[@]}"
    exit
fi
python3 "$root/bench/cli/startup.py" "${ROUNDS:-40}" "${commands[@]}" | sed "s#$root/#./#g"
[[ $(stat -c %Y "$jar") == "$built" ]] || exit 1
