#!/usr/bin/env bash
# Runs every test of the project: the shared domain, the API contract suite against each target,
# the thread-model behaviour tests, the packaged jars, and the harness's parser and report.
# Finds a JDK 25+ by itself; extra arguments go to Maven (e.g. ./test.sh -pl blocking-mvc -am).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./test.sh [maven arguments...]
Runs ./mvnw -B verify with a JDK 25 or newer (JAVA_HOME, java on the PATH, or /usr/lib/jvm/*).
USAGE
}

main() {
  case "${1:-}" in -h|--help) usage; return 0 ;; esac
  cd "$(dirname "${BASH_SOURCE[0]}")"
  # shellcheck source=scripts/find-java.sh
  source scripts/find-java.sh
  JAVA_HOME="$(find_java25)"
  export JAVA_HOME
  ./mvnw -B verify "$@"
}

main "$@"
