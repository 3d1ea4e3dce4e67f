#!/usr/bin/env bash
# Regenerates every sample document in sample-docs/ (and its NAME.expected.json).
# Needs: python3 (stdlib), chromium, poppler-utils (pdftoppm, pdfinfo), imagemagick, fonts-thai-tlwg.
# Usage: tools/samples/render.sh [--only NAME ...] [--html-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in python3 chromium pdftoppm pdfinfo convert identify; do
  command -v "$tool" >/dev/null || { echo "render.sh: missing $tool" >&2; exit 1; }
done
fc-list | grep Laksaman >/dev/null || { echo "render.sh: font Laksaman missing (apt-get install fonts-thai-tlwg)" >&2; exit 1; }
cd "$here"
exec python3 -m gen.render "$@"
