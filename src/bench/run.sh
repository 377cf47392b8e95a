#!/bin/sh
# Benchmark of the packaged app on loopback (not a test): execute Sense ID vs the trivial endpoint (wrk), and SSE
# delivery latency with 100 subscribers (SseLatency.java). Bounded: about 3 minutes. Usage: src/bench/run.sh [port]
# ONLY=sse skips the wrk runs; SSE_SSCH_RATES="40 400" sets the SSE load; APP=dir runs another packaged quarkus-app (e.g. a copy of the previous build);
# JAVA_OPTS adds JVM options (e.g. -Dccw.events.write-coalescing=0ms).
set -eu
cd "$(dirname "$0")/../.."
PORT=${1:-18080}
DURATION=${DURATION:-10s}
# On 2 cores C2 compiles the execute path for about a minute (10 s runs back to back: 1.4k, 2.9k, 5.4k, 7.2k req/s):
# measure steady state, after a real warm-up
WARMUP=${WARMUP:-60s}
APP=${APP:-target/quarkus-app}
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -q -o package -DskipTests
START=$(date +%s%N)
java -Xmx256m ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dccw.backend=emulator \
     -Dccw.emulator.topology=file:src/bench/bench-topology.txt -Dquarkus.log.level=WARN \
     -jar "$APP/quarkus-run.jar" > target/bench-server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/api/v1/ping" > /dev/null; do
  kill -0 $PID 2>/dev/null || { echo "the server did not start:"; cat target/bench-server.log; exit 1; }
  sleep 0.05
done
echo "startup to first request: $(( ($(date +%s%N) - START) / 1000000 )) ms"
echo "RSS idle: $(ps -o rss= -p $PID) KiB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${ONLY:-}" != sse ]; then
wrk -t4 -c4 -d"$WARMUP" -s src/bench/execute-sense-id.lua "http://localhost:$PORT" > /dev/null
wrk -t4 -c4 -d5s "http://localhost:$PORT/api/v1/ping" > /dev/null
cpu_ticks() { awk '{print $14+$15}' /proc/$PID/stat; }
echo "== trivial endpoint (GET /api/v1/ping)"
T0=$(cpu_ticks)
wrk -t4 -c4 -d"$DURATION" --latency "http://localhost:$PORT/api/v1/ping" | grep -E 'Requests/sec|50%|99%'
echo "server CPU: $(( $(cpu_ticks) - T0 )) ticks (1/100 s)"
echo "== execute Sense ID (4 connections, one zero-latency subchannel each)"
T0=$(cpu_ticks)
wrk -t4 -c4 -d"$DURATION" --latency -s src/bench/execute-sense-id.lua "http://localhost:$PORT" | grep -E 'Requests/sec|50%|99%|Non-2xx'
echo "server CPU: $(( $(cpu_ticks) - T0 )) ticks (1/100 s)"
fi
# 40 ssch/s = 200 events/s = 20k deliveries/s to 100 subscribers; 400 ssch/s = 2,000 events/s = 200k deliveries/s
for rate in ${SSE_SSCH_RATES:-40 400}; do
  echo "== SSE delivery, 100 subscribers, $rate ssch/s"
  java src/bench/SseLatency.java "$PORT" 100 "$rate" 10
done
echo "RSS after load: $(ps -o rss= -p $PID) KiB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
