#!/usr/bin/env bash
# Renders one folder of evaluation documents (FOLDER/sources/pages/*.page, FOLDER/sources/expected/*.documents.json
# written by hand, FOLDER/sources/manifest.json) into FOLDER: NAME.{tif,pdf,jpg,png,docx} and NAME.expected.json, with
# the sample generator in tools/samples (markup -> HTML -> Chromium -> pdftoppm -> ImageMagick). Fonts come from the npm
# @fontsource packages of FOLDER/package.json. Same sources, same files (page seeds are derived from the names).
# eval/documents (held out) and eval/documents-tune (tuned on) each call it with their own folder.
# Usage: eval/render-documents.sh FOLDER [--only NAME ...] [--expected-only]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 FOLDER [--only NAME ...] [--expected-only]" >&2; exit 2; }
folder="$(cd "$1" && pwd)"
shift
[ -d "$folder/node_modules/@fontsource" ] || (cd "$folder" && npm install --no-audit --no-fund --silent)
cd "$(dirname "${BASH_SOURCE[0]}")/../tools/samples"
exec python3 -m gen.render --sources "$folder/sources" --out "$folder" --fonts "$folder/node_modules/@fontsource" \
  --build "/tmp/docingest-eval-$(basename "$folder")-build" "$@"
