#!/usr/bin/env bash
# Quality check on the bundled samples: extracts every file in sample-docs/ to out/ with `docingest extract`
# and scores those results against the expected outputs with `docingest eval --results out` (non-zero below
# eval-thresholds.json). A file that could not be extracted has no out/NAME.json and fails the eval.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
docingest() { dotnet src/DocIngest.Cli/bin/Release/net10.0/docingest.dll "$@"; }
mkdir -p out
rm -f out/*.json  # a file that fails must not be scored on an older result
inputs=$(find sample-docs -maxdepth 1 -type f ! -name '*.json' ! -name '*.md' | sort)
# shellcheck disable=SC2086
docingest extract $inputs --format json --out out || echo "eval: some files could not be extracted (see above)"
docingest eval sample-docs --results out
