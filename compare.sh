#!/usr/bin/env bash
# Measures every target of API.md under every scenario of HARNESS.md and writes results/<timestamp>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

# ---- How each target is started: artifacts, ports and flags. What is measured (scenarios, ladders, knobs,
# profiles) is the Java side's table, dev.jvmwait.load.Scenario; this script asks it for the plan. --------
ALL_TARGETS=(blocking virtual reactive coroutines quarkus-virtual)
declare -A JAR=(
  [blocking]=blocking-mvc/target/blocking-mvc.jar
  [virtual]=virtual-threads/target/virtual-threads.jar
  [reactive]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
  [coroutines]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
  [quarkus-virtual]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
)
# What each target runs: as its framework's deployment guide has it. Spring Boot's jar extracted (java -Djarmode=tools
# extract: the application's classes and its libraries as plain jars, which class-data sharing needs), Quarkus's
# fast-jar as built. See prepare_services.
declare -A RUN_JAR=(
  [blocking]=blocking-mvc/target/extracted/blocking-mvc.jar
  [virtual]=virtual-threads/target/extracted/virtual-threads.jar
  [reactive]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
  [coroutines]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
  [quarkus-virtual]=reactive-quarkus/target/quarkus-app/quarkus-run.jar
)
GATLING_JAR=gatling/target/gatling-1.0.0-SNAPSHOT.jar
# The real backends (--backend): started by this script, pinned with the load generator, stopped with it.
declare -A BACKEND_JAR=([postgres]=postgres/target/postgres.jar [http]=upstream/target/upstream.jar)
declare -A BACKEND_PORT=([postgres]=5433 [http]=8090)
# The passes over the real backends measure the pool scenario twice per backend: with each framework's default pools,
# then with every pool raised to this (above every default: HikariCP 10, Apache HttpClient 5, the reactive client 20,
# Agroal and the Quarkus REST client 50), so that the pool's cap moves and the styles not capped by threads follow it.
RAISED_POOL=100
# The past-capacity experiment's open steps, as multiples of each target's capacity (OverloadSimulation.FACTORS).
OVERLOAD_FACTORS=(0.5 2 4)
REPORT_JAR=report/target/report-1.0.0-SNAPSHOT.jar
BUILD_STAMP=gatling/target/compare.build-stamp
declare -A PORT=([blocking]=8081 [virtual]=8082 [reactive]=8083 [coroutines]=8083 [quarkus-virtual]=8083)
declare -A BASE_PATH=([blocking]="" [virtual]="" [reactive]="" [coroutines]=/kotlin [quarkus-virtual]=/virtual)
HOST=127.0.0.1
# The same JDK, heap and GC for every service; and each starts from a class-data archive of its own (CDS: its jar's
# .jsa, prepare_services), as both frameworks' guides advise for production: class metadata only, no code and no
# profiles (the JDK 25 AOT cache would carry its training's profiles into the JIT, which the lessons measure). On one
# core, blocking answered 10.1-13.9 s after its start as a fat jar, 5.5-7.9 s extracted with its archive; the Quarkus
# application 4.0-4.4 s, with its archive 3.2-3.3 s: a run starts some thirty services.
SERVER_JAVA_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError)
# Gatling's own recommended flags; the add-opens lets it write simulation.log on JDK 25. And an https proxy on a closed
# local port: Gatling 3.15 asks search.maven.org for its latest release at each JVM's first run (LatestGatlingRelease,
# whatever gatling.conf says; its cache of the answer never holds), which must not leave the machine; refused at once, it
# costs nothing (that request took about a second of each start). Only the load generator's: the services start as they
# ship.
LOADGEN_AOT=gatling/target/loadgen.aot
LOADGEN_JAVA_OPTS=(-Xms1g -Xmx1g -XX:+UseParallelGC -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12
  --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
  -Xlog:cds*=off -Xlog:aot*=off -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9)
# The load generator starts from an AOT cache of its own (JDK 25: its classes loaded and linked, and the profiles of the
# methods its training run called), which a training run writes before any target is measured where there is none
# (train_loadgen), so that every target meets the same load generator. Profiles are what the services must not have (the
# lessons measure their JIT); the load generator must have them: without them, a Gatling JVM started for each target
# compiled its own request path in the measured windows (reactive's overload ladder, 2026-11-30: its JIT at 0.24 of its
# core at 4x with the bound, 0.31-0.47 at 4x without it, its core 0.63-0.75 busy there, and steps at 0.8 or more are
# machine-bound; with the cache, 0.00 and 0.06, its core 0.19 and 0.30 busy). Set once there is one this JDK and these
# jars can use (fresh_loadgen_cache).
LOADGEN_CACHE=()

