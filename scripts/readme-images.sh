#!/usr/bin/env bash
# Draws the README's charts from a run's report.html: each chart alone (report.html#chart=<id>),
# screenshotted by headless Chromium into docs/images/. Needs chromium (Debian: apt-get install chromium).
set -euo pipefail

CHARTS=(io-rps mistake-blocking mistake-cpu cost pool-postgres pool-http overload-goodput overload-p99)

usage() {
  cat <<'USAGE'
Usage: scripts/readme-images.sh [results-dir [chart ...]]   (default: results/latest, every chart)
Writes docs/images/<chart>.png for the charts: io-rps, mistake-blocking, mistake-cpu, cost, pool-postgres, pool-http,
overload-goodput, overload-p99 (or only those named).
USAGE
}

screenshot() { # screenshot REPORT CHART OUT
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --window-size=1000,450 \
    --virtual-time-budget=3000 --screenshot="$3" "file://$1#chart=chart-$2" >/dev/null 2>&1
  rm -rf "$profile"
}

main() {
  case "${1:-}" in -h|--help) usage; return 0 ;; esac
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  local run=${1:-results/latest} report chart charts=("${CHARTS[@]}")
  (( $# > 1 )) && charts=("${@:2}")
  report=$(readlink -f "$run/report.html")
  [[ -f $report ]] || { echo "no report.html in $run: run ./compare.sh first" >&2; return 1; }
  command -v chromium >/dev/null || { echo "chromium is needed: apt-get install chromium" >&2; return 1; }
  mkdir -p docs/images
  for chart in "${charts[@]}"; do
    screenshot "$report" "$chart" "docs/images/$chart.png"
    echo "docs/images/$chart.png"
  done
}

main "$@"
