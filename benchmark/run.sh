#!/usr/bin/env bash
# Load benchmark of Readtrack, on this machine.
#
#   benchmark/run.sh [medium|large] [sqlite|postgresql] [Simulation ...]
#
# Builds the service, seeds the dataset once (kept under target/benchmark for later runs), starts the
# service with the project's JVM options (jvm.options), warms it up, runs each Gatling simulation
# (default: all of them), reports resident memory, and writes a summary next to the HTML reports in
# target/benchmark/. JAVA_HOME selects the JDK (default: java on the PATH). PostgreSQL: the server on
# 127.0.0.1:5432, user postgres (override with PGHOST…). ASYNC_PROFILER=/path/to/libasyncProfiler.so
# profiles the service (CPU time, 10 ms samples) during each simulation: a flame graph and collapsed
# stacks per simulation next to the reports. DURATION (seconds, default 60) sets each simulation's length,
# WARMUP_SECONDS (60) the warm-up's. The summary gives, besides Gatling's figures, the service's CPU time
# per request during each simulation.
set -euo pipefail

preset=${1:-medium}
database=${2:-sqlite}
shift $(( $# < 2 ? $# : 2 ))
simulations=("$@")
if [ ${#simulations[@]} -eq 0 ]; then
  simulations=(ContentList ContentDetail ContentReaders ContentSearch ChapterList ProgressList ProgressUpdate Library Advance Feed FeedReleases
               ReaderStats RecentChanges Tags Login LoginFlood)
fi

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # JAVA_HOME picks another JDK
if [ -n "${ASYNC_PROFILER:-}" ]; then ASYNC_PROFILER=$(realpath "$ASYNC_PROFILER"); fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
port=${BENCHMARK_PORT:-8090}
out=target/benchmark
mkdir -p "$out"
summary="$out/summary-$preset-$database.md"

echo "== building the service"
./mvnw -q -B package -DskipTests
./mvnw -q -B -f benchmark/pom.xml test-compile

env_for_database=()
case "$database" in
  sqlite)
    data="$out/data-$preset-sqlite"
    if [ ! -f "$data/seeded" ]; then
      rm -rf "$data"
      echo "== seeding $preset into SQLite ($data)"
      READTRACK_DATA_DIR="$data" "$java" @jvm.options -jar target/readtrack.jar seed-dataset --preset "$preset"
      touch "$data/seeded"
    fi
    ;;
  postgresql)
    data="$out/data-$preset-postgresql"
    mkdir -p "$data"
    pg_database="readtrack_bench_$preset"
    env_for_database=(DATABASE_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$pg_database"
                      POSTGRES_USER="${PGUSER:-postgres}")
    if [ ! -f "$data/seeded" ]; then
      psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -qc "DROP DATABASE IF EXISTS $pg_database"
      psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -qc "CREATE DATABASE $pg_database"
      echo "== seeding $preset into PostgreSQL ($pg_database)"
      env READTRACK_DATA_DIR="$data" ${env_for_database[@]+"${env_for_database[@]}"} \
          "$java" @jvm.options -jar target/readtrack.jar seed-dataset --preset "$preset"
      # what autovacuum would do before long: statistics for the planner, and the visibility map that lets
      # index-only scans (the chapters index behind unread counts) skip the table
      psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$pg_database" -qc "VACUUM ANALYZE"
      touch "$data/seeded"
    fi
    ;;
  *) echo "database: sqlite or postgresql" >&2; exit 2 ;;
esac

# The service runs as the Docker image runs it: extracted, with a class-data cache trained by a start-up
# against the same database (JDK 25+: an AOT cache; before: a CDS archive). See README.md, "Memory".
app="$root/$out/app"   # absolute: a CDS archive records the class path it was made with
rm -rf "$app"
"$java" -Djarmode=tools -jar target/readtrack.jar extract --destination "$app" > /dev/null
jvm_flags=$("$java" -XX:+PrintFlagsFinal -version 2> /dev/null)
if grep -q ' AOTCacheOutput ' <<< "$jvm_flags"; then
  class_cache=(-XX:AOTCacheOutput="$app/readtrack.aot"); use_class_cache=(-XX:AOTCache="$app/readtrack.aot")
else
  class_cache=(-XX:ArchiveClassesAtExit="$app/readtrack.jsa"); use_class_cache=(-XX:SharedArchiveFile="$app/readtrack.jsa")
fi
echo "== training the class-data cache ($app)"
env READTRACK_DATA_DIR="$data" ${env_for_database[@]+"${env_for_database[@]}"} \
    "$java" @jvm.options "${class_cache[@]}" -Dspring.context.exit=onRefresh -jar "$app/readtrack.jar" \
    > "$out/class-cache-training.log" 2>&1

profiler_agent=()
if [ -n "${ASYNC_PROFILER:-}" ]; then profiler_agent=("-agentpath:$ASYNC_PROFILER"); fi
profiler() {   # profiler <async-profiler command>, sent to the running service; a failure only warns
  if [ -n "${ASYNC_PROFILER:-}" ]; then
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$server" "JVMTI.agent_load \"$ASYNC_PROFILER\" \"$1\"" \
        >> "$out/profiler.log" 2>&1 || echo "profiler: '$1' failed (see $out/profiler.log)" >&2
  fi
}

if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port already answers: stop what listens there, or set BENCHMARK_PORT" >&2; exit 2
fi
echo "== starting the service on port $port"
env PORT="$port" MALLOC_ARENA_MAX=2 READTRACK_DATA_DIR="$data" READTRACK_THROTTLE_ENABLED=false ${env_for_database[@]+"${env_for_database[@]}"} \
    "$java" @jvm.options "${use_class_cache[@]}" ${profiler_agent[@]+"${profiler_agent[@]}"} -jar "$app/readtrack.jar" \
    > "$out/server-$preset-$database.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null
kill -0 "$server" 2> /dev/null || { echo "the service did not start: $out/server-$preset-$database.log" >&2; exit 1; }

# CPU time the service has used so far (user + system), in clock ticks: divided by the requests of a
# simulation, what each request cost the service, whatever the load generator beside it took. Less
# sensitive than requests/s to how busy the host is, and comparable between runs of different lengths.
service_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$server/stat"
}

