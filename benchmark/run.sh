#!/usr/bin/env bash
# The platform's benchmark: starts a copy of the provisioned WildFly with the platform WAR and a no-op baseline WAR,
# measures start-to-ready time and peak RSS, drives every endpoint of benchmark/endpoints.txt with wrk and prints
# req/s, p50, p99, non-2xx and the ratio to the no-op for each, against the targets of issue 7.
#
# Usage (from the repository root, after `mvn -DskipTests package`):
#   benchmark/run.sh
# The server starts with the demo switch on (cluster.demo=true): rows for one member or one mission need the
# demo data, and the lists are measured with something in them.
# Settings (environment): DURATION=10s WARMUP=5s BASELINE_DURATION=5s THREADS=2 CONNECTIONS=16 PORT_OFFSET=200
#   WARM_PASS=10s  how long the pass over every endpoint before the measured ones drives each (0s: no pass)
#   PROFILE=1  also takes three thread dumps (jstack) per endpoint while it is under load, kept in the scratch dir
#   SERVER=dir another provisioned server to measure (default web-ui/target/server), e.g. a copy of an older build
#   KEEP=1     keeps the scratch dir (server copy, logs) afterwards
#   WILDFLY_LOCK=/tmp/wildfly.lock  the lock file held while the server runs (only one WildFly at a time)
# Not part of `mvn clean verify`: it needs minutes, wrk and a quiet machine, and its figures are ratios within one run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmark"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
WARM_PASS="${WARM_PASS:-10s}"
BASELINE_DURATION="${BASELINE_DURATION:-5s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT_OFFSET="${PORT_OFFSET:-200}"
WILDFLY_LOCK="${WILDFLY_LOCK:-/tmp/wildfly.lock}"
# Far above what wrk sends from one address in a run, so the API's per-client limit (default 300 a minute) never
# answers 429 and the figures measure the endpoints, not the limiter refusing them.
API_PERMITS=1000000000
START_TARGET_S=8
RSS_TARGET_MB=500
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
BASE="http://127.0.0.1:$HTTP_PORT"

die() { echo "benchmark: $*" >&2; exit 1; }

command -v wrk >/dev/null || die "wrk is not installed (Debian/Ubuntu: apt-get install -y wrk)"
command -v curl >/dev/null || die "curl is not installed"
command -v mvn >/dev/null || die "mvn is not on the PATH (needed to build the no-op WAR)"
SERVER="${SERVER:-$ROOT/web-ui/target/server}"
[ -f "$SERVER/standalone/deployments/creative-cluster.war" ] \
  || die "no provisioned server with the WAR in $SERVER: build first with 'mvn -DskipTests package'"

echo "== building the no-op baseline WAR (benchmark/noop)"
mvn -q -B -Dstyle.color=never -f "$BENCH/noop/pom.xml" package -DskipTests
NOOP_WAR="$BENCH/noop/target/benchmark-noop.war"

