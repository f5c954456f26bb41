#!/usr/bin/env bash
# Server throughput, side by side on loopback: nginx (return 404), python3-httpbin (gunicorn) and
# the httpstatus server, each hit with wrk at 64 connections / 2 threads on /status/404; then a
# bounded soak of the httpstatus server (256 connections, 60 s, malformed requests mixed in)
# checking that it survives and its memory stays flat; then HTTP/2 (cleartext, prior knowledge)
# with h2load against nginx's http2 listener. Everything binds 127.0.0.1 and is stopped
# on exit. Usage: bench/server/run.sh [--duration SECONDS] [--soak SECONDS] [--append]
#   --rounds  paired rounds against nginx (default 6): nginx and httpstatus alternate, 8 s each, and
#             the goal is judged on the median of the per-round ratios, since this shared VM's speed
#             drifts by ±15 % between minutes
#   --append  add the figures as "## Server throughput" to bench/RESULTS.md
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DURATION=12
ROUNDS=6
ROUND_SECONDS=8
SOAK=60
APPEND=0
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --soak) SOAK=$2; shift 2 ;;
    --append) APPEND=1; shift ;;
    *) echo "usage: $0 [--duration SECONDS] [--rounds N] [--soak SECONDS] [--append]" >&2; exit 2 ;;
  esac
done

# The machine may be busy with other work; as root, run every server and wrk at a raised priority
# (the same for all) so the figures reflect the servers more than the scheduler.
NICE=()
if [ "$(id -u)" = 0 ]; then NICE=(nice -n -10); fi

NGINX_PORT=18480; HTTPBIN_PORT=18481; OURS_PORT=18482; NGINX_H2_PORT=18483
WORK=$(mktemp -d /tmp/httpstatus-bench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  sleep 1
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need nginx || ! need wrk || ! need h2load || ! need gunicorn || ! /usr/bin/python3 -c 'import httpbin' 2>/dev/null; then
  echo "installing nginx, wrk, nghttp2-client (h2load), gunicorn, python3-httpbin (apt-get)…" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk nghttp2-client gunicorn python3-httpbin; } >/dev/null
fi
# nginx 1.25.1 and later switch HTTP/2 on with "http2 on"; older ones (Debian 12 has 1.22) with "listen … http2".
NGINX_VERSION=$(nginx -v 2>&1 | sed 's/.*nginx\///')
if printf '%s\n1.25.1\n' "$NGINX_VERSION" | sort -V -C; then
  NGINX_H2="listen 127.0.0.1:$NGINX_H2_PORT http2;"
else
  NGINX_H2="listen 127.0.0.1:$NGINX_H2_PORT; http2 on;"
fi

wait_port() { # port: wait up to 30 s for a listener
  for _ in $(seq 1 300); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listening on 127.0.0.1:$1 after 30 s" >&2; exit 1
}

# --- nginx: its own config in a temp dir, one "return 404" location.
cat > "$WORK/nginx.conf" <<NGX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; fastcgi_temp_path $WORK/fcgi;
  uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  server { listen 127.0.0.1:$NGINX_PORT; location / { return 404; } }
  # nginx ends a connection after keepalive_requests (default 1000, HTTP/2 streams included);
  # h2load does not reconnect, so without this its clients die and nginx looks slow.
  server { $NGINX_H2 keepalive_requests 100000000; location / { return 404; } }
}
NGX
"${NICE[@]}" nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon on;'
wait_port $NGINX_PORT

# --- python3-httpbin under gunicorn, one worker per core.
"${NICE[@]}" gunicorn --workers "$(nproc)" --bind 127.0.0.1:$HTTPBIN_PORT --log-level warning httpbin:app \
  > "$WORK/httpbin.log" 2>&1 &
HTTPBIN=$!
PIDS+=($HTTPBIN)
wait_port $HTTPBIN_PORT

# --- httpstatus server from the freshly built module.
./mvnw -q -B -f server/pom.xml package -DskipTests dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
# The JVM's default collector (G1), as `httpstatus serve` runs: on this 2-core box it gave a
# lower p99 than the serial (≈ 3.9 against ≈ 5.2 ms) and the parallel collector (≈ 6.3 ms).
"${NICE[@]}" java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -cp "server/target/classes:$(cat "$WORK/cp.txt")" dev.httpstatus.server.Main \
  --port $OURS_PORT > "$WORK/ours.log" 2>&1 &
OURS=$!
PIDS+=($OURS)
wait_port $OURS_PORT

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
live_heap() { # pid: KiB of heap in use right after a full collection, i.e. what is really retained
  jcmd "$1" GC.run >/dev/null 2>&1 || true
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); s += v } } END { print s + 0 }'
}
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }   # KiB

