#!/usr/bin/env bash
# Re-derives reference/organisations.csv from the public ODS / NHS England files (see reference/SOURCE.md).
# Usage: tools/derive-reference.sh [SOURCE_DIR]   (default ../shared/reference)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/SpReporting.Cli -- reference --from "${1:-../shared/reference}" --out reference/organisations.csv
