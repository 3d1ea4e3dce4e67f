#!/usr/bin/env python3
"""Real-document evaluation pages: samples pages of the corpus PDFs named in eval/corpus/split.json, rasterises each
and degrades it as a scanner, a copier or a phone would, and lists them in manifest.json with the PDF page they came
from (`docingest eval-corpus` reads that page's text layer as the truth, after folding what broken layers lose).

Every choice (pages, profile, skew, noise seed) comes from the document name and page number, so a rerun gives the
same images. The PDFs stay in the corpus folder; only the derived pages are written, to OUT (default out/corpus).

    tools/corpus/prepare.py [--split eval/corpus/split.json] [--out out/corpus] [--jobs 2]
    tools/corpus/prepare.py --sweep [--out out/corpus-sweep]
    tools/corpus/prepare.py --desk [--out out/corpus-desk]
    tools/corpus/prepare.py --edge [--out out/corpus-edge]
    tools/corpus/prepare.py --cells [--out out/corpus-cells] [--docingest CMD]
    tools/corpus/prepare.py --documents [--out out/corpus-documents]

--cells renders every page of every TUNING document whose text layer holds a ruled grid (two rows and two columns or
more: the cells `docingest eval-corpus` scores), degraded with the profiles taken in turn as the sampled pages are, into
out/corpus-cells with its own manifest: the cell tuning set (issue 15), never a held-out page. Which pages hold a grid
is asked of eval-corpus itself: it scores every tuning page against an empty reading (--results) and writes each page's
layer cells (NAME.cells.txt) before it reads anything, so the set follows the scorer's notion of a grid.

--desk renders every sampled page (both splits, ids unchanged) as a phone photo of the sheet lying on a desk, seen at
a slant, into out/corpus-desk: the capture the other profiles lack (the page's outline is not a rectangle).

--edge renders every sampled page (both splits, ids unchanged) in its own profile, as in out/corpus, on a flatbed
whose bed is larger than the sheet: a dark band along the left, top and right edges (`scanner_edge`), into
out/corpus-edge. No profile of the main set has one, so the `borders` pass cannot be measured there.

--documents renders every corpus document that has a whole-document expected result (eval/corpus/documents/NAME.expected.json,
written by hand: every document of the file with its sections, measures and signers) as ONE multi-page TIFF scanned
in one of the scan profiles (no phone capture: a document is fed through a scanner), into OUT/tune or OUT/held-out as
split.json says, with its expected file copied beside it: a folder `docingest eval DIR --results ...` scores as it
scores eval/documents. Every page of the document is rendered, not a sample. An excerpt (eval/corpus/documents/
excerpts.json: a run of pages of a long corpus file, e.g. a plan's measure table, under a name of its own) is scanned the
same way from its pages only, on the side of the file it comes from; its expected file counts pages from the excerpt's
first page.

--sweep renders the first page of every TUNING document that has expected header fields (eval/corpus/expected) in
every profile, one folder per profile with its own manifest (page ids unchanged, so the expected files match):
more captures of the pages the header parser is tuned on, never of a held-out page.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, asdict
from pathlib import Path

# Bumped when a profile or the sampling changes, so cached pages are made again.
VERSION = 2


@dataclass(frozen=True)
class Profile:
    """How one kind of capture degrades a page. Blur and noise are in pixels at the profile's own resolution."""
    name: str
    dpi: int
    colour: bool = False
    bilevel: bool = False
    extension: str = "png"
    jpeg_quality: int = 0
    max_skew: float = 2.0
    blur: float = 0.5
    noise: float = 0.25
    speckle: float = 0.0          # impulse noise on a bilevel copy
    show_through: float = 0.0     # how much of the mirrored next page shows through the paper
    paper: str = "rgb(255,255,255)"
    uneven_light: bool = False    # a phone's or a lamp's gradient across the page
    resolution_stripped: bool = False  # no dpi in the file: the reader must estimate the scale