# Held from the copy on: whoever holds it may be rebuilding web-ui/target/server, or running a server.
echo "== waiting for the WildFly lock $WILDFLY_LOCK"
exec 9>"$WILDFLY_LOCK"
flock 9

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/cluster-benchmark.XXXXXX")"
echo "== copying the server to $SCRATCH (platform WAR built $(date -r "$SERVER/standalone/deployments/creative-cluster.war" '+%F %T'))"
cp -a "$SERVER" "$SCRATCH/server"
# A fresh start, as after a build: no H2 data, logs or deployment markers of earlier runs.
fresh_state() {
  rm -rf "$SCRATCH/server/standalone/data" "$SCRATCH/server/standalone/log" "$SCRATCH/server/standalone/tmp"
  rm -f "$SCRATCH"/server/standalone/deployments/*.{deployed,failed,isdeploying,pending}
}
fresh_state
cp "$NOOP_WAR" "$SCRATCH/server/standalone/deployments/"

SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "${LAUNCHER_PID:-}" ] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    kill "$LAUNCHER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-}" = 1 ] || [ "${PROFILE:-}" = 1 ]; then
    echo "== scratch dir kept: $SCRATCH"
  else
    rm -rf "$SCRATCH"
  fi
}
trap cleanup EXIT

# Starts the server copy and waits for /health/ready; sets ready_ms, SERVER_PID and LAUNCHER_PID.
start_server() {
  SERVER_PID=""
  rm -f "$SCRATCH/server.pid"
  start_ns=$(date +%s%N)
  env -u POSTGRESQL_URL -u JAVA_OPTS JBOSS_JAVA_SIZING="-Xms64m -Xmx512m" JBOSS_PIDFILE="$SCRATCH/server.pid" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 \
    "$SCRATCH/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
    -Dcluster.rate-limit.api.permits="$API_PERMITS" -Dcluster.demo=true >"$SCRATCH/console.log" 2>&1 &
  LAUNCHER_PID=$!
  ready_ms=""
  for _ in $(seq 1 600); do
    [ -z "$SERVER_PID" ] && [ -s "$SCRATCH/server.pid" ] && SERVER_PID="$(cat "$SCRATCH/server.pid")"
    if curl -fs -o /dev/null "http://127.0.0.1:$MGMT_PORT/health/ready"; then
      ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
      break
    fi
    kill -0 "$LAUNCHER_PID" 2>/dev/null || die "the server stopped while starting; see $SCRATCH/console.log"
    # Each DOWN answer writes a warning to the server log, so do not poll much faster than this.
    sleep 0.2
  done
  [ -n "$ready_ms" ] || die "not ready after 120 s; see $SCRATCH/server/standalone/log/server.log"
  [ -n "$SERVER_PID" ] || SERVER_PID="$(cat "$SCRATCH/server.pid")"
}

echo "== starting WildFly: -Xmx512m, embedded H2 (POSTGRESQL_URL unset), port offset $PORT_OFFSET ($BASE)"
echo "   API rate limit set to cluster.rate-limit.api.permits=$API_PERMITS per minute, so it never answers 429 here"
# bin/standalone.conf records the loaded classes in an AppCDS archive when a deployment's first server stops, and
# later starts map them from it. The measured start is such a later start, as every start after an install is:
# a first start records the archive, and how long it took is printed too.
start_server
first_ready_ms=$ready_ms
echo "   first start (no class-data archive yet) ready after $first_ready_ms ms; stopping it to record the archive"
stop_ns=$(date +%s%N)
kill "$SERVER_PID"
while kill -0 "$SERVER_PID" 2>/dev/null; do sleep 0.2; done
wait "$LAUNCHER_PID" 2>/dev/null || true
echo "   stopped after $(( ($(date +%s%N) - stop_ns) / 1000000 )) ms; $(ls "$SCRATCH/server/standalone/class-data" 2>/dev/null | wc -l) archive(s)"
fresh_state
start_server
rss_ready_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
echo "   ready (/health/ready UP on port $MGMT_PORT) after $ready_ms ms; RSS then $((rss_ready_kb / 1024)) MB"

# The machine's load before and after the load phase, printed with the results: on a shared machine a ratio
# means little without it.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Each line of the result table is kept here, then printed together at the end.
rows=()
baseline=""
baseline_url=""
fails=0
mkdir -p "$SCRATCH/jstack"
# Issue 9: a row whose path starts with POST: sends benchmark/<what>.json as its JSON body (a wrk script
# sets method, header and body); {tracking} in a path is the tracking token of one inquiry submitted here.
tracking=""
if grep -q '{tracking}' "$BENCH/endpoints.txt" && [ -f "$BENCH/inquiry-submit.json" ]; then
  tracking=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$BENCH/inquiry-submit.json" \
    "$BASE/api/v1/inquiries" | sed -n 's/.*"trackingToken":"\([^"]*\)".*/\1/p')
fi
# Sets path, url, wrk_script and curl_post for one line of endpoints.txt (its path and what).
request_for() {
  path=$1
  wrk_script=()
  curl_post=()
  case "$path" in
    POST:*)
      path=${path#POST:}
      printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' \
        "$(cat "$BENCH/$2.json")" >"$SCRATCH/$2.lua"
      wrk_script=(-s "$SCRATCH/$2.lua")
      curl_post=(-X POST -H 'Content-Type: application/json' --data-binary @"$BENCH/$2.json")
      ;;
  esac
  path=${path//\{tracking\}/$tracking}
  url="$BASE$path"
}

# One pass over every endpoint before any is measured, so that each row measures a server that has served the
# whole workload, as a server in use has: a 5-second warm-up alone measured the JIT still compiling a path rather
# than the path (the inquiry submission, the one write and the last path the JIT reached: 721 req/s without the pass,
# 926 with it, on the same build and machine).
if [ "$WARM_PASS" != 0s ]; then
  echo "== warm-up pass: every endpoint for $WARM_PASS, none measured"
  while read -r path status target what; do
    case "$path" in ''|\#*) continue ;; esac
    request_for "$path" "$what"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARM_PASS" "${wrk_script[@]}" "$url" >/dev/null
  done <"$BENCH/endpoints.txt"
fi

while read -r path status target what; do
  case "$path" in ''|\#*) continue ;; esac
  request_for "$path" "$what"
  got=$(curl -s -o /dev/null -w '%{http_code}' "${curl_post[@]}" "$url")
  echo "== $path ($what): answers $got, warm-up $WARMUP, then $DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${wrk_script[@]}" "$url" >/dev/null
  # The baseline is measured again right before each endpoint, so a ratio compares two figures taken
  # seconds apart: on a shared machine the load of other processes drifts within a run.
  if [ -n "$baseline_url" ]; then
    baseline=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$BASELINE_DURATION" "$baseline_url" \
      | awk '/^Requests\/sec:/ {print $2}')
  fi
  if [ "${PROFILE:-}" = 1 ]; then
    slug=$(echo "$what${path}" | tr -c 'A-Za-z0-9\n' '_')
    (for n in 1 2 3; do sleep 2; jstack "$SERVER_PID" >"$SCRATCH/jstack/$slug-$n.txt" 2>&1 || true; done) &
    dumper=$!
  fi
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${wrk_script[@]}" "$url")
  [ -z "${dumper:-}" ] || wait "$dumper"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  # wrk counts answers outside 2xx and 3xx; the error endpoints are expected to count every request here.
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  non2xx=${non2xx:-0}
  if [ -z "$baseline_url" ]; then
    baseline_url="$url"
    baseline="$rps"
  fi
  ratio=$(awk -v r="$rps" -v b="$baseline" 'BEGIN {printf "%.2f", r / b}')
  verdict="-"
  if [ "$got" != "$status" ]; then
    verdict="FAIL (answered $got, not $status)"
  elif [ "$target" != "-" ]; then
    verdict=$(awk -v r="$ratio" -v t="$target" 'BEGIN {print (r + 0 >= t + 0) ? "pass" : "FAIL"}')
  fi
  case "$verdict" in FAIL*) fails=$((fails + 1)) ;; esac
  shown_target=$([ "$target" = - ] && echo - || echo ">= $target")
  rows+=("$(printf '| %-28s | %6s | %9s | %9s | %9s | %7s | %11s | %5s | %6s | %s |' \
    "$path" "$status" "$rps" "$p50" "$p99" "$non2xx" "$baseline" "$ratio" "$shown_target" "$verdict")")
done <"$BENCH/endpoints.txt"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
peak_mb=$((peak_kb / 1024))
start_verdict=$(awk -v s="$ready_ms" -v t="$START_TARGET_S" 'BEGIN {print (s / 1000 <= t) ? "pass" : "FAIL"}')
rss_verdict=$([ "$peak_mb" -le "$RSS_TARGET_MB" ] && echo pass || echo FAIL)
[ "$start_verdict" = pass ] || fails=$((fails + 1))
[ "$rss_verdict" = pass ] || fails=$((fails + 1))

echo
echo "Benchmark $(date '+%F %T'), $(nproc) cores, wrk $THREADS threads $CONNECTIONS connections, $DURATION each after"
echo "a warm-up pass of $WARM_PASS over every endpoint and $WARMUP warm-up each, each ratio against the no-op measured ($BASELINE_DURATION) just before it; -Xmx512m, embedded H2, API rate limit $API_PERMITS/min. Ratios compare within this run only."
echo "Load average (1, 5, 15 min) before the load: $load_before; after it: $load_after (wrk and the server add about 2)."
echo
echo "| path                         | status |     req/s |       p50 |       p99 | non-2xx | no-op req/s | ratio | target | result |"
echo "|------------------------------|--------|-----------|-----------|-----------|---------|-------------|-------|--------|--------|"
printf '%s\n' "${rows[@]}"
echo
echo "| measure                                  | value   | target  | result |"
echo "|------------------------------------------|---------|---------|--------|"
printf '| %-40s | %7s | %7s | %-6s |\n' "first start to ready (records the archive)" "$(awk -v s="$first_ready_ms" 'BEGIN {printf "%.1f s", s / 1000}')" "-" "-"
printf '| %-40s | %7s | %7s | %-6s |\n' "start to ready (/health/ready UP)" "$(awk -v s="$ready_ms" 'BEGIN {printf "%.1f s", s / 1000}')" "<= ${START_TARGET_S} s" "$start_verdict"
printf '| %-40s | %7s | %7s | %-6s |\n' "peak RSS (VmHWM) after the load" "$peak_mb MB" "<= $RSS_TARGET_MB MB" "$rss_verdict"
echo
if [ "$fails" -gt 0 ]; then
  echo "$fails target(s) missed."
else
  echo "All targets met."
fi
