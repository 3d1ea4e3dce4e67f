#!/usr/bin/env bash
# Sets everything up, then runs every test of the solution and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
log=$(mktemp)
dotnet test DocIngest.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Sum the per-assembly summaries: "Passed!  - Failed:     0, Passed:    10, Skipped: ..."
read -r passed failed skipped < <(grep -E "^\s*(Passed|Failed)!" "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# One more check: runs an eval.sh mode, counts it passed or failed, and shows its summary lines (prefixed).
gate() {
  local mode=$1 lines=$2 prefix=$3 log
  log=$(mktemp)
  if scripts/eval.sh "$mode" >"$log" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    status=1
  fi
  grep -E "$lines" "$log" | sort -u | sed "s/^/$prefix/"
  grep -E "^docingest:" "$log" | head -20
  rm -f "$log"
}

# The held-out real-page gates (docs/real-documents.md): corpus pages degraded as scans, read, scored, and held to
# eval-thresholds.json's corpusHeldOut section; then the same pages as phone photos on a desk (corpusDeskHeldOut) and
# scanned with a flatbed's dark edge (corpusEdgeHeldOut).
# Skipped where the corpus is not beside the repo.
if [ -d ../shared/corpus ]; then
  gate --corpus "^(held-out|tune) " ""
  gate --desk "^(held-out|tune) " "desk "
  gate --edge "^(held-out|tune) " "edge "
  # The corpus's real memos and announcements as whole scanned documents (corpusDocumentsTune / corpusDocumentsHeldOut).
  gate --corpus-documents "^OVERALL" "documents "
else
  echo "corpus gates skipped: ../shared/corpus not found"
fi
# The corpus tools' own checks: prepare.py's whole-document scans and the hand-written whole-document expected results
# (eval/corpus/documents), whose transcription slips they catch.
log=$(mktemp)
if python3 -m unittest discover tools/corpus >"$log" 2>&1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  status=1
  tail -20 "$log"
fi
rm -f "$log"
# The held-out documents gate (docs/held-out-documents.md): documents written for evaluation and never tuned on, read and
# scored component by component against eval-thresholds.json's heldOutDocuments section.
gate --documents "^OVERALL" ""
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
