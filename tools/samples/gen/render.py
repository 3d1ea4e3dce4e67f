"""Entry point: regenerates every sample in manifest.json.

    python3 -m gen.render [--only NAME ...] [--build DIR]

For each sample: markup -> HTML (one fixed-size div per page) -> overflow check ->
Chromium PDF (page count checked with pdfinfo) -> pdftoppm gray pages -> ImageMagick
degradation -> the sample's format, and NAME.expected.json from the ground-truth page
text plus the hand-written documents in expected/NAME.documents.json."""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from . import degrade, docx_writer, html_render, markup, outputs, page_text, printing

TOOL_DIR = Path(__file__).resolve().parent.parent
REPO = TOOL_DIR.parent.parent
OUT_DIR = REPO / "sample-docs"
# Where manifest.json, pages/ and expected/ live; another set (eval/documents) is chosen with --sources.
SOURCE_DIR = TOOL_DIR
# Web fonts a source may name with "%option font=FAMILY" (npm @fontsource packages, --fonts DIR).
FONT_DIR: Path | None = None


def load_manifest() -> list[dict]:
    return json.loads((SOURCE_DIR / "manifest.json").read_text(encoding="utf-8"))["samples"]


def build_source(stem: str, build: Path, cache: dict) -> tuple[list[markup.Page], Path]:
    """Parses, renders and prints one markup source once, however many samples use it."""
    if stem in cache:
        return cache[stem]
    src = SOURCE_DIR / "pages" / f"{stem}.page"
    text = src.read_text(encoding="utf-8")
    options = {}
    for line in text.splitlines():
        if line.startswith("%option "):
            key, _, value = line[len("%option "):].partition("=")
            options[key.strip()] = value.strip()
    pages = markup.parse(text, src.name)
    html_path = build / f"{stem}.html"
    font = html_render.Font.from_options(options, FONT_DIR)
    html_path.write_text(html_render.render_html(pages, stem, options.get("top", "15mm"), options.get("table-font", ""),
                                                  options.get("orientation") == "landscape", font),
                         encoding="utf-8")
    fill = printing.check_overflow(html_path, len(pages))
    print(f"{stem}: {len(pages)} pages fit, page fill {fill}", flush=True)
    pdf_path = build / f"{stem}.pdf"
    printing.print_pdf(html_path, pdf_path, len(pages))
    cache[stem] = (pages, pdf_path)
    return cache[stem]


def generate(sample: dict, build: Path, cache: dict) -> None:
    name, fmt = sample["name"], sample["format"]
    pages, pdf = build_source(sample["source"], build, cache)
    numbers = sample.get("pages") or list(range(1, len(pages) + 1))
    out = OUT_DIR / (name + outputs.EXTENSIONS[fmt])
    page_entries = []
    if fmt == "docx":
        docx_writer.write_docx([pages[n - 1] for n in numbers], out)
        method = "docx"
    elif fmt == "pdf-text":
        if numbers != list(range(1, len(pages) + 1)):
            raise ValueError("pdf-text samples take every page of their source")
        outputs.copy_text_pdf(pdf, out)
        method = "text-layer"
    else:
        dpi = sample.get("dpi", 300)
        profile = degrade.ScanProfile.from_dict(sample.get("profile", {}))
        degraded = []
        for n in numbers:
            clean = printing.rasterize(pdf, n, dpi, build / f"{name}-clean-{n}")
            dirty = build / f"{name}-scan-{n}.png"
            angle = degrade.degrade(clean, dirty, profile, degrade.page_seed(name, n), dpi)
            width, height = outputs.image_size(dirty)
            degraded.append(dirty)
            page_entries.append({"width": width, "height": height, "skewDegrees": angle})
        outputs.write_images(fmt, degraded, dpi, out, sample.get("jpegQuality", 60), build)
        method = "ocr"
    result_pages = []
    for i, n in enumerate(numbers):
        entry = {"number": i + 1, "method": method}
        if page_entries:
            entry.update(page_entries[i])
        entry["text"] = page_text.page_text(pages[n - 1])
        tables = page_text.page_tables(pages[n - 1])
        if tables:
            entry["tables"] = tables
        result_pages.append(entry)
    (build / f"{name}.pages.json").write_text(json.dumps(result_pages, ensure_ascii=False), encoding="utf-8")
    write_expected(name, out, build)
    print(f"{out.name}: {len(numbers)} page(s), {out.stat().st_size // 1024} KiB", flush=True)


