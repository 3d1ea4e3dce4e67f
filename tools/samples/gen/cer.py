"""Plain-Tesseract character error rate of one sample page against its ground truth, to show that
the scans are readable but not trivially clean.  CER = Levenshtein(ocr, truth) / len(truth), both
NFC-normalised with ํา folded to ำ and all whitespace removed (as the product's evaluation does).

    python3 -m gen.cer SAMPLE.expected.json PAGE_NUMBER PAGE_IMAGE [--psm 3]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u0e4d\u0e32", "\u0e33")
    return re.sub(r"\s+", "", text)


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(ocr: str, truth: str) -> float:
    truth_n = normalise(truth)
    return levenshtein(normalise(ocr), truth_n) / max(1, len(truth_n))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("expected")
    parser.add_argument("page", type=int)
    parser.add_argument("image")
    parser.add_argument("--psm", default="3")
    args = parser.parse_args(argv)
    truth = next(p["text"] for p in json.load(open(args.expected, encoding="utf-8"))["pages"] if p["number"] == args.page)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    ocr = subprocess.run(["tesseract", args.image, "-", "-l", "tha", "--psm", args.psm], check=True,
                         capture_output=True, text=True, env=env).stdout
    print(f"{args.image} page {args.page}: CER {cer(ocr, truth):.3f} ({len(normalise(truth))} chars of truth)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
