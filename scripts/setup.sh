#!/usr/bin/env bash
# Installs what DocIngest needs on a Debian machine and builds the solution.
# Idempotent and quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Runtime: Tesseract 5 + Thai model (the engine, bound through P/Invoke), Leptonica (image I/O),
# poppler (renders scanned PDF pages), Thai fonts. Tooling: ImageMagick renders digit training glyphs and test
# fixtures, chromium + python3 regenerate the samples; postgresql serves the scale-out tests. gcc + libc6-dev build
# libdocingest-png-store.so (src/DocIngest.Ocr/Native/png-store.c: Tesseract's word images stored, not compressed).
APT_PACKAGES=(tesseract-ocr tesseract-ocr-tha tesseract-ocr-osd libtesseract5 liblept5 poppler-utils fonts-thai-tlwg
  fonts-noto-core fonts-sipa-arundina chromium imagemagick python3 postgresql gcc libc6-dev)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! out=$(dotnet build DocIngest.sln -c Release -nologo -v quiet 2>&1); then
  echo "$out" | grep -E "error|Error" | sort -u >&2
  echo "setup: build failed" >&2
  exit 1
fi
