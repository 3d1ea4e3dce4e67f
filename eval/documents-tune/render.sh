#!/usr/bin/env bash
# Renders the tuning documents (sources/pages/*.page, sources/expected/*.documents.json written by hand) into this
# folder with eval/render-documents.sh (fonts: the npm @fontsource packages of package.json here).
# Usage: eval/documents-tune/render.sh [--only NAME ...] [--expected-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../render-documents.sh" "$here" "$@"