gatling() {
  ./mvnw -q -B -f benchmark/pom.xml gatling:test -Dgatling.simulationClass="org.readtrack.benchmark.$1Simulation" \
      -Dreadtrack.url="http://localhost:$port" "${@:2}"
}

# resident memory once a second while the simulations run: the summary gives the highest figure too
rss_log="$out/resident-$preset-$database.log"
: > "$rss_log"
( while kill -0 "$server" 2> /dev/null; do
    echo "$(date -u +%T) $(ps -o rss= -p "$server" | tr -d ' ')" >> "$rss_log"; sleep 1
  done ) &
sampler=$!
trap 'kill $server $sampler 2>/dev/null || true' EXIT

echo "== warming up"
gatling Warmup -Dduration="${WARMUP_SECONDS:-60}" > "$out/warmup.log" 2>&1

{
  echo "# Readtrack benchmark: preset $preset, $database"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- java: $("$java" -version 2>&1 | head -1)"
  echo "- JVM options: $(tr '\n' ' ' < jvm.options)"
  echo "- class-data cache: ${use_class_cache[*]}"
  echo
  echo "| simulation | requests | failed | mean req/s | p50 ms | p99 ms | max ms | targets | service CPU ms/request |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$summary"

failures=0
for simulation in "${simulations[@]}"; do
  echo "== $simulation"
  log="$out/$simulation-$preset-$database.log"
  profiler "start,event=itimer"
  gatling "$simulation" ${DURATION:+-Dduration="$DURATION"} > "$log" 2>&1 &
  run=$!
  # the service's CPU from the moment the clients start (after the fixtures' logins) to the end
  until grep -q "Simulation .* started" "$log" 2> /dev/null || ! kill -0 "$run" 2> /dev/null; do sleep 0.2; done
  cpu_before=$(service_cpu_ticks)
  if wait "$run"; then verdict=met; else verdict=MISSED; failures=$((failures + 1)); fi
  cpu_ticks=$(( $(service_cpu_ticks) - cpu_before ))
  profile="$(cd "$out" && pwd)/profile-$simulation-$preset-$database"
  profiler "dump,collapsed,file=$profile.collapsed"
  profiler "stop,flamegraph,file=$profile.html"
  # Gatling's console summary: the global block of the run
  awk -F'|' -v name="$simulation" -v verdict="$verdict" -v ticks="$cpu_ticks" -v hz="$(getconf CLK_TCK)" '
    function value(field) { gsub(/[ ,]/, "", field); return field }
    /^> request count/ { total = value($2); ko = value($4) }
    /^> response time 50th percentile/ { p50 = value($2) }
    /^> response time 99th percentile/ { p99 = value($2) }
    /^> max response time/ { max = value($2) }
    /^> mean throughput/ { rps = value($2) }
    END { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %.3f |\n", name, total, (ko == "-" ? 0 : ko), rps, p50, p99, max, verdict,
          (total > 0 ? ticks * 1000 / hz / total : 0) }
  ' "$log" >> "$summary"
  grep -E ': (true|false) \(actual' "$log" || true
done

rss_kb=$(ps -o rss= -p "$server" | tr -d ' ')
echo >> "$summary"
echo "Resident memory of the service after the run: $((rss_kb / 1024)) MB" >> "$summary"
# the highest one-second sample, from start-up on (just-in-time compilation of new code takes its
# working memory in bursts, then gives it back)
awk '$2 > max { max = $2; at = $1 } END { printf "(highest during the run: %d MB, at %s UTC; samples in %s)\n", max / 1024, at, FILENAME }' \
    "$rss_log" >> "$summary"
kill -TERM "$server"; wait "$server" 2>/dev/null || true
trap - EXIT

echo
cat "$summary"
echo "HTML reports: $out/reports/"
exit $(( failures > 0 ? 1 : 0 ))
