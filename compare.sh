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
GATLING_JAR=gatling/target/gatling-1.0.0-SNAPSHOT.jar
REPORT_JAR=report/target/report-1.0.0-SNAPSHOT.jar
BUILD_STAMP=gatling/target/compare.build-stamp
declare -A PORT=([blocking]=8081 [virtual]=8082 [reactive]=8083 [coroutines]=8083 [quarkus-virtual]=8083)
declare -A BASE_PATH=([blocking]="" [virtual]="" [reactive]="" [coroutines]=/kotlin [quarkus-virtual]=/virtual)
HOST=127.0.0.1
# The same JDK, heap and GC for every service.
SERVER_JAVA_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError)
# Gatling's own recommended flags; the add-opens lets it write simulation.log on JDK 25.
LOADGEN_JAVA_OPTS=(-Xms1g -Xmx1g -XX:+UseParallelGC -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12
  --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED)

usage() {
  cat <<'EOF'
Usage: ./compare.sh [options]

Builds the services, starts each target in turn, drives it with Gatling through every scenario and
writes results/<timestamp>/ (results.csv, steps.csv, environment.json, settings/, gatling/, summary.md,
report.html) and the link results/latest.

Options:
  --quick              a first picture in under 3 minutes: blocking, virtual and reactive, lessons 1 and 5
  --smoke              every scenario, tiny steps, under 3 minutes; fails if a request fails (for CI)
  --targets a,b        only these targets (blocking, virtual, reactive, coroutines, quarkus-virtual)
  --scenarios x,y      only these scenarios (--plan lists them)
  --plan               print what the run would measure, step by step, and stop
  --repeat N           measure each target N times (results.csv gets N rows per step; the report
                       shows medians and spread)
  --url name=URL       measure a service someone else started (no build, no start/stop, no /proc
                       sampling); repeatable
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
MEASURE_PID=""
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
  local status=$?
  trap - EXIT INT TERM
  stop_pid "$MEASURE_PID"
  stop_pid "$SERVER_PID"
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
      --no-build) BUILD=false ;;
      --plan) SHOW_PLAN=true ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; fail "unknown option $1" ;;
    esac
    shift
  done
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
  [[ -f gatling/target/classpath.txt && -f $GATLING_JAR && -f report/target/classpath.txt && -f $REPORT_JAR \
      && -f $BUILD_STAMP ]] || stale=true
  if [[ $stale == false && -n $(find . -path ./results -prune -o -path '*/target' -prune -o -path '*/src/test' -prune -o \
      \( -name '*.java' -o -name '*.kt' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.conf' -o -name '*.xml' -o -name '*.sql' \) \
      -newer "$BUILD_STAMP" -print -quit) ]]; then
    stale=true
  fi
  if [[ $stale == true ]]; then
    echo "Building (./mvnw -q -B package -DskipTests) ..."
    ./mvnw -q -B package -DskipTests || fail "the build failed; nothing was measured"
    touch "$BUILD_STAMP"
  else
    echo "Build is up to date."
  fi
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

plan_steps() { # the Java side's table says what to run: SCENARIOS, TOTAL_STEPS, and the profile's targets if none were named
  local plan scenarios=() targets
  GATLING_CP="gatling/target/classes:$(cat gatling/target/classpath.txt)"
  if [[ $TARGETS_NAMED == false ]]; then
    targets=$("$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" --targets) || fail "no plan for this run"
    [[ -n $targets ]] && IFS=, read -r -a SELECTED_TARGETS <<<"$targets"
  fi
  plan=$("$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.Plan --profile "$PROFILE" \
    --scenarios "$(IFS=,; echo "${SELECTED_SCENARIOS[*]}")") || fail "no plan for this run (see above)"
  if [[ $SHOW_PLAN == true ]]; then
    echo "$plan"
    echo "# for each of: ${SELECTED_TARGETS[*]}, $REPEAT time(s)"
    exit 0
  fi
  mapfile -t scenarios < <(grep -v '^#' <<<"$plan" | awk '{print $1}' | uniq)
  SCENARIOS=$(IFS=,; echo "${scenarios[*]}")
  TOTAL_STEPS=$(( $(grep -vc '^#' <<<"$plan") * ${#SELECTED_TARGETS[@]} * REPEAT ))
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
    --server-jvm-flags "${SERVER_JAVA_OPTS[*]}" --gatling-jvm-flags "${LOADGEN_JAVA_OPTS[*]}" \
    --cpu-split "$SPLIT" --server-cores "$SERVER_CORES" --gatling-cores "$LOADGEN_CORES" \
    --targets "$(IFS=,; echo "${SELECTED_TARGETS[*]}")" --scenarios "$SCENARIOS" \
    --commit "$commit" --external "$(IFS=,; echo "${external[*]}")" \
    || fail "could not write $RUN_DIR/environment.json"
  echo "Results: $RUN_DIR ($SPLIT)"
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

show_log_tail() {
  [[ -n "$CURRENT_LOG" && -f "$CURRENT_LOG" ]] || return 0
  echo "---- last lines of $CURRENT_LOG ----" >&2
  tail -n 25 "$CURRENT_LOG" >&2
  echo "----" >&2
}

start_service() { # start_service TARGET: starts it, sets SERVER_PID and BASE_URL; await_service waits for it
  local target=$1 jar=${JAR[$1]} port=${PORT[$1]}
  [[ -f $jar ]] || fail "$target: $jar does not exist (did the build make it?)"
  port_in_use "$port" && fail "$target: port $port is already in use; stop what listens there, or measure it with --url $target=http://$HOST:$port${BASE_PATH[$target]}"
  CURRENT_LOG="$RUN_DIR/logs/$target.log"
  PORT=$port HOST=$HOST "${SERVER_PIN[@]}" "$JAVA" "${SERVER_JAVA_OPTS[@]}" -jar "$jar" >"$CURRENT_LOG" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://$HOST:$port${BASE_PATH[$target]}"
}

await_service() { # await_service TARGET: until it answers, or it died, or 60 s passed
  local target=$1 waited=0
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/api/runtime" 2>/dev/null) == 200 ]]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      show_log_tail; SERVER_PID=""; fail "$target did not start (see $CURRENT_LOG)"
    fi
    if (( waited >= 600 )); then
      show_log_tail; fail "$target did not answer $BASE_URL/api/runtime within 60 s"
    fi
    sleep 0.1; waited=$((waited + 1))
  done
  echo "$target: started (pid $SERVER_PID) in $((waited / 10)).$((waited % 10)) s, $BASE_URL"
}

stop_service() {
  stop_pid "$SERVER_PID"
  SERVER_PID=""
}

save_settings() { # the settings table comes from the running service, never typed in
  local target=$1 url root
  root=${BASE_URL%"${BASE_PATH[$target]:-}"}
  for url in "$BASE_URL/internal/settings" "$root/internal/settings"; do
    if curl -sf "$url" -o "$RUN_DIR/settings/$target.json" 2>/dev/null; then return 0; fi
  done
  rm -f "$RUN_DIR/settings/$target.json"
  echo "$target: no /internal/settings answered; its settings are missing from the report"
}

start_measure() { # starts the target's Gatling run, pinned to the load generator's cores: it waits for the target itself,
  # so that its JVM starts while the server does
  local target=$1 round=$2 pid_arg=()
  [[ -n "$SERVER_PID" ]] && pid_arg=(--server-pid "$SERVER_PID" --server-cores "$SERVER_CORES")
  "${LOADGEN_PIN[@]}" "$JAVA" "${LOADGEN_JAVA_OPTS[@]}" -cp "$GATLING_CP" "-DbaseUrl=$BASE_URL" dev.jvmwait.harness.Measure \
    --target "$target" --profile "$PROFILE" --scenarios "$SCENARIOS" --results "$RUN_DIR" "${pid_arg[@]}" \
    --first-step $((STEP + 1)) --total-steps "$TOTAL_STEPS" --round "$round" &
  MEASURE_PID=$!
}

finish_measure() { # waits for the target's Gatling run, and says what went wrong, if anything
  local target=$1 status=0
  wait "$MEASURE_PID" || status=$?
  MEASURE_PID=""
  STEP=$((STEP + TOTAL_STEPS / ${#SELECTED_TARGETS[@]} / REPEAT))
  if [[ -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
    # What was measured before it died is kept; the other targets are still measured.
    show_log_tail; SERVER_PID=""
    FAILED+=("$target stopped while it was measured (see $CURRENT_LOG)")
    return 0
  fi
  case $status in
    0) ;;
    3) FAILED+=("$target answered errors") ;;
    *) FAILED+=("$target: Gatling measured nothing (exit $status; see $RUN_DIR/gatling/$target*/console.log)") ;;
  esac
}

run_targets() {
  local target round
  FAILED=()
  for round in $(seq "$REPEAT"); do
    for target in "${SELECTED_TARGETS[@]}"; do
      if [[ -n "${EXTERNAL_URL[$target]:-}" ]]; then
        BASE_URL=${EXTERNAL_URL[$target]}; BASE_PATH[$target]=""; SERVER_PID=""
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/api/runtime") == 200 ]] || fail "$target: $BASE_URL/api/runtime does not answer 200"
        start_measure "$target" "$round"
      else
        start_service "$target"
        start_measure "$target" "$round"
        await_service "$target"
      fi
      save_settings "$target"
      finish_measure "$target"
      stop_service
    done
  done
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
  prepare_results
  run_targets
  write_report
  echo "Done in $((SECONDS - started)) s: $RUN_DIR"
  if (( ${#FAILED[@]} > 0 )); then
    printf 'FAILED: %s\n' "${FAILED[@]}" >&2
    exit 1
  fi
}

main "$@"