def rebuild_page_data(sample: dict, build: Path) -> None:
    """NAME.pages.json without rendering: text and tables come from the markup alone, and the measured
    facts of each page image (size, applied skew) from the committed expected file, which recorded them
    when the images were made.  Lets `--expected-only` run on a fresh checkout."""
    name = sample["name"]
    previous = json.loads((OUT_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))["pages"]
    src = SOURCE_DIR / "pages" / f"{sample['source']}.page"
    pages = markup.parse(src.read_text(encoding="utf-8"), src.name)
    numbers = sample.get("pages") or list(range(1, len(pages) + 1))
    if len(numbers) != len(previous):
        raise ValueError(f"{name}: markup gives {len(numbers)} pages, the expected file {len(previous)}; run a full render")
    result_pages = []
    for measured, n in zip(previous, numbers):
        entry = {key: measured[key] for key in ("number", "method", "width", "height", "skewDegrees") if key in measured}
        entry["text"] = page_text.page_text(pages[n - 1])
        if entry["text"] != measured["text"]:
            raise ValueError(f"{name} page {entry['number']}: markup text differs from the expected file; run a full render")
        tables = page_text.page_tables(pages[n - 1])
        if tables:
            entry["tables"] = tables
        result_pages.append(entry)
    (build / f"{name}.pages.json").write_text(json.dumps(result_pages, ensure_ascii=False), encoding="utf-8")


def write_expected(name: str, out: Path, build: Path) -> None:
    """NAME.expected.json = measured source facts + ground-truth pages + the hand-written documents."""
    result_pages = json.loads((build / f"{name}.pages.json").read_text(encoding="utf-8"))
    documents = json.loads((SOURCE_DIR / "expected" / f"{name}.documents.json").read_text(encoding="utf-8"))
    expected = {
        "schemaVersion": "1",
        "source": {
            "fileName": out.name,
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
            "mediaType": outputs.sniff_media_type(out),
            "pageCount": len(result_pages),
        },
        "pages": result_pages,
        "documents": documents["documents"],
    }
    (OUT_DIR / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=[], help="sample names to regenerate")
    parser.add_argument("--build", default="/tmp/docingest-samples-build", help="scratch folder for HTML, PDF and pages")
    parser.add_argument("--html-only", action="store_true", help="render and check HTML/PDF only")
    parser.add_argument("--expected-only", action="store_true",
                        help="rewrite NAME.expected.json from the last full run's page data (after editing expected/*.documents.json)")
    parser.add_argument("--sources", help="folder with manifest.json, pages/ and expected/ (default: this tool's own samples)")
    parser.add_argument("--out", help="folder the files and NAME.expected.json are written to (default: sample-docs)")
    parser.add_argument("--fonts", help="node_modules/@fontsource folder for sources that name a web font")
    args = parser.parse_args(argv)
    global SOURCE_DIR, OUT_DIR, FONT_DIR
    if args.sources:
        SOURCE_DIR = Path(args.sources).resolve()
    if args.out:
        OUT_DIR = Path(args.out).resolve()
    if args.fonts:
        FONT_DIR = Path(args.fonts).resolve()
    build = Path(args.build)
    build.mkdir(parents=True, exist_ok=True)
    OUT_DIR.mkdir(exist_ok=True)
    cache: dict = {}
    samples = [s for s in load_manifest() if not args.only or s["name"] in args.only]
    if args.only and len(samples) != len(args.only):
        print(f"unknown sample in {args.only}", file=sys.stderr)
        return 2
    for sample in samples:
        if args.expected_only:
            out = OUT_DIR / (sample["name"] + outputs.EXTENSIONS[sample["format"]])
            if not (build / f"{sample['name']}.pages.json").exists():
                rebuild_page_data(sample, build)
            write_expected(sample["name"], out, build)
            print(f"{out.name}: expected rewritten", flush=True)
        elif args.html_only:
            pages, pdf = build_source(sample["source"], build, cache)
            print(f"{sample['source']}: {len(pages)} page(s) fit; {pdf}", flush=True)
        else:
            generate(sample, build, cache)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