PROFILES = [
    Profile("scan300-grey", 300, max_skew=2.0, blur=0.6, noise=0.3),
    Profile("scan200-grey-jpeg", 200, extension="jpg", jpeg_quality=55, max_skew=2.0, blur=0.5, noise=0.25),
    Profile("scan300-colour-showthrough", 300, colour=True, extension="jpg", jpeg_quality=70, max_skew=1.5, blur=0.5,
            noise=0.2, show_through=0.12, paper="rgb(250,245,226)"),
    Profile("photocopy300-bilevel", 300, bilevel=True, extension="tif", max_skew=1.0, blur=0.9, noise=0.0, speckle=0.15),
    Profile("phone250-colour", 250, colour=True, extension="jpg", jpeg_quality=80, max_skew=2.0, blur=1.0, noise=0.4,
            paper="rgb(246,243,236)", uneven_light=True, resolution_stripped=True),
]

# Not one of PROFILES (adding one would deal every page a different capture): `--desk` renders every sampled page this
# way into a folder of its own. A phone held over a desk: the whole sheet in the frame on a darker surface, seen at a
# slant (each corner pulled by up to 5 % of the width), lit unevenly.
DESK_PROFILE = Profile("phone-desk-perspective", 250, colour=True, extension="jpg", jpeg_quality=80, max_skew=2.0,
                       blur=1.0, noise=0.4, paper="rgb(246,243,236)", uneven_light=True, resolution_stripped=True)
DESKS = ["rgb(58,48,40)", "rgb(96,84,70)", "rgb(40,44,52)", "rgb(120,110,100)", "rgb(70,60,58)"]
# The flatbed lid's underside seen past a sheet smaller than the bed (`--edge`), dark grey to near black.
BED_SHADES = ["rgb(16,16,16)", "rgb(30,30,30)", "rgb(44,44,44)", "rgb(58,58,58)"]


