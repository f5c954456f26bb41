#!/usr/bin/env bash
# Tries the job under `flink run` without downloading Flink: a standalone Flink session cluster on
# loopback made of the jars the build puts in flink/target/lib (Flink's own, from Maven Central),
# and Flink's command-line client from the same jars.
#
#   flink/cluster/session.sh start
#   flink/cluster/session.sh run --input check/src/test/resources/captures --output /tmp/out   # = flink run -p 2 …
#   flink/cluster/session.sh stop
#
# Logs and pid files go to flink/target/cluster/. Flink's own start scripts pass these --add-opens
# to every JVM; the client needs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=flink/cluster
RUN=flink/target/cluster
LIB="flink/target/lib/*"
OPENS="--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
export FLINK_CONF_DIR="$HERE"

case "${1:-}" in
  start)
    [[ -f flink/target/httpstatus-flink.jar ]] || ./mvnw -q -B -pl flink -am package -DskipTests
    mkdir -p "$RUN"
    java $OPENS -Xmx400m -cp "$LIB" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
      --configDir "$HERE" > "$RUN/jobmanager.log" 2>&1 &
    echo $! > "$RUN/jobmanager.pid"
    java $OPENS -Xmx400m -XX:MaxDirectMemorySize=400m -cp "$LIB" \
      org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$HERE" > "$RUN/taskmanager.log" 2>&1 &
    echo $! > "$RUN/taskmanager.pid"
    for _ in $(seq 1 120); do
      if grep -q "Successful registration at resource manager" "$RUN/taskmanager.log" 2>/dev/null; then
        echo "session cluster up: REST on 127.0.0.1:18081"
        exit 0
      fi
      sleep 1
    done
    echo "the TaskManager did not register within 120 s; see $RUN/*.log" >&2
    exit 1
    ;;
  run)
    shift
    java $OPENS -cp "$LIB" org.apache.flink.client.cli.CliFrontend run -p 2 flink/target/httpstatus-flink.jar "$@" \
      2> "$RUN/client.log"
    ;;
  stop)
    for p in taskmanager jobmanager; do
      if [[ -f "$RUN/$p.pid" ]]; then
        kill "$(cat "$RUN/$p.pid")" 2>/dev/null || true
        rm -f "$RUN/$p.pid"
      fi
    done
    ;;
  *)
    echo "usage: $0 start|run ARGS…|stop" >&2
    exit 2
    ;;
esac
