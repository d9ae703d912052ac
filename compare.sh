#!/usr/bin/env bash
# Measures every target of API.md under every scenario of HARNESS.md and writes results/<timestamp>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
# shellcheck source=scripts/find-java.sh
source "$ROOT/scripts/find-java.sh"

# ---- What is measured, and how: the one place for artifacts, ports and flags -------------------------
ALL_TARGETS=(blocking virtual reactive coroutines quarkus-virtual)
ALL_SCENARIOS=(io fanout cpu mixed mistake-blocking mistake-cpu ceiling open)
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

# Knobs per run size: "knob=value" for every scenario, "scenario.knob=value" for one. The default run
# measures every scenario.
# jitWarmS: unmeasured zero-delay load before a target's first step, so both JVMs have compiled their
# hot paths. The ceiling runs on a warm service, before the open model overloads it. The
# mistake-blocking step is longer and lighter: on an event loop its requests take users × wait ÷
# loops to come back.
DEFAULT_KNOBS=(jitWarmS=10 warmS=1 stepS=2.5 ceiling.stepS=3 ceiling.users=64
  io.users=50,200,500,1000 fanout.users=200 cpu.users=1,4,16 cpu.n=27 mixed.users=50,500
  mistake-blocking.users=20 mistake-blocking.stepS=5 mistake-cpu.users=8 mistake-cpu.n=32
  open.rates=1500,3000,6000)
# --quick keeps the lessons that show at a glance (the thread cap, the two mistakes) and the ceiling;
# the fan-out and CPU ladders need the default run's longer steps to say anything.
QUICK_SCENARIOS=(io mistake-blocking mistake-cpu ceiling)
QUICK_KNOBS=(jitWarmS=2 warmS=1 stepS=1.2 ceiling.stepS=1 ceiling.users=64 io.users=200,1000
  mistake-blocking.users=20 mistake-blocking.stepS=2 mistake-cpu.users=8 mistake-cpu.n=32)
# --smoke runs every simulation against every target, with steps just long enough to see requests
# answered, so that CI exercises them all in under 3 minutes; any failed request fails the run.
SMOKE_SCENARIOS=("${ALL_SCENARIOS[@]}")
SMOKE_KNOBS=(jitWarmS=0 warmS=0.2 stepS=0.5 probeRps=10 ceiling.users=8 io.users=10 fanout.users=10 cpu.users=1,2
  cpu.n=20 mixed.users=10 mixed.n=20 mistake-blocking.users=10 mistake-blocking.stepS=1 mistake-cpu.users=2
  mistake-cpu.n=25 open.rates=50,100)

