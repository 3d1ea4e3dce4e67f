#!/usr/bin/env python3
"""Fetch npm @fontsource Thai faces for the digit model (train-digits --font-dir / --reject-font-dir).

    python3 tools/digit-fonts/fetch.py [--out out/fonts]

Writes OUT/digits/ (display and loopless faces whose Thai digits are trained: the Thai subset, 400 and 700 where the
family has them) and OUT/rejects/ (the Latin subset of those faces and of npm text faces: their Arabic digits are
trained as reject glyphs only). WOFF (1.0) files are unpacked to TrueType with the standard library (zlib per table),
so nothing beyond npm is needed. The folder stays outside the repository (`out/` is ignored).

Never fetched: the held-out documents' fonts and the ITA sweep's sweep-held-out fonts (tools/sweep/ita_sweep.py),
nor the sweep-tune display faces kept to judge the model on faces it never saw (JUDGED_ONLY).
"""
import argparse
import json
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "sweep"))
import ita_sweep  # noqa: E402  (the fonts held out from the documents and the sweep)

# Display and loopless faces whose Thai digits are trained. Kanit, Charm and Sriracha are sweep-tune display faces
# (trained); the rest are npm faces the sweep does not use.
DIGIT_FACES = ["kanit", "charm", "sriracha", "mitr", "chonburi", "anuphan", "itim", "ibm-plex-sans-thai"]
# Sweep-tune display faces never trained on: the sweep judges the model on them as unseen display faces.
JUDGED_ONLY = ["charmonman", "pattaya"]
# Text faces whose Arabic digits are trained as rejects (a coarse Arabic 9 of Pridi was taken for ๓, branch faces10).
ARABIC_REJECT_FACES = ["pridi", "taviraj", "trirong", "maitree", "koho"]
WEIGHTS = [400, 700]
VERSIONS = {"charm": "5.2.7"}


def forbidden() -> set[str]:
    """Fonts no digit model may train on: the held-out documents' and the ITA sweep's sweep-held-out ones (npm names)."""
    held = {name for name, split in ita_sweep.font_split().items() if split == "sweep-held-out"}
    return set(ita_sweep.HELD_OUT_DOCUMENT_FONTS) | {ita_sweep.slug(name) for name in held} | set(JUDGED_ONLY)


def woff_to_sfnt(data: bytes) -> bytes:
    """Unpacks a WOFF 1.0 file into the TrueType/OpenType file it wraps (each table zlib-compressed or stored)."""
    signature, flavor, _, num_tables = struct.unpack(">4sIIH", data[:14])
    if signature != b"wOFF":
        raise ValueError("not a WOFF 1.0 file")
    entries = []
    for i in range(num_tables):
        tag, offset, comp_length, orig_length, checksum = struct.unpack(">4sIIII", data[44 + 20 * i: 64 + 20 * i])
        table = data[offset: offset + comp_length]
        entries.append((tag, checksum, zlib.decompress(table) if comp_length < orig_length else table))
    entries.sort(key=lambda e: e[0])
    search = 1
    while search * 2 <= num_tables:
        search *= 2
    header = struct.pack(">IHHHH", flavor, num_tables, search * 16, search.bit_length() - 1, num_tables * 16 - search * 16)
    offset = 12 + 16 * num_tables
    directory, body = b"", b""
    for tag, checksum, table in entries:
        directory += struct.pack(">4sIII", tag, checksum, offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    return header + directory + body


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(REPO / "out" / "fonts"))
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    wanted = sorted(set(DIGIT_FACES) | set(ARABIC_REJECT_FACES))
    bad = forbidden() & set(wanted)
    if bad:
        raise SystemExit(f"refusing to fetch held-out or judged-only fonts: {', '.join(sorted(bad))}")
    with tempfile.TemporaryDirectory(prefix="digit-fonts-") as work:
        deps = {f"@fontsource/{f}": VERSIONS.get(f, "5.3.0") for f in wanted}
        Path(work, "package.json").write_text(json.dumps({"name": "digit-fonts", "private": True, "dependencies": deps}))
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=work, check=True)
        written = 0
        for face in wanted:
            files = Path(work, "node_modules", "@fontsource", face, "files")
            subsets = (["thai"] if face in DIGIT_FACES else []) + ["latin"]
            for subset in subsets:
                folder = out / ("digits" if subset == "thai" else "rejects")
                folder.mkdir(parents=True, exist_ok=True)
                for weight in WEIGHTS:
                    woff = files / f"{face}-{subset}-{weight}-normal.woff"
                    if not woff.exists():
                        continue  # not every family has a bold (Sriracha, Chonburi, Itim)
                    (folder / f"{face}-{subset}-{weight}.ttf").write_bytes(woff_to_sfnt(woff.read_bytes()))
                    written += 1
    print(f"{written} font files in {out}/digits and {out}/rejects")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