TICK=$(getconf CLK_TCK)
cpu_ticks() { # pid: user+system CPU ticks of the process and its children (nginx, gunicorn workers)
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    [ -r "/proc/$p/stat" ] || continue
    total=$(( total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}') ))
  done
  echo $total
}

bench() { # name port pid -> "rps p99 requests-per-server-CPU-second"
  local url="http://127.0.0.1:$2/status/404"
  "${NICE[@]}" wrk -t2 -c64 -d5s "$url" >/dev/null            # warm-up (JIT, worker pools)
  local before after
  before=$(cpu_ticks "$3")
  "${NICE[@]}" wrk -t2 -c64 -d"${DURATION}s" --latency "$url" > "$WORK/$1.wrk"
  after=$(cpu_ticks "$3")
  local rps p99 total
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$1.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1.wrk")
  total=$(awk '/requests in/ {print $1}' "$WORK/$1.wrk")
  echo "$rps $p99 $(awk -v n="$total" -v t="$(( after - before ))" -v hz="$TICK" 'BEGIN { printf "%.0f", n / (t / hz) }')"
}

to_ms() { # wrk latency ("812.00us", "3.10ms", "1.02s") -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

echo "benchmarking /status/404, 64 connections, 2 threads, ${DURATION}s each…" >&2
read -r NGINX_RPS NGINX_P99 NGINX_CPU <<<"$(bench nginx $NGINX_PORT "$(cat "$WORK/nginx.pid")")"
read -r HTTPBIN_RPS HTTPBIN_P99 HTTPBIN_CPU <<<"$(bench httpbin $HTTPBIN_PORT $HTTPBIN)"
read -r OURS_RPS OURS_P99 OURS_CPU <<<"$(bench ours $OURS_PORT $OURS)"

# --- paired rounds against nginx: alternate who goes first, take each round's ratio, report medians.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
one_run() { # port -> "rps p99-ms"
  "${NICE[@]}" wrk -t2 -c64 -d"${ROUND_SECONDS}s" --latency "http://127.0.0.1:$1/status/404" > "$WORK/round.wrk"
  echo "$(awk '/^Requests\/sec/ {print $2}' "$WORK/round.wrk") $(to_ms "$(awk '$1 == "99%" {print $2}' "$WORK/round.wrk")")"
}
echo "paired rounds: $ROUNDS × (nginx, httpstatus), ${ROUND_SECONDS}s each…" >&2
: > "$WORK/rounds.txt"
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then
    read -r N_RPS N_P99 <<<"$(one_run $NGINX_PORT)"; read -r O_RPS O_P99 <<<"$(one_run $OURS_PORT)"
  else
    read -r O_RPS O_P99 <<<"$(one_run $OURS_PORT)"; read -r N_RPS N_P99 <<<"$(one_run $NGINX_PORT)"
  fi
  echo "$r $N_RPS $O_RPS $(awk -v a="$O_RPS" -v b="$N_RPS" 'BEGIN { printf "%.2f", a / b }') $N_P99 $O_P99" >> "$WORK/rounds.txt"
done
PAIRED_RATIO=$(awk '{print $4}' "$WORK/rounds.txt" | median)
PAIRED_OURS_P99=$(awk '{print $6}' "$WORK/rounds.txt" | median)
PAIRED_NGINX_P99=$(awk '{print $5}' "$WORK/rounds.txt" | median)

# --- HTTP/2 by prior knowledge: h2load, 64 connections, 10 streams each, paired rounds as above.
h2_run() { # port -> requests/s
  "${NICE[@]}" h2load -t 2 -c 64 -m 10 -D "$ROUND_SECONDS" --warm-up-time=2 "http://127.0.0.1:$1/status/404" > "$WORK/h2.txt" 2>&1
  awk '/^finished in/ { print $4 }' "$WORK/h2.txt"
  # "errored": requests that got no valid answer ("failed" in timed mode also counts unstarted ones)
  grep -o '[0-9]* errored' "$WORK/h2.txt" | head -1 | awk -v p="$1" '{ print p, $1 }' >> "$WORK/h2failed.txt" || true
}
echo "HTTP/2 paired rounds: $ROUNDS × (nginx http2, httpstatus), ${ROUND_SECONDS}s each…" >&2
# One unmeasured run each first: the JVM's HTTP/2 path is still cold after the HTTP/1.1 runs.
h2_run $NGINX_H2_PORT >/dev/null; h2_run $OURS_PORT >/dev/null
: > "$WORK/h2rounds.txt"
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then N_H2=$(h2_run $NGINX_H2_PORT); O_H2=$(h2_run $OURS_PORT)
  else O_H2=$(h2_run $OURS_PORT); N_H2=$(h2_run $NGINX_H2_PORT); fi
  echo "$r $N_H2 $O_H2 $(awk -v a="$O_H2" -v b="$N_H2" 'BEGIN { printf "%.2f", a / b }')" >> "$WORK/h2rounds.txt"
done
H2_RATIO=$(awk '{print $4}' "$WORK/h2rounds.txt" | median)
H2_FAILED_NGINX=$(awk -v p=$NGINX_H2_PORT '$1 == p { n += $2 } END { print n + 0 }' "$WORK/h2failed.txt")
H2_FAILED_OURS=$(awk -v p=$OURS_PORT '$1 == p { n += $2 } END { print n + 0 }' "$WORK/h2failed.txt")

# --- soak: 256 connections, malformed requests mixed in.
LIVE_BEFORE=$(live_heap $OURS)
RSS_BEFORE=$(rss $OURS)
echo "soak: 256 connections, ${SOAK}s, one request in eight malformed…" >&2
( while kill -0 $OURS 2>/dev/null; do echo $(( $(rss $OURS) / 1024 )); sleep 10; done ) > "$WORK/rss.txt" &
SAMPLER=$!
PIDS+=($SAMPLER)
# Two halves, with the heap retained after a full GC measured after each: a leak shows as growth
# from the first to the second (the first half also fills the allocator's pools once).
HALF=$(( (SOAK + 1) / 2 ))
"${NICE[@]}" wrk -t2 -c256 -d"${HALF}s" --timeout 5s -s bench/server/soak.lua "http://127.0.0.1:$OURS_PORT/" > "$WORK/soak1.wrk" 2>&1
sleep 3   # lets lingering closes finish
LIVE_HALF=$(live_heap $OURS)
"${NICE[@]}" wrk -t2 -c256 -d"${HALF}s" --timeout 5s -s bench/server/soak.lua "http://127.0.0.1:$OURS_PORT/" > "$WORK/soak2.wrk" 2>&1
kill $SAMPLER 2>/dev/null || true
sleep 3
RSS_AFTER=$(rss $OURS)
LIVE_AFTER=$(live_heap $OURS)
cat "$WORK/soak1.wrk" "$WORK/soak2.wrk" > "$WORK/soak.wrk"
if grep -q 'soak.lua:' "$WORK/soak.wrk"; then
  echo "the soak script failed to load:" >&2; grep 'soak.lua:' "$WORK/soak.wrk" | head -3 >&2; exit 1
fi
ALIVE=no
if kill -0 $OURS 2>/dev/null && curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$OURS_PORT/status/200" | grep -q 200; then
  ALIVE=yes
fi
SOAK_REQS=$(awk '/requests in/ { n += $1 } END { print n }' "$WORK/soak.wrk")
SOAK_STATUSES=$(grep -h '^statuses:' "$WORK/soak.wrk" | sed 's/^statuses: *//' | tr ' ' '\n' \
  | awk -F= 'NF == 2 { c[$1] += $2 } END { for (k in c) print k "=" c[k] }' | sort | tr '\n' ' ' | sed 's/ $//')
SOAK_ERRS=$(grep -E '^ +Socket errors' "$WORK/soak.wrk" | sed 's/^ *//' || true)
EXCEPTIONS=$(grep -c -E 'Exception|Error|LEAK' "$WORK/ours.log" || true)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
NGINX_RATIO=$(ratio "$OURS_RPS" "$NGINX_RPS")
HTTPBIN_RATIO=$(ratio "$OURS_RPS" "$HTTPBIN_RPS")
JDK=$(java -version 2>&1 | head -1)
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)

REPORT="$WORK/report.md"
{
  echo "## Server throughput"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/server/run.sh\`: wrk on loopback, 64 connections,"
  echo "2 threads, ${DURATION} s per server after a 5 s warm-up, \`GET /status/404\` (nginx: a \`return 404\`"
  echo "location with \`worker_processes auto\`; python3-httpbin $(dpkg-query -W -f='${Version}' python3-httpbin 2>/dev/null) under gunicorn with $(nproc) workers;"
  echo "httpstatus: \`java -Xms256m -Xmx256m -XX:+AlwaysPreTouch\`, $(nproc) event-loop threads, transport $(grep -o '(epoll\|(nio' "$WORK/ours.log" | tr -d '(' | head -1))."
  echo "$JDK, $(nproc) cores ($CPU), $MEM. Client and servers share the same cores, so treat absolute"
  echo "figures as relative; requests per CPU-second of the server's own processes is the steadier measure. Load average before the run: $LOAD_BEFORE$([ ${#NICE[@]} -gt 0 ] && echo "; all servers and wrk ran at nice -10")."
  echo
  echo "| server | requests/s | p99 latency | httpstatus ÷ server (req/s) | requests per server CPU-second | httpstatus ÷ server (CPU) |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') | $NGINX_RPS | $(to_ms "$NGINX_P99") ms | $NGINX_RATIO | $NGINX_CPU | $(ratio "$OURS_CPU" "$NGINX_CPU") |"
  echo "| python3-httpbin | $HTTPBIN_RPS | $(to_ms "$HTTPBIN_P99") ms | $HTTPBIN_RATIO | $HTTPBIN_CPU | $(ratio "$OURS_CPU" "$HTTPBIN_CPU") |"
  echo "| httpstatus server | $OURS_RPS | $(to_ms "$OURS_P99") ms | 1.00 | $OURS_CPU | 1.00 |"
  echo
  echo "Paired rounds against nginx ($ROUNDS × ${ROUND_SECONDS} s each, alternating who goes first):"
  echo
  echo "| round | nginx req/s | httpstatus req/s | httpstatus ÷ nginx | nginx p99 | httpstatus p99 |"
  echo "|---:|---:|---:|---:|---:|---:|"
  awk '{ printf "| %s | %.0f | %.0f | %s | %s ms | %s ms |\n", $1, $2, $3, $4, $5, $6 }' "$WORK/rounds.txt"
  echo "| **median** | | | **$PAIRED_RATIO** | $PAIRED_NGINX_P99 ms | **$PAIRED_OURS_P99 ms** |"
  echo
  echo "Goals: ≥ 0.80 × nginx (median of the paired rounds: $PAIRED_RATIO; single run above: $NGINX_RATIO), ≥ 3 × python3-httpbin (got $HTTPBIN_RATIO), p99 < 5 ms (median of the rounds: $PAIRED_OURS_P99 ms; single run: $(to_ms "$OURS_P99") ms)."
  echo
  echo "HTTP/2, cleartext with prior knowledge: h2load \`-t 2 -c 64 -m 10\`, ${ROUND_SECONDS} s per run after a 2 s warm-up, \`GET /status/404\`;"
  echo "nginx $NGINX_VERSION with \`$NGINX_H2\` and \`return 404\`. Paired rounds, alternating who goes first:"
  echo
  echo "| round | nginx http2 req/s | httpstatus h2 req/s | httpstatus ÷ nginx |"
  echo "|---:|---:|---:|---:|"
  awk '{ printf "| %s | %.0f | %.0f | %s |\n", $1, $2, $3, $4 }' "$WORK/h2rounds.txt"
  echo "| **median** | | | **$H2_RATIO** |"
  echo
  echo "Requests h2load counted as errored over all runs: nginx $H2_FAILED_NGINX, httpstatus $H2_FAILED_OURS."
  echo
  echo "Soak: 256 connections for 2 × ${HALF} s, one request in eight malformed (garbage request line, bad header"
  echo "name, 9 kB target, 9 kB header, oversized body, Content-Length with chunked, CR/LF in ?reason=):"
  echo "$SOAK_REQS requests (statuses: $SOAK_STATUSES); server alive and answering afterwards: $ALIVE; exceptions logged: $EXCEPTIONS;"
  echo "RSS $((RSS_BEFORE / 1024)) MiB before, $((RSS_AFTER / 1024)) MiB after; every 10 s during the soak:"
  echo "$(tr '\n' ' ' < "$WORK/rss.txt")MiB (heap fixed and pre-touched at 256 MiB). Heap still in use after a full GC:"
  echo "$((LIVE_BEFORE / 1024)) MiB before the soak, $((LIVE_HALF / 1024)) MiB after the first half, $((LIVE_AFTER / 1024)) MiB after the second. The 503s are the weighted"
  echo "\`/status/200,503:2\` draws, not refusals."
  [ -n "$SOAK_ERRS" ] && echo "wrk: $SOAK_ERRS (malformed requests end their connection by design)."
  echo
} > "$REPORT"
cat "$REPORT"
if [ "$APPEND" = 1 ]; then
  [ -f bench/RESULTS.md ] || echo "# Benchmark results" > bench/RESULTS.md
  { echo; cat "$REPORT"; } >> bench/RESULTS.md
  echo "appended to bench/RESULTS.md" >&2
fi