usage() {
  cat <<'EOF'
Usage: ./compare.sh [options]

Builds the services, starts each target in turn, drives it with Gatling through every scenario and
writes results/<timestamp>/ (results.csv, steps.csv, environment.json, settings/, gatling/, summary.md,
report.html) and the link results/latest.

Options:
  --quick              a first picture in under 3 minutes (fewer, shorter steps)
  --smoke              every scenario, tiny steps, under 3 minutes; fails if a request fails (for CI)
  --targets a,b        only these targets (blocking, virtual, reactive, coroutines, quarkus-virtual)
  --scenarios x,y      only these scenarios (ceiling, io, fanout, cpu, mixed, mistake-blocking,
                       mistake-cpu, open)
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
      -h|--help) usage; exit 0 ;;
      *) usage >&2; fail "unknown option $1" ;;
    esac
    shift
  done
  if (( ${#SELECTED_TARGETS[@]} == 0 )); then
    if (( ${#EXTERNAL_URL[@]} > 0 )); then SELECTED_TARGETS=("${!EXTERNAL_URL[@]}"); else SELECTED_TARGETS=("${ALL_TARGETS[@]}"); fi
  fi
  local name
  for name in "${SELECTED_TARGETS[@]}"; do
    [[ -n "${JAR[$name]:-}" || -n "${EXTERNAL_URL[$name]:-}" ]] || fail "unknown target $name (known: ${ALL_TARGETS[*]})"
  done
  case $PROFILE in
    default) SCENARIOS=("${ALL_SCENARIOS[@]}"); KNOBS=("${DEFAULT_KNOBS[@]}") ;;
    quick) SCENARIOS=("${QUICK_SCENARIOS[@]}"); KNOBS=("${QUICK_KNOBS[@]}") ;;
    smoke) SCENARIOS=("${SMOKE_SCENARIOS[@]}"); KNOBS=("${SMOKE_KNOBS[@]}") ;;
  esac
  (( ${#SELECTED_SCENARIOS[@]} == 0 )) || SCENARIOS=("${SELECTED_SCENARIOS[@]}")
  for name in "${SCENARIOS[@]}"; do
    [[ " ${ALL_SCENARIOS[*]} " == *" $name "* ]] || fail "unknown scenario $name (known: ${ALL_SCENARIOS[*]})"
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
      \( -name '*.java' -o -name '*.kt' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.conf' -o -name '*.xml' \) \
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

# Server on core 0, Gatling on core 1, when there are two cores.
plan_cores() {
  CORES=$(nproc)
  if (( CORES >= 2 )) && command -v taskset >/dev/null; then
    SERVER_PIN=(taskset -c 0); LOADGEN_PIN=(taskset -c 1); SERVER_CORES=1; LOADGEN_CORES=1
    SPLIT="server on core 0, Gatling on core 1 (taskset), of $CORES cores"
  else
    SERVER_PIN=(); LOADGEN_PIN=(); SERVER_CORES=$CORES; LOADGEN_CORES=$CORES
    SPLIT="not pinned: $CORES core(s)$(command -v taskset >/dev/null || echo ', no taskset'); server and Gatling share the CPU"
  fi
}

knob() { # knob NAME DEFAULT [SCENARIO]: the value a scenario gets
  local name=$1 value=$2 scenario=${3:-} entry
  for entry in "${KNOBS[@]}"; do
    [[ $entry == "$name="* ]] && value=${entry#*=}
  done
  for entry in "${KNOBS[@]}"; do
    [[ -n $scenario && $entry == "$scenario.$name="* ]] && value=${entry#*=}
  done
  echo "$value"
}

count_steps() {
  local scenario list
  TOTAL_STEPS=0
  for scenario in "${SCENARIOS[@]}"; do
    case $scenario in
      io) list=$(knob users 50,200,500,1000 io) ;;
      cpu) list=$(knob users 1,4,16,64 cpu) ;;
      mixed) list=$(knob users 50,200,500 mixed) ;;
      open) list=$(knob rates 500,1000,2000,4000,8000 open) ;;
      ceiling) list=x ;;
      *) list=x,x ;;
    esac
    TOTAL_STEPS=$((TOTAL_STEPS + $(tr ',' '\n' <<<"$list" | wc -l)))
  done
  TOTAL_STEPS=$((TOTAL_STEPS * ${#SELECTED_TARGETS[@]} * REPEAT))
}

prepare_results() {
  RUN_DIR="results/$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$RUN_DIR/settings" "$RUN_DIR/gatling" "$RUN_DIR/logs"
  ln -sfn "$(basename "$RUN_DIR")" results/latest
  GATLING_CP="gatling/target/classes:$(cat gatling/target/classpath.txt)"
  local name external=() commit
  for name in "${!EXTERNAL_URL[@]}"; do external+=("$name=${EXTERNAL_URL[$name]}"); done
  commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  # environment.json: what this script knows; the JVM that writes it adds the date, the JDK and the memory.
  "$JAVA" -cp "$GATLING_CP" dev.jvmwait.harness.RecordEnvironment --results "$RUN_DIR" \
    --profile "$PROFILE" --repeat "$REPEAT" --os "$(uname -srm)" \
    --cpu-model "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
    --server-jvm-flags "${SERVER_JAVA_OPTS[*]}" --gatling-jvm-flags "${LOADGEN_JAVA_OPTS[*]}" \
    --cpu-split "$SPLIT" --server-cores "$SERVER_CORES" --gatling-cores "$LOADGEN_CORES" \
    --jit-warm-up-s "$(knob jitWarmS 0)" --step-warm-up-s "$(knob warmS 2)" \
    --targets "$(IFS=,; echo "${SELECTED_TARGETS[*]}")" --scenarios "$(IFS=,; echo "${SCENARIOS[*]}")" \
    --knobs "${KNOBS[*]}" --commit "$commit" --external "$(IFS=,; echo "${external[*]}")" \
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

start_service() { # start_service TARGET: sets SERVER_PID and BASE_URL
  local target=$1 jar=${JAR[$1]} port=${PORT[$1]} waited=0
  [[ -f $jar ]] || fail "$target: $jar does not exist (did the build make it?)"
  port_in_use "$port" && fail "$target: port $port is already in use; stop what listens there, or measure it with --url $target=http://$HOST:$port${BASE_PATH[$target]}"
  CURRENT_LOG="$RUN_DIR/logs/$target.log"
  PORT=$port HOST=$HOST "${SERVER_PIN[@]}" "$JAVA" "${SERVER_JAVA_OPTS[@]}" -jar "$jar" >"$CURRENT_LOG" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://$HOST:$port${BASE_PATH[$target]}"
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

measure_target() { # runs the target's scenarios in one Gatling JVM, pinned to its core
  local target=$1 props=() entry pid_arg=() fail_arg=() status=0
  props+=("-DbaseUrl=$BASE_URL")
  for entry in "${KNOBS[@]}"; do props+=("-D$entry"); done
  [[ -n "$SERVER_PID" ]] && pid_arg=(--server-pid "$SERVER_PID")
  [[ $PROFILE == smoke ]] && fail_arg=(--fail-on-errors)
  "${LOADGEN_PIN[@]}" "$JAVA" "${LOADGEN_JAVA_OPTS[@]}" -cp "$GATLING_CP" "${props[@]}" dev.jvmwait.harness.Measure \
    --target "$target" --scenarios "$(IFS=,; echo "${SCENARIOS[*]}")" --results "$RUN_DIR" "${pid_arg[@]}" \
    --warmup-s "$(knob jitWarmS 0)" \
    --first-step $((STEP + 1)) --total-steps "$TOTAL_STEPS" "${fail_arg[@]}" &
  MEASURE_PID=$!
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
    *) FAILED+=("$target: Gatling measured nothing for a scenario (exit $status; see $RUN_DIR/gatling/$target-*/console.log)") ;;
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
      else
        start_service "$target"
      fi
      save_settings "$target"
      measure_target "$target"
      stop_service
    done
  done
}

print_ceiling() { # the harness's own ceiling, so a saturated load generator is not taken for a slow service
  [[ -f "$RUN_DIR/steps.csv" ]] || return 0
  awk -F, 'NR > 1 && $2 == "ceiling" {
      server = ($7 == "") ? "not sampled" : $7 "%"
      verdict = ($8 >= 90 && $8 >= $7) ? "Gatling'"'"'s core is the limit" : ($7 == "" ? "the server was not sampled" : ($7 >= 90 ? "the server'"'"'s core is the limit" : "neither core saturated"))
      printf "Harness ceiling (%s, zero-delay endpoint): %s rps, server cpu %s, Gatling cpu %s%%: %s\n", $1, $6, server, $8, verdict
    }' "$RUN_DIR/steps.csv"
}

write_report() { # the report module reads only the results directory
  "$JAVA" -cp "$REPORT_JAR:$(cat report/target/classpath.txt)" dev.jvmwait.report.Report "$RUN_DIR" \
    || echo "The report generator failed; results.csv is complete."
}

main() {
  local started=$SECONDS
  parse_options "$@"
  find_jdk
  build
  plan_cores
  count_steps
  prepare_results
  run_targets
  print_ceiling
  write_report
  echo "Done in $((SECONDS - started)) s: $RUN_DIR"
  if (( ${#FAILED[@]} > 0 )); then
    printf 'FAILED: %s\n' "${FAILED[@]}" >&2
    exit 1
  fi
}

main "$@"
