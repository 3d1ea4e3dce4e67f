#!/usr/bin/env python3
"""Header pages degraded harder than any profile of prepare.py: the first page of every TUNING document that has
expected header fields (eval/corpus/expected), in captures under which headers fail: 200 dpi fax-like bilevel copies
with speckle, JPEG at quality 35 and 25, colour with show-through at quality 35, 150 dpi grey, a phone photo of the
sheet filling the frame at a slant under uneven light, ink spread or thinned by a pixel (toner, a worn ribbon) and a
3 degree skew. Each is skewed a full 2 degrees unless it says otherwise. One folder per capture with its own manifest
(page ids unchanged, so the expected files match), for `docingest eval-corpus FOLDER --expected eval/corpus/expected`.
Tuned on, like the sweep; never a held-out page. `--held-out` makes the same captures of the HELD-OUT documents'
first pages instead, to report once what a pass tuned on the captures does on pages it never saw (never to tune on).

    tools/corpus/hard-headers.py [--out out/header-hard] [--only NAME,...] [--held-out]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prepare  # noqa: E402

# (profile, skew in degrees, extra degradation for prepare.degrade: strokes "thick"/"thin", slant)
CAPTURES = [
    (prepare.Profile("fax200-bilevel", 200, bilevel=True, extension="tif", max_skew=2.0, blur=0.9, noise=0.0,
                     speckle=0.2), 2.0, {}),
    (prepare.Profile("scan200-grey-jpeg35", 200, extension="jpg", jpeg_quality=35, max_skew=2.0, blur=0.6, noise=0.3),
     -2.0, {}),
    (prepare.Profile("scan200-colour-jpeg35", 200, colour=True, extension="jpg", jpeg_quality=35, max_skew=2.0,
                     blur=0.6, noise=0.3, show_through=0.15, paper="rgb(250,245,226)"), 2.0, {}),
    (prepare.Profile("scan150-grey", 150, max_skew=2.0, blur=0.4, noise=0.25), -1.5, {}),
    (prepare.Profile("phone200-slant", 200, colour=True, extension="jpg", jpeg_quality=70, max_skew=2.0, blur=1.1,
                     noise=0.4, paper="rgb(244,240,230)", uneven_light=True, resolution_stripped=True), 1.0,
     {"slant": True}),
    (prepare.Profile("scan200-grey-jpeg25", 200, extension="jpg", jpeg_quality=25, max_skew=2.0, blur=0.5, noise=0.3),
     1.5, {}),
    (prepare.Profile("scan300-thick", 300, max_skew=2.0, blur=0.6, noise=0.3), -1.0, {"strokes": "thick"}),
    (prepare.Profile("scan300-thin", 300, max_skew=2.0, blur=0.5, noise=0.3), 1.0, {"strokes": "thin"}),
    (prepare.Profile("scan300-skew3", 300, max_skew=3.0, blur=0.6, noise=0.3), -3.0, {}),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="eval/corpus/split.json")
    parser.add_argument("--out", default="out/header-hard")
    parser.add_argument("--only", default="", help="comma-separated capture names (default: all)")
    parser.add_argument("--held-out", action="store_true", help="capture the held-out documents (report only)")
    args = parser.parse_args()
    only = {name for name in args.only.split(",") if name}
    split_path = Path(args.split)
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    expected = split_path.parent / "expected"
    docs = [d for d in split["documents"] if d["split"] == ("held-out" if args.held_out else "tune") and (expected / f"{d['name']}.p1.expected.json").exists()]
    for profile, angle, extra in CAPTURES:
        if only and profile.name not in only:
            continue
        folder = Path(args.out) / profile.name
        folder.mkdir(parents=True, exist_ok=True)
        entries = []
        for doc in docs:
            pdf = corpus / f"{doc['name']}.pdf"
            page_id = f"{doc['name']}.p1"
            image = folder / f"{page_id}.{profile.extension}"
            seed = prepare.seed_of(doc["name"], 1, profile.name)
            if not image.exists():
                # The full skew, not a draw up to it: the point is the hardest capture.
                prepare.skew_of = lambda _p, _s, a=angle: a
                with tempfile.TemporaryDirectory() as work:
                    prepare.degrade(pdf, 1, prepare.page_count(pdf), profile, seed, image, Path(work), **extra)
            entries.append({"id": page_id, "document": doc["name"], "page": 1, "kind": doc["kind"], "split": doc["split"],
                            "profile": profile.name, "dpi": profile.dpi, "skewDegrees": angle, "image": image.name,
                            "pdf": str(pdf)})
        (folder / "manifest.json").write_text(json.dumps({"version": prepare.VERSION, "pages": entries},
                                                         ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"hard-headers: {len(docs)} pages per capture in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
