#!/usr/bin/env bash
# Measures sweep: render (once; files kept under out/sweep), extract with this worktree's build, score per split.
#   tools/sweep/measures/run.sh [--render] [--results DIR] [--cli DIR]
# Files not yet rendered are rendered first; --render renders all again (npm fonts into out/sweep-fonts, chromium, poppler, imagemagick); DIR defaults to
# out/sweep-results; --cli another build's bin folder (e.g. main's) to compare.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
render=0; results=out/sweep-results; cli=src/DocIngest.Cli/bin/Release/net10.0
while [ $# -gt 0 ]; do
  case "$1" in
    --render) render=1 ;;
    --results) results=$2; shift ;;
    --cli) cli=$2; shift ;;
    *) echo "usage: $0 [--render] [--results DIR] [--cli DIR]" >&2; exit 2 ;;
  esac
  shift
done
# Renders what is missing (a run cut short by the machine's load is resumed), or everything again with --render.
mkdir -p out/sweep-fonts
cp tools/sweep/measures/package.json out/sweep-fonts/
[ -d out/sweep-fonts/node_modules/@fontsource ] || (cd out/sweep-fonts && npm install --no-audit --no-fund --silent)
if [ $render = 1 ]; then python3 tools/sweep/measures/measures_sweep.py --again; else python3 tools/sweep/measures/measures_sweep.py; fi
for split in tune held-out; do
  mkdir -p "$results/$split"
  dotnet "$cli/docingest.dll" extract $(ls out/sweep/$split/* | grep -v '\.expected\.json$') --format json --out "$results/$split" \
    || echo "sweep: some $split files could not be extracted"
  echo "== docingest eval, sweep-$split"
  dotnet "$cli/docingest.dll" eval "out/sweep/$split" --results "$results/$split" | grep OVERALL || true
done
python3 tools/sweep/measures/measures_report.py --sweep out/sweep --results "$results"
