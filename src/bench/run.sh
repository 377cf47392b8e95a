#!/bin/sh
# Benchmark of the packaged app on loopback (not a test): execute Sense ID vs the trivial endpoint (wrk), and SSE
# delivery latency with 100 subscribers (SseLatency.java). Bounded: about 5 minutes. Usage: src/bench/run.sh [port]
# ONLY=sse skips the wrk runs; SSE_SSCH_RATES="40 400" sets the SSE load; APP=dir runs another packaged quarkus-app (e.g. a copy of the previous build);
# JAVA_OPTS adds JVM options (e.g. -Dccw.events.write-coalescing=0ms); ROUNDS sets how often ping and execute alternate.
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
# ping needs its own warm-up: with 5 s its rate still rose run by run (15.2k, 17.0k, 18.6k req/s)
wrk -t4 -c4 -d"${PING_WARMUP:-30s}" "http://localhost:$PORT/api/v1/ping" > /dev/null
cpu_ticks() { awk '{print $14+$15}' /proc/$PID/stat; }
# ping and execute alternate ROUNDS times: this 2 vCPU VM's speed drifts by ±20 % within minutes, so a ratio of two
# single runs minutes apart measures the drift; the median of adjacent pairs does not
ROUNDS=${ROUNDS:-3}
RATIOS=""
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: trivial endpoint (GET /api/v1/ping), 4 connections"
  T0=$(cpu_ticks)
  PING=$(wrk -t4 -c4 -d"$DURATION" --latency "http://localhost:$PORT/api/v1/ping")
  echo "$PING" | grep -E 'Requests/sec|50%|99%'
  echo "server CPU: $(( $(cpu_ticks) - T0 )) ticks (1/100 s)"
  echo "== round $round: execute Sense ID (4 connections, one zero-latency subchannel each)"
  T0=$(cpu_ticks)
  EXEC=$(wrk -t4 -c4 -d"$DURATION" --latency -s src/bench/execute-sense-id.lua "http://localhost:$PORT")
  echo "$EXEC" | grep -E 'Requests/sec|50%|99%|Non-2xx'
  echo "server CPU: $(( $(cpu_ticks) - T0 )) ticks (1/100 s)"
  RATIO=$(printf '%s\n%s\n' "$PING" "$EXEC" | awk '/Requests\/sec/ {r[n++]=$2} END {printf "%.2f", r[1]/r[0]}')
  echo "execute / ping: $RATIO"
  RATIOS="$RATIOS $RATIO"
done
echo "execute / ping by round:$RATIOS; median $(echo $RATIOS | tr ' ' '\n' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
# one request in flight: the latency of an execute itself, without queueing behind the other connections' requests
# on 2 cores shared with wrk (at 4 connections even ping's p99 is scheduling)
echo "== one connection: ping, then execute Sense ID"
wrk -t1 -c1 -d"$DURATION" --latency "http://localhost:$PORT/api/v1/ping" | grep -E 'Requests/sec|50%|99%'
wrk -t1 -c1 -d"$DURATION" --latency -s src/bench/execute-sense-id.lua "http://localhost:$PORT" | grep -E 'Requests/sec|50%|99%|Non-2xx'
fi
# 40 ssch/s = 200 events/s = 20k deliveries/s to 100 subscribers; 400 ssch/s = 2,000 events/s = 200k deliveries/s
for rate in ${SSE_SSCH_RATES:-40 400}; do
  echo "== SSE delivery, 100 subscribers, $rate ssch/s"
  java src/bench/SseLatency.java "$PORT" 100 "$rate" 10
done
echo "RSS after load: $(ps -o rss= -p $PID) KiB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
