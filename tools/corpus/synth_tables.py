"""What the synthetic tuning-table scripts (`amount-tables.py`, `quarter-tables.py`) share: printing their HTML pages
to a PDF with Chromium (the PDF's text layer and vector rules are the truth `docingest eval-corpus` scores against), and
degrading every page of it in the corpus profiles taken in turn into a folder of tuning pages with its manifest."""
from __future__ import annotations

import argparse
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import prepare


def print_pdf(pdf: Path, style: str, sections: list[str]) -> None:
    """The sections (one page each) written to PDF.html beside the PDF and printed by headless Chromium."""
    html = pdf.with_suffix(".html")
    html.write_text(f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>{"".join(sections)}</body></html>',
                    encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(html.resolve())], check=True, capture_output=True)


def degrade_pages(pdf: Path, out: Path, jobs: int) -> list[dict]:
    """Every page of the PDF degraded in the corpus profiles taken in turn into OUT, listed in OUT/manifest.json as
    tuning table pages; the manifest's entries."""
    pages = prepare.page_count(pdf)
    tasks = [{"document": pdf.stem, "kind": "table", "split": "tune", "pdf": pdf, "page": page, "pages": pages,
              "profileIndex": (prepare.seed_of(pdf.stem) + page) % len(prepare.PROFILES)} for page in range(1, pages + 1)]
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        entries = list(pool.map(lambda t: prepare.prepare_page(t, out), tasks))
    (out / "manifest.json").write_text(json.dumps({"version": prepare.VERSION, "pages": entries}, ensure_ascii=False,
                                                  indent=1), encoding="utf-8")
    return entries


def main(description: str, name: str, stem: str, default_out: str, default_seed: int, default_jobs: int,
         write_pdf: Callable[[Path, int], None]) -> int:
    """A script's command line (--out, --seed, --jobs): OUT/STEM.pdf written by `write_pdf` unless it is there, then
    its pages degraded into OUT."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=default_out)
    parser.add_argument("--seed", type=int, default=default_seed)
    parser.add_argument("--jobs", type=int, default=default_jobs)
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / f"{stem}.pdf"
    if not pdf.exists():
        write_pdf(pdf, args.seed)
    entries = degrade_pages(pdf, out, args.jobs)
    print(f"{name}: {len(entries)} tuning table pages in {out}")
    return 0
