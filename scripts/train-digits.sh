#!/usr/bin/env bash
# Rebuilds the Thai digit model src/DocIngest.Ocr/Digits/Model/thai-digits.zip from the fonts on this machine
# and prints the held-apart / leave-one-family-out figures (see docs/digits.md).
#   scripts/train-digits.sh [train] [--leave-out "Laksaman,Noto Sans Thai"] [...]   train (default)
#   scripts/train-digits.sh evaluate [--lines 60]                                    end-to-end digit accuracy
# Needs: imagemagick, fonts-thai-tlwg, fonts-noto-core, fonts-sipa-arundina, tesseract-ocr-tha (installed by scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export OMP_THREAD_LIMIT=1
exec dotnet run -c Release --project src/DocIngest.Cli -- train-digits "$@"
