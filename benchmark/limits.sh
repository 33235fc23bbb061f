#!/usr/bin/env bash
# The service at its documented limits, started the documented way (java @jvm.options -jar, SQLite):
#
#   benchmark/limits.sh [Simulation ...]      (default: BodyLimits SlowClients)
#
# BodyLimits: 64 clients send 1 MB bodies, longest fields and page_size=100 lists; SlowClients: 64
# connections trickle request bodies at one byte per second while others use the API. Meanwhile the
# heap (jstat, every second) and resident memory (ps) are sampled; the summary gives the peaks and
# whether the process survived. Seeds the medium dataset into target/benchmark/data-medium-sqlite once
# (shared with run.sh). BENCHMARK_PORT (8092), DURATION seconds per simulation (60), USERS logged-in
# readers (16), SKIP_BUILD=1 to use target/readtrack.jar as it is.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jstat="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
port=${BENCHMARK_PORT:-8092}
out=target/benchmark
data="$out/data-medium-sqlite"
simulations=("$@")
if [ ${#simulations[@]} -eq 0 ]; then simulations=(BodyLimits SlowClients); fi
mkdir -p "$out"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -DskipTests
fi
./mvnw -q -B -f benchmark/pom.xml test-compile
if [ ! -f "$data/seeded" ]; then
  rm -rf "$data"
  READTRACK_DATA_DIR="$data" "$java" @jvm.options -jar target/readtrack.jar seed-dataset --preset medium
  touch "$data/seeded"
fi

# a copy: a build meanwhile must not rewrite the jar under the running service
cp target/readtrack.jar "$out/limits-readtrack.jar"
env PORT="$port" READTRACK_DATA_DIR="$data" READTRACK_THROTTLE_ENABLED=false \
    "$java" @jvm.options -jar "$out/limits-readtrack.jar" > "$out/limits-server.log" 2>&1 &
server=$!
trap 'kill $server $sampler 2>/dev/null || true' EXIT
sampler=
for _ in $(seq 1 600); do   # start-up on a loaded 2-core machine can take minutes
  if curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null

# one line a second: time, resident KB, heap used KB (young + survivors + old), old generation used KB
samples="$out/limits-memory.log"
: > "$samples"
( while kill -0 "$server" 2> /dev/null; do
    rss=$(ps -o rss= -p "$server" | tr -d ' ')
    heap=$("$jstat" -gc "$server" 2> /dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
        NR == 2 { printf "%d %d", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"], $col["OU"] }')
    echo "$(date -u +%T) $rss $heap" >> "$samples"
    sleep 1
  done ) &
sampler=$!

status=0
for simulation in "${simulations[@]}"; do
  echo "== $simulation"
  ./mvnw -q -B -f benchmark/pom.xml gatling:test -Dgatling.simulationClass="org.readtrack.benchmark.${simulation}Simulation" \
      -Dreadtrack.url="http://localhost:$port" -Dreadtrack.users="${USERS:-16}" -Dduration="${DURATION:-60}" \
      > "$out/limits-$simulation.log" 2>&1 || status=1
  grep -E '^> (request count|response time 99th|response time 50th|max response)|: (true|false) \(actual|dropped by the server|(1 MB body|longest notes|page_size=100|beside tricklers) +\|' \
      "$out/limits-$simulation.log" || true
done

echo "== memory"
if kill -0 "$server" 2> /dev/null; then
  echo "the service survived"
  "$jcmd" "$server" GC.heap_info | sed -n '2,4p'
else
  echo "THE SERVICE DIED (see $out/limits-server.log)"; status=1
fi
awk '$2 > rss { rss = $2 } $3 > heap { heap = $3 } $4 > old { old = $4 }
     END { printf "peak resident %d MB, peak heap used %d MB, peak old generation %d MB (%d samples in %s)\n",
           rss / 1024, heap / 1024, old / 1024, NR, FILENAME }' "$samples"
grep -c OutOfMemoryError "$out/limits-server.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
kill -TERM "$server"; wait "$server" 2> /dev/null || true
exit $status
