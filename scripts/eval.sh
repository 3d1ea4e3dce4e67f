#!/usr/bin/env bash
# Quality checks. First the real-document evaluation: pages of the corpus PDFs in ../shared/corpus (split once, by
# document, in eval/corpus/split.json) rasterised and degraded as scans by tools/corpus/prepare.py into out/corpus, read
# by DocIngest and by the plain tesseract CLI, scored against the pages' own text layers and the hand-written headers in
# eval/corpus/expected; eval-thresholds.json's corpusHeldOut section gates the held-out pages. Then the samples
# (sample-docs/, tuned on: a regression guard) with `docingest extract` + `docingest eval --results out`. Last the
# held-out documents (eval/documents: memos, orders, announcements, plans, ITA analyses and bundles written for evaluation,
# rendered in fonts and degradations the samples never use, never tuned on), gated by eval-thresholds.json's
# heldOutDocuments section, and the search-quality set (eval/search/quality.json, `docingest eval-search`, gated by the
# searchQuality section). Non-zero when any part misses its thresholds. `scripts/eval.sh --corpus` runs the first part
# only, `scripts/eval.sh --documents` the held-out documents only, `scripts/eval.sh --tune` the tuning documents
# (eval/documents-tune, tuned on, gated by the tuneDocuments section) only, `scripts/eval.sh --sweep` the tuning
# header pages in every capture profile (tuned on, ungated), `scripts/eval.sh --desk` every corpus page again as a phone
# photo of the sheet on a desk seen at a slant (out/corpus-desk, same split; held-out pages gated by corpusDeskHeldOut),
# `scripts/eval.sh --edge` every corpus page again scanned with a flatbed's dark edge (out/corpus-edge; corpusEdgeHeldOut),
# `scripts/eval.sh --corpus-documents` the corpus's memos, announcements, gazettes, codes and plan excerpts as whole scanned documents (out/corpus-documents,
# tuning and held-out sides apart; gated by corpusDocumentsHeldOut / corpusDocumentsTune once eval-thresholds.json has them).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
docingest() { dotnet src/DocIngest.Cli/bin/Release/net10.0/docingest.dll "$@"; }
status=0

# Extracts every file of an evaluation-documents folder into an output folder and scores it against the given
# eval-thresholds.json section: documents FOLDER OUT SECTION. A section the file does not hold scores without a gate
# (an empty thresholds file), so a new set can be reported before the lead sets its floors.
documents() {
  local folder=$1 results=$2 section=$3 inputs judged
  mkdir -p "$results"
  rm -f "$results"/*.json  # a document that fails must not be scored on an older result
  inputs=$(find "$folder" -maxdepth 1 -type f ! -name '*.json' ! -name '*.md' ! -name '*.sh' | sort)
  # shellcheck disable=SC2086
  docingest extract $inputs --format json --out "$results" || echo "eval: some documents of $folder could not be extracted (see above)"
  if python3 -c 'import json, sys; sys.exit(sys.argv[1] not in json.load(open("eval-thresholds.json")))' "$section"; then
    judged=(--section "$section")
  else
    echo "eval: eval-thresholds.json has no $section section: $folder is reported, not gated"
    printf '{}\n' > "$results/no-thresholds.json"
    judged=(--thresholds "$results/no-thresholds.json")
  fi
  docingest eval "$folder" --results "$results" "${judged[@]}"
}
held_out_documents() { documents eval/documents out/documents heldOutDocuments; }
if [ "${1:-}" = "--documents" ]; then
  held_out_documents || status=1
  exit "$status"
fi
# The tuning documents (eval/documents-tune: written like the held-out ones, in other fonts, and tuned on).
if [ "${1:-}" = "--tune" ]; then
  documents eval/documents-tune out/documents-tune tuneDocuments || status=1
  exit "$status"
fi

# The corpus's real memos, announcements, gazettes, codes and plan excerpts read as whole documents (every page of the
# file or of the excerpt's page range, one multi-page scan each, written by
# tools/corpus/prepare.py --documents into out/corpus-documents/tune and /held-out as split.json says) and scored
# component by component against the hand-written eval/corpus/documents/*.expected.json (docs/real-documents.md).
if [ "${1:-}" = "--corpus-documents" ]; then
  python3 tools/corpus/prepare.py --documents --out out/corpus-documents
  # Each side's OVERALL row is named after its side, so a summary that sorts the lines still tells them apart. A side
  # that misses its floors marks the run failed without stopping it (set -e and pipefail would end the script there,
  # and the held-out side would never be read).
  documents out/corpus-documents/tune out/corpus-documents/results-tune corpusDocumentsTune |
    sed 's/^OVERALL /OVERALL-tune /' || status=1
  documents out/corpus-documents/held-out out/corpus-documents/results-held-out corpusDocumentsHeldOut |
    sed 's/^OVERALL /OVERALL-held-out /' || status=1
  exit "$status"
fi

# The tuning header pages (first pages of the tuning memos and announcements) in every capture profile, one
# eval-corpus run per profile: TUNED ON, for finding what the header parser loses (docs/real-documents.md).
if [ "${1:-}" = "--sweep" ]; then
  python3 tools/corpus/prepare.py --sweep --out out/corpus-sweep
  for folder in out/corpus-sweep/*/; do
    echo "== $(basename "$folder")"
    docingest eval-corpus "$folder" --expected eval/corpus/expected || status=1
  done
  exit "$status"
fi

# The corpus pages photographed on a desk at a slant: the capture whose page outline is not a rectangle.
if [ "${1:-}" = "--desk" ]; then
  python3 tools/corpus/prepare.py --desk --out out/corpus-desk
  rm -rf out/corpus-desk/results
  docingest eval-corpus out/corpus-desk --section corpusDeskHeldOut || status=1
  exit "$status"
fi

# The corpus pages scanned on a flatbed larger than the sheet: a dark edge beside the page (the borders pass's case).
if [ "${1:-}" = "--edge" ]; then
  python3 tools/corpus/prepare.py --edge --out out/corpus-edge
  rm -rf out/corpus-edge/results
  docingest eval-corpus out/corpus-edge --section corpusEdgeHeldOut || status=1
  exit "$status"
fi

python3 tools/corpus/prepare.py --out out/corpus
rm -rf out/corpus/results  # every page is read again: a page that fails must not be scored on an older result
docingest eval-corpus out/corpus --baseline tesseract || status=1
[ "${1:-}" = "--corpus" ] && exit "$status"

mkdir -p out
rm -f out/*.json
inputs=$(find sample-docs -maxdepth 1 -type f ! -name '*.json' ! -name '*.md' | sort)
# shellcheck disable=SC2086
docingest extract $inputs --format json --out out || echo "eval: some files could not be extracted (see above)"
docingest eval sample-docs --results out || status=1
held_out_documents || status=1
docingest eval-search eval/search/quality.json || status=1
exit "$status"