def seed_of(*parts: object) -> int:
    return zlib.crc32("#".join(str(p) for p in parts).encode("utf-8"))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return next(int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:"))


def sample_pages(count: int, wanted: int) -> list[int]:
    """The first page (headers live there) and the rest spread evenly over the document."""
    if count <= wanted:
        return list(range(1, count + 1))
    return sorted({1 + round(i * (count - 1) / (wanted - 1)) for i in range(wanted)})


def render(pdf: Path, page: int, dpi: int, colour: bool, out_base: Path) -> Path:
    cmd = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png"]
    if not colour:
        cmd.append("-gray")
    subprocess.run(cmd + [str(pdf), str(out_base)], check=True)
    return out_base.with_suffix(".png")


def skew_of(profile: Profile, seed: int) -> float:
    return round(random.Random(seed).uniform(-profile.max_skew, profile.max_skew), 2)


def degrade(pdf: Path, page: int, pages: int, profile: Profile, seed: int, target: Path, work: Path,
            strokes: str = "", slant: bool = False, edge: bool = False) -> None:
    """Renders the page and degrades it as the profile says. `strokes` ("thick" or "thin") spreads or thins the ink by
    one pixel before anything else (toner, a worn ribbon); `slant` pulls the corners as the desk capture does, on the
    page's own paper (a phone photo of a sheet filling the frame); `edge` adds a flatbed's dark edge (`scanner_edge`).
    None is part of a Profile, so the profiles' stamps and cached pages stay as they are."""
    rng = random.Random(seed + 1)
    angle = skew_of(profile, seed)
    front = render(pdf, page, profile.dpi, profile.colour, work / "front")
    cmd = ["convert", "-limit", "thread", "1", str(front)]
    if strokes:
        # Dark ink on light paper: eroding the light spreads the ink, dilating it thins the strokes.
        cmd += ["-morphology", "Erode" if strokes == "thick" else "Dilate", "Diamond:1"]
    if profile.show_through > 0 and pages > 1:
        back_page = page + 1 if page < pages else page - 1
        back = render(pdf, back_page, profile.dpi, profile.colour, work / "back")
        keep = round(100 * (1 - profile.show_through))
        cmd += ["(", str(back), "-flop", "-fill", "white", "-colorize", f"{keep}%", ")", "-compose", "multiply", "-composite"]
    if profile.colour:
        cmd += ["(", "+clone", "-fill", profile.paper, "-colorize", "100%", ")", "-compose", "multiply", "-composite"]
    cmd += ["-background", profile.paper if profile.colour else "white", "-rotate", str(angle), "+repage"]
    if profile is DESK_PROFILE:
        cmd += on_desk(front, angle, rng)
    elif slant:
        cmd += on_desk(front, angle, rng, surface=profile.paper)
    if edge:
        cmd += scanner_edge(profile, random.Random(seed + 2))  # its own draws: the other choices stay as in out/corpus
    if profile.uneven_light:
        dark = 70 + rng.randint(0, 12)
        cmd += ["(", "+clone", "-sparse-color", "Barycentric", f"0,0 white %[fx:w],%[fx:h] gray{dark}", ")",
                "-compose", "multiply", "-composite"]
    if profile.blur > 0:
        cmd += ["-blur", f"0x{profile.blur}"]
    cmd += ["-seed", str(seed % 100000)]
    if profile.noise > 0:
        cmd += ["-attenuate", f"{profile.noise}", "+noise", "Gaussian"]
    if profile.bilevel:
        cmd += ["-colorspace", "Gray", "-threshold", "58%"]
        if profile.speckle > 0:
            cmd += ["-attenuate", f"{profile.speckle}", "+noise", "Impulse", "-threshold", "50%"]
        cmd += ["-type", "bilevel", "-compress", "Group4"]
    elif not profile.colour:
        cmd += ["-colorspace", "Gray", "-type", "Grayscale", "-depth", "8"]
    if profile.jpeg_quality:
        cmd += ["-quality", str(profile.jpeg_quality), "-sampling-factor", "2x2"]
    if profile.resolution_stripped:
        cmd += ["-strip", "-units", "Undefined", "-density", "1"]
    else:
        cmd += ["-units", "PixelsPerInch", "-density", str(profile.dpi)]
    subprocess.run(cmd + [str(target)], check=True)


def scanner_edge(profile: Profile, rng: random.Random) -> list[str]:
    """The convert arguments that add a flatbed's dark edge beside the (rotated) sheet: bands along the left (0.13 to
    0.4 in), the top (0.07 to 0.27 in) and sometimes the right (up to 0.2 in), in one shade of the lid."""
    inch = profile.dpi
    left, top, right = (round(inch * rng.uniform(0.13, 0.4)), round(inch * rng.uniform(0.07, 0.27)),
                        round(inch * rng.uniform(0.0, 0.2)))
    return ["-background", rng.choice(BED_SHADES), "-gravity", "West", "-splice", f"{left}x0", "-gravity", "North",
            "-splice", f"0x{top}", "-gravity", "East", "-splice", f"{right}x0", "-gravity", "NorthWest"]


def on_desk(front: Path, angle: float, rng: random.Random, surface: str = "") -> list[str]:
    """The convert arguments that lay the (rotated) page on a desk with a margin and pull its corners into a slant
    (on `surface` instead of a desk colour when given)."""
    width, height = (int(v) for v in subprocess.run(["identify", "-format", "%w %h", str(front)], check=True,
                                                    capture_output=True, text=True).stdout.split())
    turn = math.radians(abs(angle))
    width, height = (round(width * math.cos(turn) + height * math.sin(turn)),
                     round(height * math.cos(turn) + width * math.sin(turn)))
    margin = round(width * rng.uniform(0.04, 0.08))
    desk = rng.choice(DESKS)
    desk = surface or desk  # drawn either way, so the desk pages' seeds stay as they were
    w, h = width + 2 * margin, height + 2 * margin
    pull = width * 0.05
    corners = [(margin, margin), (w - margin, margin), (w - margin, h - margin), (margin, h - margin)]
    moved = [(x + rng.uniform(-pull, pull), y + rng.uniform(-pull, pull) * 0.6) for x, y in corners]
    pairs = " ".join(f"{x},{y} {mx:.1f},{my:.1f}" for (x, y), (mx, my) in zip(corners, moved))
    return ["-compose", "Over", "-bordercolor", desk, "-border", str(margin), "-virtual-pixel", "background", "-background", desk,
            "-distort", "Perspective", pairs]


def prepare_page(task: dict, out: Path) -> dict:
    profile = DESK_PROFILE if task.get("desk") else PROFILES[task["profileIndex"]]
    page_id = f"{task['document']}.p{task['page']}"
    image = out / f"{page_id}.{profile.extension}"
    seed = seed_of(task["document"], task["page"], VERSION)
    if not image.exists():
        with tempfile.TemporaryDirectory() as work:
            partial = out / f".{page_id}.partial.{profile.extension}"
            degrade(task["pdf"], task["page"], task["pages"], profile, seed, partial, Path(work),
                    edge=bool(task.get("edge")))
            partial.rename(image)  # an interrupted run leaves no half-written page behind
    return {
        "id": page_id, "document": task["document"], "page": task["page"], "kind": task["kind"], "split": task["split"],
        "profile": profile.name, "dpi": profile.dpi, "skewDegrees": skew_of(profile, seed),
        "image": image.name, "pdf": str(task["pdf"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="eval/corpus/split.json")
    parser.add_argument("--out", default="out/corpus")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sweep", action="store_true", help="tuning header pages in every profile (see above)")
    parser.add_argument("--desk", action="store_true", help="every sampled page as a phone photo on a desk (see above)")
    parser.add_argument("--edge", action="store_true", help="every sampled page with a flatbed's dark edge (see above)")
    parser.add_argument("--cells", action="store_true", help="every tuning page with a ruled grid (see above)")
    parser.add_argument("--documents", action="store_true",
                        help="every document with a whole-document expected result as one multi-page scan (see above)")
    parser.add_argument("--docingest", default="dotnet src/DocIngest.Cli/bin/Release/net10.0/docingest.dll",
                        help="the command that runs docingest (--cells asks its eval-corpus which pages hold a grid)")
    args = parser.parse_args()
    if args.cells:
        return cells(Path(args.split), Path(args.out if args.out != "out/corpus" else "out/corpus-cells"), args.jobs,
                     args.docingest.split())
    if args.documents:
        return documents(Path(args.split), Path(args.out if args.out != "out/corpus" else "out/corpus-documents"), args.jobs)
    if args.desk:
        return desk(Path(args.split), Path(args.out if args.out != "out/corpus" else "out/corpus-desk"), args.jobs)
    if args.edge:
        return edge(Path(args.split), Path(args.out if args.out != "out/corpus" else "out/corpus-edge"), args.jobs)
    if args.sweep:
        return sweep(Path(args.split), Path(args.out if args.out != "out/corpus" else "out/corpus-sweep"), args.jobs)

    split_path = Path(args.split)
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()  # relative to the repository root, where scripts/eval.sh runs it
    if not corpus.is_dir():
        print(f"prepare: corpus folder {split['corpus']} not found", file=sys.stderr)
        return 2
    out = Path(args.out)
    wanted_stamp = {"version": VERSION, "profiles": [asdict(p) for p in PROFILES], "split": split}
    stamp = fresh_folder(out, wanted_stamp)

    tasks = [dict(task, profileIndex=profile_index(task, index)) for task, index in sampled_pages(split, corpus)]
    entries = write_pages(tasks, out, args.jobs, stamp, wanted_stamp)
    print(f"prepare: {len(entries)} pages of {len(split['documents'])} documents in {out}")
    return 0


def sampled_pages(split: dict, corpus: Path):
    """Every sampled page of the split's documents as a task, with its index among its document's samples."""
    for doc in split["documents"]:
        pdf = corpus / f"{doc['name']}.pdf"
        pages = page_count(pdf)
        for index, page in enumerate(sample_pages(pages, split["pagesPerDocument"])):
            yield {"document": doc["name"], "kind": doc["kind"], "split": doc["split"], "pdf": pdf, "page": page,
                   "pages": pages}, index


def fresh_folder(out: Path, wanted_stamp: dict) -> Path:
    """OUT made ready for the pages the stamp describes, emptied first when its pages were made another way (a profile,
    the capture or the split changed: no page of the old set may be scored as the new one); the stamp's path."""
    stamp = out / "version.json"
    if stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")) != wanted_stamp:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    return stamp


def profile_index(task: dict, index: int) -> int:
    """The profile of a sampled page: taken in turn over its document's samples, starting where its name's seed says."""
    return (seed_of(task["document"]) + index) % len(PROFILES)


def write_pages(tasks: list[dict], out: Path, jobs: int, stamp: Path, wanted_stamp: dict) -> list[dict]:
    """Makes the pages not made yet, then the manifest and the stamp (last, so an interrupted run is made again)."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        entries = list(pool.map(lambda t: prepare_page(t, out), tasks))
    (out / "manifest.json").write_text(json.dumps({"version": VERSION, "pages": entries}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    stamp.write_text(json.dumps(wanted_stamp), encoding="utf-8")
    return entries


def sweep(split_path: Path, out: Path, jobs: int) -> int:
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    expected = split_path.parent / "expected"
    docs = [d for d in split["documents"] if d["split"] == "tune" and (expected / f"{d['name']}.p1.expected.json").exists()]
    count = 0
    for index, profile in enumerate(PROFILES):
        folder = out / profile.name
        folder.mkdir(parents=True, exist_ok=True)
        tasks = []
        for doc in docs:
            pdf = corpus / f"{doc['name']}.pdf"
            tasks.append({"document": doc["name"], "kind": doc["kind"], "split": doc["split"], "pdf": pdf, "page": 1,
                          "pages": page_count(pdf), "profileIndex": index})
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            entries = list(pool.map(lambda t: prepare_page(t, folder), tasks))
        (folder / "manifest.json").write_text(json.dumps({"version": VERSION, "pages": entries}, ensure_ascii=False,
                                                         indent=1), encoding="utf-8")
        count += len(entries)
    print(f"prepare: {count} tuning pages ({len(docs)} documents x {len(PROFILES)} profiles) in {out}")
    return 0


def desk(split_path: Path, out: Path, jobs: int) -> int:
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    wanted_stamp = {"version": VERSION, "profile": asdict(DESK_PROFILE), "desks": DESKS, "split": split}
    stamp = fresh_folder(out, wanted_stamp)
    tasks = [dict(task, desk=True) for task, _ in sampled_pages(split, corpus)]
    entries = write_pages(tasks, out, jobs, stamp, wanted_stamp)
    print(f"prepare: {len(entries)} pages as phone photos on a desk in {out}")
    return 0


def edge(split_path: Path, out: Path, jobs: int) -> int:
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    wanted_stamp = {"version": VERSION, "profiles": [asdict(p) for p in PROFILES], "shades": BED_SHADES, "split": split}
    stamp = fresh_folder(out, wanted_stamp)
    tasks = [dict(task, profileIndex=profile_index(task, index), edge=True) for task, index in sampled_pages(split, corpus)]
    entries = write_pages(tasks, out, jobs, stamp, wanted_stamp)
    print(f"prepare: {len(entries)} pages scanned with a flatbed's dark edge in {out}")
    return 0


def cells(split_path: Path, out: Path, jobs: int, docingest: list[str]) -> int:
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    wanted_stamp = {"version": VERSION, "profiles": [asdict(p) for p in PROFILES], "split": split, "cells": True}
    stamp = fresh_folder(out, wanted_stamp)
    tasks = []
    for doc in (d for d in split["documents"] if d["split"] == "tune"):
        pdf = corpus / f"{doc['name']}.pdf"
        pages = page_count(pdf)
        gridded = grid_pages(doc, pdf, pages, out, docingest)
        # Profiles taken in turn over the document's grid pages, starting where its sampled pages start.
        tasks += [{"document": doc["name"], "kind": doc["kind"], "split": doc["split"], "pdf": pdf, "page": page,
                   "pages": pages, "profileIndex": (seed_of(doc["name"]) + index) % len(PROFILES)}
                  for index, page in enumerate(gridded)]
    entries = write_pages(tasks, out, jobs, stamp, wanted_stamp)
    print(f"prepare: {len(entries)} tuning pages with a ruled grid in {out}")
    return 0


# The profiles a whole document is scanned in: those of a scanner or a copier, which keep the page's resolution.
SCAN_PROFILES = [p for p in PROFILES if not p.resolution_stripped]


def document_profile(name: str) -> Profile:
    """The one scan profile a whole document is fed through, from its name (a rerun gives the same file)."""
    return SCAN_PROFILES[seed_of(name, "document") % len(SCAN_PROFILES)]


def documents(split_path: Path, out: Path, jobs: int) -> int:
    split = json.loads(split_path.read_text(encoding="utf-8"))
    corpus = (Path.cwd() / split["corpus"]).resolve()
    expected_folder = split_path.parent / "documents"
    excerpts_path = expected_folder / "excerpts.json"
    excerpts = json.loads(excerpts_path.read_text(encoding="utf-8"))["excerpts"] if excerpts_path.exists() else []
    wanted_stamp = {"version": VERSION, "profiles": [asdict(p) for p in SCAN_PROFILES], "split": split, "documents": True,
                    "excerpts": excerpts}
    stamp = fresh_folder(out, wanted_stamp)
    tasks = []
    for task in document_tasks(split, excerpts, corpus, expected_folder):
        pages = task["lastPage"] - task["firstPage"] + 1
        check_expected(json.loads(task["expected"].read_text(encoding="utf-8")), pages, task["document"])
        tasks.append(task)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        entries = list(pool.map(lambda t: prepare_document(t, out), tasks))
    (out / "manifest.json").write_text(json.dumps({"version": VERSION, "documents": entries}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    stamp.write_text(json.dumps(wanted_stamp), encoding="utf-8")
    sides = {side: sum(1 for e in entries if e["split"] == side) for side in ("tune", "held-out")}
    print(f"prepare: {len(entries)} whole documents ({sides['tune']} tuning, {sides['held-out']} held out) in {out}")
    return 0


def document_tasks(split: dict, excerpts: list[dict], corpus: Path, expected_folder: Path) -> list[dict]:
    """What `--documents` scans: every split file with a whole-document expected result (all its pages), then every
    excerpt (its `firstPage`..`lastPage` of its `source` file, on that file's side), each with its expected file. An
    excerpt must name a file of the split, a page range inside it and a name no file has, and have its expected file."""
    sides = {d["name"]: d["split"] for d in split["documents"]}
    tasks = []
    for doc in split["documents"]:
        expected = expected_folder / f"{doc['name']}.expected.json"
        if expected.exists():
            pdf = corpus / f"{doc['name']}.pdf"
            tasks.append({"document": doc["name"], "split": doc["split"], "pdf": pdf, "expected": expected,
                          "firstPage": 1, "lastPage": page_count(pdf)})
    for excerpt in excerpts:
        name, source = excerpt["name"], excerpt["source"]
        if source not in sides or name in sides:
            raise SystemExit(f"prepare: excerpt {name}: its source must be a file of the split and its name not one")
        pdf = corpus / f"{source}.pdf"
        first, last = excerpt["firstPage"], excerpt["lastPage"]
        if not 1 <= first <= last <= page_count(pdf):
            raise SystemExit(f"prepare: excerpt {name}: pages {first}-{last} are not a range of {source}.pdf")
        expected = expected_folder / f"{name}.expected.json"
        if not expected.exists():
            raise SystemExit(f"prepare: excerpt {name} has no {expected.name}")
        tasks.append({"document": name, "split": sides[source], "pdf": pdf, "expected": expected,
                      "firstPage": first, "lastPage": last})
    return tasks


def check_expected(expected: dict, pages: int, name: str) -> None:
    """A whole-document expected result covers the file: its documents in page order, without gaps or overlaps, from
    page 1 to the last (a missing or stray page range would score a split that is not the file's)."""
    ranges = [(d["pageStart"], d["pageEnd"]) for d in expected["documents"]]
    following = 1
    for start, end in ranges:
        if start != following or end < start:
            raise SystemExit(f"prepare: {name}.expected.json: documents must cover pages 1-{pages} in order, got {ranges}")
        following = end + 1
    if following != pages + 1:
        raise SystemExit(f"prepare: {name}.expected.json: documents must cover pages 1-{pages} in order, got {ranges}")


def prepare_document(task: dict, out: Path) -> dict:
    """Every page of the document (of the excerpt: `firstPage`..`lastPage` when the task gives them) degraded in the
    document's profile, joined into one multi-page TIFF (Group 4 for the bilevel copy, lossless Deflate otherwise, so a
    JPEG profile's artefacts stay as the profile made them), with the expected result beside it."""
    profile = document_profile(task["document"])
    folder = out / task["split"]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{task['document']}.tif"
    file_pages = page_count(task["pdf"])
    first, last = task.get("firstPage", 1), task.get("lastPage", file_pages)
    pages = last - first + 1
    if not target.exists():
        with tempfile.TemporaryDirectory() as work:
            images = []
            for page in range(first, last + 1):
                image = Path(work) / f"page{page}.{profile.extension}"
                page_work = Path(work) / f"render{page}"
                page_work.mkdir()
                # The file's own page count: a page that shows through is the file's next page, in an excerpt too.
                degrade(task["pdf"], page, file_pages, profile, seed_of(task["document"], page, VERSION), image, page_work)
                images.append(str(image))
            partial = folder / f".{task['document']}.partial.tif"
            compression = ["-compress", "Group4"] if profile.bilevel else ["-compress", "Zip"]
            subprocess.run(["convert", "-limit", "thread", "1", *images, *compression, "-units", "PixelsPerInch",
                            "-density", str(profile.dpi), str(partial)], check=True)
            partial.rename(target)  # an interrupted run leaves no half-written document behind
    write_expected(json.loads(task["expected"].read_text(encoding="utf-8")), target, pages, folder / task["expected"].name)
    return {"document": task["document"], "split": task["split"], "pages": pages, "profile": profile.name,
            "dpi": profile.dpi, "file": f"{task['split']}/{target.name}", "pdf": str(task["pdf"]),
            "firstPage": first, "lastPage": last}


def write_expected(expected: dict, scan: Path, pages: int, target: Path) -> None:
    """The hand-written expected documents with the source the scoring reads them against (the scan's name, hash,
    media type and page count), beside the scan: eval/corpus/documents holds only what was transcribed."""
    source = {"fileName": scan.name, "sha256": hashlib.sha256(scan.read_bytes()).hexdigest(), "mediaType": "image/tiff",
              "pageCount": pages}
    target.write_text(json.dumps({"schemaVersion": "1", "source": source, **expected}, ensure_ascii=False, indent=1),
                      encoding="utf-8")


def grid_pages(doc: dict, pdf: Path, pages: int, out: Path, docingest: list[str]) -> list[int]:
    """The pages of the document whose layer eval-corpus finds grid cells on (kept in OUT/grid-pages, one file a
    document, so a rerun asks again only when the stamp threw the folder away)."""
    cache = out / "grid-pages" / f"{doc['name']}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        folder, results, scored = Path(work), Path(work) / "empty", Path(work) / "scored"
        results.mkdir()
        entries = []
        for page in range(1, pages + 1):
            page_id = f"{doc['name']}.p{page}"
            entries.append({"id": page_id, "document": doc["name"], "page": page, "kind": doc["kind"],
                            "split": doc["split"], "profile": "layer", "image": "", "pdf": str(pdf)})
            empty = {"source": {"fileName": page_id, "sha256": "", "mediaType": "image/png", "pageCount": 1}}
            (results / f"{page_id}.json").write_text(json.dumps(empty), encoding="utf-8")
        (folder / "manifest.json").write_text(json.dumps({"version": VERSION, "pages": entries}), encoding="utf-8")
        # Its exit code says only that an empty reading misses the floors; the cells files are what is asked for.
        subprocess.run(docingest + ["eval-corpus", str(folder), "--results", str(results), "--out", str(scored),
                                    "--workers", "1"], stdout=subprocess.DEVNULL, check=False)
        gridded = []
        for page in range(1, pages + 1):
            cells_file = scored / f"{doc['name']}.p{page}.cells.txt"
            if not cells_file.exists():
                raise SystemExit(f"prepare: eval-corpus wrote no cells for {doc['name']} p{page}")
            # The layer's cells come first, then an empty line, then the reading's (none here).
            if cells_file.read_text(encoding="utf-8").split("\n", 1)[0] != "":
                gridded.append(page)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(gridded), encoding="utf-8")
    return gridded


if __name__ == "__main__":
    sys.exit(main())
