#!/usr/bin/env bash
# Runs the tests and ends with the totals on one line: "N passed, N failed[, N skipped]".
# Usage: ./test.sh [--national] [dotnet test options]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
if [ ! -x node_modules/.bin/azurite ] || [ ! -d node_modules/plotly.js-basic-dist-min ]; then
  npm ci --no-audit --no-fund --loglevel=error || exit 1
fi
# Browser tests drive Debian's Chromium (browser downloads do not work offline).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || exit 1
  else
    echo "test.sh: the browser tests need Chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi
log="$(mktemp)"
# The national-scale checks (every PCN, years of data) are slow, so they are a category of their own:
# `./test.sh` runs everything else, `./test.sh --national` runs only them; CI runs both (.ci/run).
if [ "${1:-}" = "--national" ]; then
  shift
  dotnet test tests/SpReporting.Tests -c Release --filter "Category=National" "$@" 2>&1 | tee "$log"
else
  # One test project at a time (-m:1): on two cores, browser timings and Azurite suffer when they share the machine.
  dotnet test SpReporting.sln -c Release -m:1 --filter "Category!=National" "$@" 2>&1 | tee "$log"
fi
status=${PIPESTATUS[0]}
# Sum the per-assembly summaries, e.g. "Passed!  - Failed:     0, Passed:   114, Skipped:     0, Total:   114".
totals=$(grep -E '(Passed|Failed)!? +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d %d %d", p, f, s}')
rm -f "$log"
read -r passed failed skipped <<<"${totals:-0 0 0}"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "no tests ran"; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
