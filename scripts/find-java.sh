#!/usr/bin/env bash
# Sourced by test.sh and compare.sh: find_java25 prints the home of a JDK 25 or newer, or says
# on stderr, in one line, what to install, and fails.

java_feature_version() {
  # "25.0.1" -> 25, "1.8.0_412" -> 8
  local version
  version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  case "$version" in 1.*) echo "${version#1.}" ;; *) echo "${version:-0}" ;; esac
}

find_java25() {
  local candidate candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    if [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_feature_version "$candidate")" -ge 25 ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "No JDK 25 or newer found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm/*): install one, e.g. Eclipse Temurin 25, and set JAVA_HOME." >&2
  return 1
}
