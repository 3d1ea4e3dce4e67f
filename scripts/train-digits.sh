#!/usr/bin/env bash
# Rebuilds the Thai digit model src/DocIngest.Ocr/Digits/Model/thai-digits.zip from the fonts on this machine
# and prints the held-apart / leave-one-family-out figures (see docs/digits.md).
#   scripts/train-digits.sh [train] [--leave-out "Laksaman,Noto Sans Thai"] [...]   train (default)
#   scripts/train-digits.sh harvest [DIR]                                            cut real digit glyphs (below)
#   scripts/train-digits.sh evaluate [--lines 60]                                    end-to-end digit accuracy
# harvest reads the corpus TUNING pages (out/corpus, made by tools/corpus/prepare.py) with the product and writes the
# digit glyphs it can label for certain from their text layer to DIR/real-train.bin and, every fourth page of a
# document, DIR/real-heldback.bin (DIR defaults to out/digit-glyphs). Train on them with
#   scripts/train-digits.sh --real-glyphs DIR/real-train.bin --real-test DIR/real-heldback.bin [...]
# Needs: imagemagick, fonts-thai-tlwg, fonts-noto-core, fonts-sipa-arundina, tesseract-ocr-tha (installed by scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export OMP_THREAD_LIMIT=1
if [[ "${1:-}" == harvest ]]; then
    dir="${2:-out/digit-glyphs}"
    mkdir -p "$dir"
    exec dotnet run -c Release --project src/DocIngest.Cli -- harvest-digits --corpus-pages out/corpus \
        --out "$dir/real-train.bin" --held-back "$dir/real-heldback.bin"
fi
exec dotnet run -c Release --project src/DocIngest.Cli -- train-digits "$@"