usage() {
  cat <<'EOF'
Usage: ./compare.sh [options]

Builds the services, starts each target in turn, drives it with Gatling through every scenario and
writes results/<timestamp>/ (results.csv, steps.csv, environment.json, settings/, gatling/, summary.md,
report.html) and the link results/latest.

Options:
  --quick              a first picture in under 3 minutes: blocking, virtual and reactive, lessons 1 and 5
  --smoke              every scenario, tiny steps (for CI); fails if a request fails, and says which
  --targets a,b        only these targets (blocking, virtual, reactive, coroutines, quarkus-virtual)
  --scenarios x,y      only these scenarios (--plan lists them); overload and shutdown, the past-capacity
                       experiment (lesson 8), run after the others: overload in the process that ran
                       them (alone, in one of its own), shutdown in a process of its own
  --plan               print what the run would measure, step by step, and stop
  --repeat N           measure each target N times (results.csv gets N rows per step; the report
                       shows medians and spread)
  --url name=URL       measure a service someone else started (no build, no start/stop, no /proc
                       sampling); repeatable
  --backend B          what every lookup waits on: sleep (the default), postgres (a real PostgreSQL,
                       started here from postgres/target/postgres.jar unless --database-url is given)
                       or http (the upstream, started here from upstream/target/upstream.jar); the
                       scenario made for it is pool (--scenarios pool)
  --backends B,C       after the run over sleep, measure the pool scenario over these real backends
                       (postgres, http), with the default pools and with pools of 100; the default run
                       does both (lesson 7); none: skip them
  --database-url URL   with --backend postgres: a PostgreSQL of your own (postgresql://user:pw@host:port/db)
  --pool N             every service's pool for the backend (DB_POOL_SIZE, HTTP_POOL_SIZE); default: each
                       framework's own
  --no-build           use the jars as they are
  -h, --help           this help
EOF
}

# ---- State, and the clean-up that stops whatever this script started -----------------------------
PROFILE=default
REPEAT=1
BUILD=true
SHOW_PLAN=false
SELECTED_TARGETS=()
SELECTED_SCENARIOS=()
declare -A EXTERNAL_URL=()
SERVER_PID=""
SERVER_STARTED_US=0
MEASURE_PID=""
BACKEND=sleep
DATABASE_URL_GIVEN=""
POOL=""
PASS_BACKENDS=()
PASS_BACKENDS_NAMED=false
BACKEND_PID=""
CORE_PROBE_PID=""
TRAINING_PIDS=()
SERVICE_ENV=()
EXTRA_ENV=()
MEASURE_EXTRA=()
PAST_SCENARIOS=()
CURRENT_LOG=""
RUN_DIR=""
STEP=0
TOTAL_STEPS=0

stop_pid() {
  local pid=$1 waited=0
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < 100 )); do sleep 0.1; waited=$((waited + 1)); done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$? pid
  trap - EXIT INT TERM
  stop_pid "$MEASURE_PID"
  stop_pid "$SERVER_PID"
  stop_pid "$BACKEND_PID"
  stop_pid "$CORE_PROBE_PID"
  for pid in "${TRAINING_PIDS[@]}"; do stop_pid "$pid"; done
  if (( status != 0 )) && [[ -n "$RUN_DIR" && -f "$RUN_DIR/results.csv" ]]; then
    echo "Stopped early; what was measured is in $RUN_DIR" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted." >&2; exit 130' INT TERM

fail() { echo "compare.sh: $*" >&2; exit 1; }

