#!/usr/bin/env bash
# Renders the held-out evaluation documents (sources/pages/*.page, sources/expected/*.documents.json written by hand)
# into this folder: NAME.{tif,pdf,jpg,png,docx} and NAME.expected.json, with the sample generator in tools/samples
# (markup -> HTML -> Chromium -> pdftoppm -> ImageMagick). Fonts come from npm @fontsource packages (package.json here).
# Same sources and same script give the same files (page seeds are derived from the names).
# Usage: eval/documents/render.sh [--only NAME ...] [--expected-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -d "$here/node_modules/@fontsource" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
cd "$here/../../tools/samples"
exec python3 -m gen.render --sources "$here/sources" --out "$here" --fonts "$here/node_modules/@fontsource" \
  --build /tmp/docingest-eval-documents-build "$@"