# ---- Steps -------------------------------------------------------------------------------------------
parse_options() {
  while (( $# )); do
    case $1 in
      --quick) PROFILE=quick ;;
      --smoke) PROFILE=smoke ;;
      --targets) [[ $# -ge 2 ]] || fail "--targets needs a list"; IFS=, read -r -a SELECTED_TARGETS <<<"$2"; shift ;;
      --scenarios) [[ $# -ge 2 ]] || fail "--scenarios needs a list"; IFS=, read -r -a SELECTED_SCENARIOS <<<"$2"; shift ;;
      --repeat) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || fail "--repeat needs a positive number"; REPEAT=$2; shift ;;
      --url) [[ ${2:-} == *=http* ]] || fail "--url needs name=http://host:port[/path]"
             EXTERNAL_URL[${2%%=*}]=${2#*=}; shift ;;
      --backend) [[ ${2:-} =~ ^(sleep|postgres|http)$ ]] || fail "--backend needs sleep, postgres or http"; BACKEND=$2; shift ;;
      --database-url) [[ ${2:-} == postgres*://* ]] || fail "--database-url needs postgresql://user:password@host:port/database"
                      DATABASE_URL_GIVEN=$2; shift ;;
      --pool) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || fail "--pool needs a positive number"; POOL=$2; shift ;;
      --backends) [[ ${2:-} =~ ^(none|(postgres|http)(,(postgres|http))*)$ ]] || fail "--backends needs postgres,http or none"
                  PASS_BACKENDS_NAMED=true; PASS_BACKENDS=(); [[ $2 == none ]] || IFS=, read -r -a PASS_BACKENDS <<<"$2"; shift ;;
      --no-build) BUILD=false ;;
      --plan) SHOW_PLAN=true ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; fail "unknown option $1" ;;
    esac
    shift
  done
  # The default run measures lesson 7 over both real backends after the lessons over sleep; a narrower run only if asked.
  if [[ $PASS_BACKENDS_NAMED == false && $PROFILE == default && $BACKEND == sleep ]] && (( ${#SELECTED_SCENARIOS[@]} == 0 \
      && ${#EXTERNAL_URL[@]} == 0 )); then
    PASS_BACKENDS=(postgres http)
  fi
  # So does lesson 8, past capacity, after them.
  if [[ $PROFILE == default && $BACKEND == sleep ]] && (( ${#SELECTED_SCENARIOS[@]} == 0 && ${#EXTERNAL_URL[@]} == 0 )); then
    PAST_SCENARIOS=(overload shutdown)
  fi
  (( ${#PASS_BACKENDS[@]} == 0 )) || [[ $BACKEND == sleep && -z $POOL ]] || fail "--backends runs after a run over sleep, with its own pools; leave out --backend and --pool"
  # Over a real backend the default is the scenario made for it: the others' loads would queue for a pool of ten.
  if [[ $BACKEND != sleep ]] && (( ${#SELECTED_SCENARIOS[@]} == 0 )); then SELECTED_SCENARIOS=(pool); fi
  [[ -z $DATABASE_URL_GIVEN || $BACKEND == postgres ]] || fail "--database-url goes with --backend postgres"
  TARGETS_NAMED=true
  if (( ${#SELECTED_TARGETS[@]} == 0 )); then
    if (( ${#EXTERNAL_URL[@]} > 0 )); then SELECTED_TARGETS=("${!EXTERNAL_URL[@]}"); else SELECTED_TARGETS=("${ALL_TARGETS[@]}"); TARGETS_NAMED=false; fi
  fi
  local name
  for name in "${SELECTED_TARGETS[@]}"; do
    [[ -n "${JAR[$name]:-}" || -n "${EXTERNAL_URL[$name]:-}" ]] || fail "unknown target $name (known: ${ALL_TARGETS[*]})"
  done
}

find_jdk() {
  JAVA_HOME=$(find_java25) || exit 1
  export JAVA_HOME
  JAVA="$JAVA_HOME/bin/java"
  echo "JDK: $JAVA_HOME ($("$JAVA" -version 2>&1 | head -1))"
}

# Builds unless every jar is there and no main source or pom changed since the last build this
# script made (a stamp, since Maven leaves an unchanged jar with its old time).
build() {
  local target
  [[ $BUILD == true ]] || return 0
  local stale=false
  for target in "${SELECTED_TARGETS[@]}"; do
    [[ -n "${EXTERNAL_URL[$target]:-}" ]] && continue
    [[ -f ${JAR[$target]} ]] || stale=true
  done
  [[ $BACKEND == sleep || -f ${BACKEND_JAR[$BACKEND]} ]] || stale=true
  for target in "${PASS_BACKENDS[@]}"; do [[ -f ${BACKEND_JAR[$target]} ]] || stale=true; done
  [[ -f gatling/target/classpath.txt && -f $GATLING_JAR && -f report/target/classpath.txt && -f $REPORT_JAR \
      && -f $BUILD_STAMP ]] || stale=true
  if [[ $stale == false && -n $(find . -path ./results -prune -o -path '*/target' -prune -o -path '*/src/test' -prune -o \
      \( -name '*.java' -o -name '*.kt' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.conf' -o -name '*.xml' -o -name '*.sql' \) \
      -newer "$BUILD_STAMP" -print -quit) ]]; then
    stale=true
  fi
  if [[ $stale == true ]]; then
    # -T 1C: one build thread per core; the modules that do not wait for each other build side by side (33 s -> 26 s
    # from a fresh clone on 2 cores).
    echo "Building (./mvnw -q -B -T 1C package -DskipTests) ..."
    ./mvnw -q -B -T 1C package -DskipTests || fail "the build failed; nothing was measured"
    touch "$BUILD_STAMP"
  else
    echo "Build is up to date."
  fi
}

# Every started target's runnable form (RUN_JAR) and class-data archive (its .jsa), made where missing or older than
# what they come from. The archive: one training start per application, side by side (each on its own port): started
# with -XX:ArchiveClassesAtExit, SIGTERM once it answers, and the JVM writes the classes it loaded as it exits. It
# holds for one JDK (the .jdk file beside it) and one set of jars; a JVM handed a stale one warns and starts without it.
prepare_services() {
  local target jar run archive port i started=$SECONDS
  local -A seen=()
  local -a urls=() names=()
  for target in "${SELECTED_TARGETS[@]}"; do
    [[ -n "${EXTERNAL_URL[$target]:-}" ]] && continue
    jar=${JAR[$target]} run=${RUN_JAR[$target]}
    [[ -n ${seen[$run]:-} ]] && continue
    seen[$run]=1
    if [[ $run != "$jar" ]] && [[ ! -f ${run%/*}/.extracted || $jar -nt ${run%/*}/.extracted ]]; then
      rm -rf "${run%/*}" # its archive with it
      "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "${run%/*}" >/dev/null || fail "$target: could not extract $jar"
      touch "${run%/*}/.extracted" # the jars inside keep the times of their entries
    fi
    archive=${run%.jar}.jsa
    if [[ -f $archive && $(cat "$archive.jdk" 2>/dev/null) == "$JAVA_HOME" \
        && -z $(find "${run%/*}" -name '*.jar' -newer "$archive" -print -quit) ]]; then
      continue
    fi
    port=${PORT[$target]}
    port_in_use "$port" && fail "$target: port $port is already in use; stop what listens there"
    rm -f "$archive" "$archive.jdk"
    env PORT="$port" HOST="$HOST" BACKEND=sleep "$JAVA" "${SERVER_JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$archive" \
      -jar "$run" >"${archive%.jsa}-training.log" 2>&1 &
    TRAINING_PIDS+=($!); urls+=("http://$HOST:$port${BASE_PATH[$target]}/api/runtime"); names+=("$target")
  done
  (( ${#TRAINING_PIDS[@]} > 0 )) || return 0
  echo "Class-data archives: a training start of ${names[*]} ..."
  for i in "${!TRAINING_PIDS[@]}"; do
    until answers "${urls[$i]}"; do
      kill -0 "${TRAINING_PIDS[$i]}" 2>/dev/null || fail "${names[$i]} did not start for its training (see ${RUN_JAR[${names[$i]}]%.jar}-training.log)"
      (( SECONDS - started < 90 )) || fail "${names[$i]} did not answer within 90 s of its training start"
      sleep 0.1
    done
    kill -TERM "${TRAINING_PIDS[$i]}"
  done
  for i in "${!TRAINING_PIDS[@]}"; do
    archive=${RUN_JAR[${names[$i]}]%.jar}.jsa
    wait "${TRAINING_PIDS[$i]}" 2>/dev/null || true
    [[ -f $archive ]] || fail "${names[$i]}: its training start wrote no $archive (see ${archive%.jsa}-training.log)"
    echo "$JAVA_HOME" >"$archive.jdk"
  done
  TRAINING_PIDS=()
  echo "Class-data archives: made in $((SECONDS - started)) s"
}

# The server gets most of the cores, the load generator the rest: a quarter, at least one, which keeps it below
# machine-bound at the loads the scenarios ask for (on 2 cores, 1:1). Every rule that depends on cores reads the
# server's from environment.json.
plan_cores() {
  CORES=$(nproc)
  if (( CORES >= 2 )) && command -v taskset >/dev/null; then
    LOADGEN_CORES=$(( CORES / 4 > 1 ? CORES / 4 : 1 ))
    SERVER_CORES=$(( CORES - LOADGEN_CORES ))
    local server_list="0" loadgen_list="$SERVER_CORES"
    (( SERVER_CORES > 1 )) && server_list="0-$((SERVER_CORES - 1))"
    (( LOADGEN_CORES > 1 )) && loadgen_list="$SERVER_CORES-$((CORES - 1))"
    SERVER_PIN=(taskset -c "$server_list"); LOADGEN_PIN=(taskset -c "$loadgen_list")
    SPLIT="server on core(s) $server_list, Gatling on core(s) $loadgen_list (taskset), of $CORES cores"
  else
    SERVER_PIN=(); LOADGEN_PIN=(); SERVER_CORES=$CORES; LOADGEN_CORES=$CORES
    SPLIT="not pinned: $CORES core(s)$(command -v taskset >/dev/null || echo ', no taskset'); server and Gatling share the CPU"
  fi
}

fresh_loadgen_cache() { # LOADGEN_CACHE: the load generator's AOT cache, if this JDK and these jars can use it; else it goes
  local jar
  rm -f gatling/target/loadgen.jsa # the class-data archive that the AOT cache replaced
  [[ -f $LOADGEN_AOT ]] || return 0
  for jar in ${GATLING_CP//:/ }; do
    if [[ $jar -nt $LOADGEN_AOT ]]; then rm -f "$LOADGEN_AOT"; return 0; fi
  done
  # A JVM handed a cache it cannot use (another JDK, a cut-short write) starts without it and writes none either.
  if "$JAVA" "${LOADGEN_JAVA_OPTS[@]}" -XX:AOTMode=on -XX:AOTCache="$LOADGEN_AOT" -cp "$GATLING_CP" -version >/dev/null 2>&1; then
    LOADGEN_CACHE=(-XX:AOTCache="$LOADGEN_AOT")
  else
    rm -f "$LOADGEN_AOT"
  fi
}

# Where there is no usable cache (a fresh clone, a rebuilt load generator), the load generator's training run: the pool
# scenario's closed step (lesson 7's passes start a load generator per service) and the overload scenario's loads, over
# short steps (Profile.TRAIN: every kind of answer the runs meet, at the rates they offer: 80 and 200 closed users, then
# open arrivals at up to four times what the target serves, with refusals, and timeouts without the bound)
# against the first target this script starts, before any is measured; its JVM writes the cache as it exits. Not a
# measurement: its rows stay in gatling/target/loadgen-training. About 45 s, once; in the default run only (--quick and
# --smoke, whose time budgets it would take a quarter of, use a cache if an earlier run left one: within a run, every
# target meets the same load generator either way).
train_loadgen() {
  (( ${#LOADGEN_CACHE[@]} == 0 )) && [[ $PROFILE == default ]] || return 0
  local target="" t dir=gatling/target/loadgen-training started=$SECONDS
  for t in "${SELECTED_TARGETS[@]}"; do
    if [[ -z "${EXTERNAL_URL[$t]:-}" ]]; then target=$t; break; fi
  done
  [[ -n $target ]] || return 0 # every target given by --url: no service of its own to train against
  rm -rf "$dir"; mkdir -p "$dir"
  echo "Load generator's AOT cache: a training run against $target ..."
  launch_service "$target" "$dir/$target.log" pinned BACKEND=sleep
  SERVER_PID=$LAUNCHED_PID
  "${LOADGEN_PIN[@]}" "$JAVA" "${LOADGEN_JAVA_OPTS[@]}" -XX:AOTCacheOutput="$LOADGEN_AOT" -cp "$GATLING_CP" \
    "-DbaseUrl=http://$HOST:${PORT[$target]}${BASE_PATH[$target]}" dev.jvmwait.harness.Measure --target "$target" \
    --profile train --scenarios pool,overload --results "$dir" --server-pid "$SERVER_PID" --server-cores "$SERVER_CORES" \
    >"$dir/measure.log" 2>&1 &
  MEASURE_PID=$!
  wait "$MEASURE_PID" || true
  MEASURE_PID=""
  kill -KILL "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  fresh_loadgen_cache
  if (( ${#LOADGEN_CACHE[@]} > 0 )); then
    echo "Load generator's AOT cache: made in $((SECONDS - started)) s"
  else
    echo "Load generator's AOT cache: none was written (see $dir/measure.log); the load generator starts without one"
  fi
}

plan_steps() { # the Java side's table says what to run: SCENARIOS, TOTAL_STEPS, and the profile's targets if none were named
  local plan scenarios=() targets
  GATLING_CP="$GATLING_JAR:$(cat gatling/target/classpath.txt)" # jars only: an AOT cache takes no directory
  fresh_loadgen_cache
  if [[ $TARGETS_NAMED == false ]]; then
    targets=$("$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" --targets) || fail "no plan for this run"
    [[ -n $targets ]] && IFS=, read -r -a SELECTED_TARGETS <<<"$targets"
  fi
  plan=$("$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" \
    --scenarios "$(IFS=,; echo "${SELECTED_SCENARIOS[*]}")") || fail "no plan for this run (see above)"
  local pass_plan="" pass_steps=0
  if (( ${#PASS_BACKENDS[@]} > 0 )); then
    pass_plan=$("$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" --scenarios pool) || fail "no plan for the backends"
    pass_steps=$(( $(grep -vc '^#' <<<"$pass_plan") * ${#PASS_BACKENDS[@]} * 2 ))
  fi
  # The past-capacity experiment's scenarios, named or the profile's, run after the others (run_past_capacity).
  local name
  for name in overload shutdown; do
    if grep -qE "^$name " <<<"$plan" && ! past_has "$name"; then PAST_SCENARIOS+=("$name"); fi
  done
  (( ${#PAST_SCENARIOS[@]} == 0 || ${#EXTERNAL_URL[@]} == 0 )) || fail "overload and shutdown stop and kill the services: only for services this script starts (not --url)"
  PAST_STEPS_PER_TARGET=0
  past_has overload && PAST_STEPS_PER_TARGET=$(overload_steps)
  past_has shutdown && PAST_STEPS_PER_TARGET=$(( PAST_STEPS_PER_TARGET + 1 ))
  mapfile -t scenarios < <(grep -v '^#' <<<"$plan" | awk '{print $1}' | uniq | grep -vxE 'overload|shutdown')
  SCENARIOS=$(IFS=,; echo "${scenarios[*]}")
  STEPS_PER_TARGET=$(grep -v '^#' <<<"$plan" | grep -cvE '^(overload|shutdown) ' || true)
  PASS_STEPS_PER_TARGET=0
  [[ -z $pass_plan ]] || PASS_STEPS_PER_TARGET=$(grep -vc '^#' <<<"$pass_plan")
  TOTAL_STEPS=$(( (STEPS_PER_TARGET + pass_steps + PAST_STEPS_PER_TARGET) * ${#SELECTED_TARGETS[@]} * REPEAT ))
  if [[ $SHOW_PLAN == true ]]; then
    grep -vE '^(overload|shutdown) ' <<<"$plan" || true
    if (( ${#PAST_SCENARIOS[@]} > 0 )); then
      if overload_after_lessons; then
        echo "# then past capacity (${PAST_SCENARIOS[*]}): overload in the same process, shutdown in a process of its own:"
      else
        echo "# then past capacity (${PAST_SCENARIOS[*]}), each target in processes of its own:"
      fi
      if past_has overload; then
        "$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" --scenarios overload | grep -v '^#'
        echo "#   (its window opens once the process is warm) then open steps at ${OVERLOAD_FACTORS[*]} × that capacity,"
        echo "#   first with MAX_IN_FLIGHT = 1.25 × capacity × wait set on the running service, then without it (its 0.5x is the"
        echo "#   bounded one, which refuses nothing); then kill -9"
      fi
      if past_has shutdown; then
        "$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" --scenarios shutdown | grep -v '^#'
        echo "#   SIGTERM once every user has a request in flight (in a process started after the kill, with that bound)"
      fi
    fi
    echo "# for each of: ${SELECTED_TARGETS[*]}, $REPEAT time(s)"
    if (( ${#PASS_BACKENDS[@]} > 0 )); then
      echo "# then over ${PASS_BACKENDS[*]}: each target started with the default pools, then with pools of $RAISED_POOL;"
      echo "# not warmed (the step warms at its own level, then waits up to 4 s for a quiet server JIT):"
      grep -v '^#' <<<"$pass_plan"
    fi
    exit 0
  fi
}

prepare_results() {
  RUN_DIR="results/$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$RUN_DIR/settings" "$RUN_DIR/gatling" "$RUN_DIR/logs"
  ln -sfn "$(basename "$RUN_DIR")" results/latest
  local name external=() commit
  for name in "${!EXTERNAL_URL[@]}"; do external+=("$name=${EXTERNAL_URL[$name]}"); done
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  # environment.json: what this script knows; the JVM that writes it adds the date, the JDK, the memory and
  # the profile's knobs.
  "$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.RecordEnvironment --results "$RUN_DIR" \
    --profile "$PROFILE" --repeat "$REPEAT" --os "$(uname -srm)" \
    --cpu-model "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
    --server-jvm-flags "${SERVER_JAVA_OPTS[*]}$( (( ${#EXTERNAL_URL[@]} < ${#SELECTED_TARGETS[@]} )) && echo " -XX:SharedArchiveFile=<its-jar>.jsa")" --gatling-jvm-flags "${LOADGEN_JAVA_OPTS[*]}${LOADGEN_CACHE[*]:+ -XX:AOTCache=$LOADGEN_AOT}" \
    --cpu-split "$SPLIT" --server-cores "$SERVER_CORES" --gatling-cores "$LOADGEN_CORES" \
    --targets "$(IFS=,; echo "${SELECTED_TARGETS[*]}")" --scenarios "$(IFS=,; echo "${SCENARIOS}${PAST_SCENARIOS[*]:+${SCENARIOS:+,}${PAST_SCENARIOS[*]}}" | tr ' ' ,)" \
    --commit "$commit" --external "$(IFS=,; echo "${external[*]}")" --backend "$(describe_backend)" \
    || fail "could not write $RUN_DIR/environment.json"
  echo "Results: $RUN_DIR ($SPLIT)"
}

# The overload scenario's steps: compile, capacity and recompile, the bounded ladder, the capacity again, and the
# unbounded ladder but for its 0.5x (the bounded 0.5x refuses nothing, and stands for both).
overload_steps() { echo $(( 4 + 2 * ${#OVERLOAD_FACTORS[@]} - 1 )); }

past_has() { printf '%s\n' "${PAST_SCENARIOS[@]}" | grep -qx "$1"; } # past_has SCENARIO: is it in the past-capacity run?

# Whether overload runs in each target's lessons process, after them (run_targets), rather than alone.
overload_after_lessons() { [[ -n $SCENARIOS ]] && past_has overload; }

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

answers() { [[ $(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null) == 200 ]]; } # answers URL: with 200

show_log_tail() {
  [[ -n "$CURRENT_LOG" && -f "$CURRENT_LOG" ]] || return 0
  echo "---- last lines of $CURRENT_LOG ----" >&2
  tail -n 25 "$CURRENT_LOG" >&2
  echo "----" >&2
}

describe_backend() { # what environment.json says every lookup waited on
  local pools="each framework's default pools" backend
  [[ -n $POOL ]] && pools="DB_POOL_SIZE=HTTP_POOL_SIZE=$POOL"
  case $BACKEND in
    sleep) echo -n "sleep (the simulated wait)" ;;
    postgres) echo -n "postgres: ${DATABASE_URL_GIVEN:+a PostgreSQL given with --database-url}${DATABASE_URL_GIVEN:-the project's PostgreSQL (postgres/target/postgres.jar), on the load generator's core(s)}; $pools" ;;
    http) echo -n "http: the project's upstream (upstream/target/upstream.jar), on the load generator's core(s); $pools" ;;
  esac
  if (( ${#PASS_BACKENDS[@]} > 0 )); then
    echo -n "; then the pool scenario over"
    for backend in "${PASS_BACKENDS[@]}"; do
      case $backend in
        postgres) echo -n " postgres (the project's PostgreSQL${DATABASE_URL_GIVEN:+ given with --database-url})" ;;
        http) echo -n " http (the project's upstream)" ;;
      esac
    done
    echo -n ", on the load generator's core(s), with each framework's default pools and with pools of $RAISED_POOL"
  fi
  echo
}

service_env() { # SERVICE_ENV: what every service is started with, for BACKEND and POOL
  SERVICE_ENV=(BACKEND="$BACKEND")
  [[ -n $POOL ]] && SERVICE_ENV+=(DB_POOL_SIZE="$POOL" HTTP_POOL_SIZE="$POOL")
  case $BACKEND in
    postgres) SERVICE_ENV+=(DATABASE_URL="${DATABASE_URL_GIVEN:-postgresql://postgres@$HOST:${BACKEND_PORT[postgres]}/postgres}") ;;
    http) SERVICE_ENV+=(UPSTREAM_URL="http://$HOST:${BACKEND_PORT[http]}") ;;
  esac
  return 0
}

backend_pids() { # the processes whose CPU is the backend's: its JVM, and PostgreSQL's postmaster (pg_ctl leaves it to init)
  [[ -n $BACKEND_PID ]] || return 0
  local pids=$BACKEND_PID postmaster
  if [[ $BACKEND == postgres && -f postgres/target/data/postmaster.pid ]]; then
    postmaster=$(head -1 postgres/target/data/postmaster.pid)
    [[ $postmaster =~ ^[0-9]+$ ]] && pids+=",$postmaster"
  fi
  echo "$pids"
}

start_backend() { # starts the backend the run waits on (none for sleep, or a --database-url), sets SERVICE_ENV
  service_env
  [[ $BACKEND == sleep ]] && return 0
  [[ $BACKEND == postgres && -n $DATABASE_URL_GIVEN ]] && return 0
  local port=${BACKEND_PORT[$BACKEND]} log="$RUN_DIR/logs/$BACKEND.log" waited=0 ready
  if [[ $BACKEND == postgres ]]; then ready="postgres: ready"; else ready="upstream: listening"; fi
  port_in_use "$port" && fail "$BACKEND: port $port is already in use; stop what listens there"
  # The data stays in postgres/target/data: the million users are loaded (by the first service) once, not every run.
  PORT=$port HOST=$HOST PGDATA=postgres/target/data "${LOADGEN_PIN[@]}" "$JAVA" -Xmx256m -jar "${BACKEND_JAR[$BACKEND]}" >"$log" 2>&1 &
  BACKEND_PID=$!
  until grep -q "$ready" "$log" 2>/dev/null; do
    kill -0 "$BACKEND_PID" 2>/dev/null || { tail -n 20 "$log" >&2; BACKEND_PID=""; fail "$BACKEND did not start (see $log)"; }
    (( waited >= 1200 )) && fail "$BACKEND did not start within 120 s (see $log)"
    sleep 0.1; waited=$((waited + 1))
  done
  echo "$BACKEND: started (pid $BACKEND_PID) in $((waited / 10)).$((waited % 10)) s on the load generator's core(s): $(grep -m1 "$ready" "$log")"
}

start_service() { # start_service TARGET [anywhere]: starts it, sets SERVER_PID and BASE_URL; await_service waits for it.
  # anywhere: on every core, sized as if pinned (-XX:ActiveProcessorCount), and pinned once it answers (pin_service)
  local target=$1
  CURRENT_LOG="$RUN_DIR/logs/$target${LOG_SUFFIX:-}.log"
  [[ $BACKEND == sleep ]] || CURRENT_LOG="$RUN_DIR/logs/$target-$BACKEND-${POOL:+pool-}${POOL:-default-pool}.log"
  BASE_URL="http://$HOST:${PORT[$target]}${BASE_PATH[$target]}"
  SERVER_STARTED_US=${EPOCHREALTIME/./}
  launch_service "$target" "$CURRENT_LOG" "${2:-pinned}" "${EXTRA_ENV[@]}"
  SERVER_PID=$LAUNCHED_PID
}

launch_service() { # launch_service TARGET LOG WHERE [NAME=VALUE...]: its JVM, in the background with these variables
  # besides the run's (SERVICE_ENV), pinned or anywhere (start_service), its output to LOG; sets LAUNCHED_PID
  local target=$1 log=$2 where=$3 jar=${RUN_JAR[$1]} port=${PORT[$1]} pin=("${SERVER_PIN[@]}") sized=()
  shift 3
  if [[ $where == anywhere && ${#SERVER_PIN[@]} -gt 0 ]]; then pin=(); sized=(-XX:ActiveProcessorCount="$SERVER_CORES"); fi
  [[ -f $jar ]] || fail "$target: $jar does not exist (did the build make it?)"
  port_in_use "$port" && fail "$target: port $port is already in use; stop what listens there, or measure it with --url $target=http://$HOST:$port${BASE_PATH[$target]}"
  env PORT="$port" HOST="$HOST" "${SERVICE_ENV[@]}" "$@" "${pin[@]}" "$JAVA" "${SERVER_JAVA_OPTS[@]}" "${sized[@]}" \
    -XX:SharedArchiveFile="${jar%.jar}.jsa" -jar "$jar" >"$log" 2>&1 &
  LAUNCHED_PID=$!
}

await_service() { # await_service TARGET: until it answers, or it died, or 60 s passed since its start (by the clock: on a
  # busy core each try's curl and sleep take twice their 0.1 s)
  local target=$1 tenths
  until answers "$BASE_URL/api/runtime"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      show_log_tail; SERVER_PID=""; fail "$target did not start (see $CURRENT_LOG)"
    fi
    if (( ${EPOCHREALTIME/./} - SERVER_STARTED_US >= 60000000 )); then
      show_log_tail; fail "$target did not answer $BASE_URL/api/runtime within 60 s"
    fi
    sleep 0.1
  done
  tenths=$(( (${EPOCHREALTIME/./} - SERVER_STARTED_US) / 100000 ))
  echo "$target: started (pid $SERVER_PID) in $((tenths / 10)).$((tenths % 10)) s, $BASE_URL"
}

pin_service() { # a service started anywhere, every thread of it, onto the server's cores
  (( ${#SERVER_PIN[@]} == 0 )) || taskset -a -p -c "${SERVER_PIN[2]}" "$SERVER_PID" >/dev/null
}

stop_service() {
  stop_pid "$SERVER_PID"
  SERVER_PID=""
}

save_settings() { # save_settings TARGET [DIR]: the settings table comes from the running service, never typed in
  local target=$1 dir=${2:-$RUN_DIR/settings} url root
  root=${BASE_URL%"${BASE_PATH[$target]:-}"}
  mkdir -p "$dir"
  for url in "$BASE_URL/internal/settings" "$root/internal/settings"; do
    if curl -sf "$url" -o "$dir/$target.json" 2>/dev/null; then return 0; fi
  done
  rm -f "$dir/$target.json"
  echo "$target: no /internal/settings answered; its settings are missing from the report"
}

# How fast the server's core computes, read the whole run by a probe on it (CoreSpeed, 0.5% of the core: on a shared
# host the core's speed moves within a minute, unannounced); each row gets its window's mean (core_speed).
start_core_probe() {
  (( ${#SERVER_PIN[@]} > 0 )) || return 0
  "${SERVER_PIN[@]}" "$JAVA" -Xmx64m -XX:+UseSerialGC -cp "$GATLING_CP" dev.jvmwait.harness.CoreSpeed \
    "$RUN_DIR/logs/core-speed.txt" >/dev/null 2>&1 &
  CORE_PROBE_PID=$!
}

start_measure() { # start_measure TARGET ROUND SCENARIOS: starts the target's Gatling run, pinned to the load generator's
  # cores; it waits for the target itself, so that its JVM starts while the server does
  local target=$1 round=$2 scenarios=$3 pid_arg=() backend_arg=(--backend "$BACKEND" --pool-set "$POOL")
  [[ -n "$SERVER_PID" ]] && pid_arg=(--server-pid "$SERVER_PID" --server-cores "$SERVER_CORES")
  [[ -n "$BACKEND_PID" ]] && backend_arg+=(--backend-pids "$(backend_pids)")
  [[ -n "$CORE_PROBE_PID" ]] && backend_arg+=(--core-speed "$RUN_DIR/logs/core-speed.txt")
  "${LOADGEN_PIN[@]}" "$JAVA" "${LOADGEN_JAVA_OPTS[@]}" "${LOADGEN_CACHE[@]}" -cp "$GATLING_CP" "-DbaseUrl=$BASE_URL" dev.jvmwait.harness.Measure \
    --target "$target" --profile "$PROFILE" --scenarios "$scenarios" --results "$RUN_DIR" "${pid_arg[@]}" \
    "${backend_arg[@]}" --first-step $((STEP + 1)) --total-steps "$TOTAL_STEPS" --round "$round" "${MEASURE_EXTRA[@]}" &
  MEASURE_PID=$!
}

finish_measure() { # finish_measure TARGET STEPS [ENDS]: waits for the target's Gatling run, and says what went wrong, if anything;
  # ENDS=true: the run may end the server (past capacity: a death is its result, SIGTERM its scenario)
  local target=$1 steps=$2 ends=${3:-false} status=0
  wait "$MEASURE_PID" || status=$?
  MEASURE_PID=""
  STEP=$((STEP + steps))
  if [[ $ends == false && -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
    # What was measured before it died is kept; the other targets are still measured.
    show_log_tail; SERVER_PID=""
    FAILED+=("$target stopped while it was measured (see $CURRENT_LOG)")
    return 0
  fi
  case $status in
    0) ;;
    3) FAILED+=("$target answered errors") ;;
    4) show_log_tail; FAILED+=("$target stopped while it was measured (see $CURRENT_LOG)") ;;
    *) FAILED+=("$target: Gatling measured nothing (exit $status; see $RUN_DIR/gatling/$target*/console.log)") ;;
  esac
}

measure_target() { # measure_target TARGET ROUND SCENARIOS STEPS [SETTINGS_DIR]: one target, started here or given by --url
  local target=$1 round=$2 scenarios=$3 steps=$4 settings_dir=${5:-}
  if [[ -n "${EXTERNAL_URL[$target]:-}" ]]; then
    BASE_URL=${EXTERNAL_URL[$target]}; BASE_PATH[$target]=""; SERVER_PID=""
    answers "$BASE_URL/api/runtime" || fail "$target: $BASE_URL/api/runtime does not answer 200"
    start_measure "$target" "$round" "$scenarios"
  else
    start_service "$target"
    start_measure "$target" "$round" "$scenarios"
    await_service "$target"
  fi
  save_settings "$target" $settings_dir
  finish_measure "$target" "$steps"
  stop_service
}

run_targets() {
  local target round
  FAILED=()
  for round in $(seq "$REPEAT"); do
    if [[ -n $SCENARIOS ]]; then
      for target in "${SELECTED_TARGETS[@]}"; do
        if overload_after_lessons; then
          run_past_capacity "$target" "$round" "$SCENARIOS"
        else
          measure_target "$target" "$round" "$SCENARIOS" "$STEPS_PER_TARGET"
        fi
      done
    fi
    run_backend_passes "$round"
    if (( ${#PAST_SCENARIOS[@]} > 0 )) && ! overload_after_lessons; then
      echo "Past capacity (${PAST_SCENARIOS[*]}):"
      for target in "${SELECTED_TARGETS[@]}"; do run_past_capacity "$target" "$round" ""; done
    fi
  done
}

# Lesson 8, past capacity, for one target. overload: one process, without a bound, after the lessons' steps if LESSONS
# names them (their warm-up and steps compile its stack; alone, a process of its own), warms in its capacity step until
# steady and measures what it serves flat out; then an open ladder at multiples of it, first with the bound set on the
# running service (PUT /internal/max-in-flight, OverloadSimulation.boundFor), then without it (the service may die: that
# is a result); then kill -9. shutdown: a second process, started at once on the same port with MAX_IN_FLIGHT set to
# that bound (it serves again after the kill), gets SIGTERM under load; alone, a process of its own without a bound.
run_past_capacity() { # run_past_capacity TARGET ROUND LESSONS
  local target=$1 round=$2 lessons=$3 capacity_file="$RUN_DIR/logs/$target-capacity.txt" capacity="" bound="" steps
  if past_has overload; then
    LOG_SUFFIX=-overload; EXTRA_ENV=(); MEASURE_EXTRA=(--capacity-out "$capacity_file")
    steps=$(overload_steps)
    if [[ -n $lessons ]]; then LOG_SUFFIX=""; steps=$(( steps + STEPS_PER_TARGET )); fi
    start_service "$target"
    MEASURE_EXTRA+=(--server-log "$CURRENT_LOG")
    start_measure "$target" "$round" "${lessons:+$lessons,}overload"
    await_service "$target"
    [[ -n $lessons ]] && save_settings "$target"
    finish_measure "$target" "$steps" true
    if [[ -n $SERVER_PID ]]; then kill -KILL "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    SERVER_PID=""
    if ! read -r capacity bound <"$capacity_file" 2>/dev/null; then
      FAILED+=("$target: no capacity measured for the overload ladder (see $RUN_DIR/gatling/$target${LOG_SUFFIX}/console.log)")
      LOG_SUFFIX=""; MEASURE_EXTRA=(); return 0
    fi
  fi
  if past_has shutdown; then
    LOG_SUFFIX=-shutdown
    EXTRA_ENV=(${bound:+MAX_IN_FLIGHT=$bound})
    MEASURE_EXTRA=(${bound:+--bound "$bound" --after-kill})
    # Its start is not measured: on every core it starts sooner (blocking's process up in 4.7-5.6 s, against 6.3-6.9 s pinned),
    # and it is pinned before its load begins (Target.await waits for that).
    start_service "$target" anywhere
    MEASURE_EXTRA+=(--server-log "$CURRENT_LOG")
    start_measure "$target" "$round" shutdown
    await_service "$target"
    pin_service
    [[ -n $bound ]] && save_settings "$target" "$RUN_DIR/logs/settings-$target-bounded"
    finish_measure "$target" 1 true
    stop_service
  fi
  LOG_SUFFIX=""; EXTRA_ENV=(); MEASURE_EXTRA=()
}

# Lesson 7: the pool scenario over each real backend, every target with its framework's default pools, then with pools
# of RAISED_POOL. The default pools' settings are kept in settings/<backend>/ (the report's settings table shows them).
run_backend_passes() {
  local round=$1 backend pool target
  for backend in "${PASS_BACKENDS[@]}"; do
    BACKEND=$backend; POOL=""
    start_backend
    for pool in "" "$RAISED_POOL"; do
      POOL=$pool; service_env
      echo "Over $backend, $([[ -z $pool ]] && echo "each framework's default pools" || echo "pools of $pool"):"
      for target in "${SELECTED_TARGETS[@]}"; do
        measure_target "$target" "$round" pool "$PASS_STEPS_PER_TARGET" \
          "$([[ -z $pool ]] && echo "$RUN_DIR/settings/$backend" || echo "$RUN_DIR/logs/settings-$backend-pool-$pool")"
      done
    done
    stop_pid "$BACKEND_PID"; BACKEND_PID=""
  done
  BACKEND=sleep; POOL=""; service_env
}

write_report() { # the report module reads only the results directory; it also prints the verdicts
  "$JAVA" -cp "$REPORT_JAR:$(cat report/target/classpath.txt)" dev.jvmwait.report.Report "$RUN_DIR" \
    || echo "The report generator failed; results.csv is complete."
}

main() {
  local started=$SECONDS
  parse_options "$@"
  find_jdk
  build
  plan_cores
  plan_steps
  prepare_services
  train_loadgen
  prepare_results
  start_core_probe
  start_backend
  run_targets
  write_report
  echo "Done in $((SECONDS - started)) s: $RUN_DIR"
  if (( ${#FAILED[@]} > 0 )); then
    printf 'FAILED: %s\n' "${FAILED[@]}" >&2
    # What failed, request by request, as each Gatling run that answered errors wrote it.
    [[ -f "$RUN_DIR/logs/failures.txt" ]] && sed 's/^/  failed: /' "$RUN_DIR/logs/failures.txt" >&2
    exit 1
  fi
}

main "$@"
