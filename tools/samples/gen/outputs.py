"""Assembles degraded page images into the committed file formats."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .scan_pdf import write_scanned_pdf

EXTENSIONS = {"tiff-gray": ".tif", "tiff-g4": ".tif", "jpeg": ".jpg", "png": ".png",
              "pdf-scan": ".pdf", "pdf-text": ".pdf", "docx": ".docx"}
SINGLE_PAGE_FORMATS = {"jpeg", "png"}


def _density(dpi: int) -> list[str]:
    return ["-units", "PixelsPerInch", "-density", str(dpi)]


def write_images(fmt: str, pages: list[Path], dpi: int, out: Path, jpeg_quality: int, work: Path) -> None:
    """Writes degraded 8-bit gray pages (PNG) in the given scan format."""
    if fmt in SINGLE_PAGE_FORMATS and len(pages) != 1:
        raise ValueError(f"{fmt} holds one page, got {len(pages)}")
    if fmt == "tiff-gray":
        # Office scanners store gray pages JPEG-compressed inside the TIFF (compression 7);
        # lossless gray of a noisy scan would be ~3 MB a page.
        subprocess.run(["convert", *map(str, pages), "+repage", *_density(dpi), "-compress", "JPEG",
                        "-quality", str(jpeg_quality), str(out)], check=True)
    elif fmt == "tiff-g4":
        # A bilevel scanner thresholds the gray signal; the noise turns into speckles and ragged strokes.
        subprocess.run(["convert", *map(str, pages), "+repage", *_density(dpi), "-threshold", "58%", "-type", "bilevel",
                        "-compress", "Group4", str(out)], check=True)
    elif fmt == "jpeg":
        subprocess.run(["convert", str(pages[0]), *_density(dpi), "-quality", str(jpeg_quality), str(out)], check=True)
    elif fmt == "png":
        subprocess.run(["convert", str(pages[0]), *_density(dpi), "-define", "png:compression-level=9", str(out)], check=True)
    elif fmt == "pdf-scan":
        jpegs = []
        for n, page in enumerate(pages, start=1):
            jpeg = work / f"{out.stem}-scan-{n}.jpg"
            subprocess.run(["convert", str(page), *_density(dpi), "-quality", str(jpeg_quality), str(jpeg)], check=True)
            jpegs.append(jpeg)
        write_scanned_pdf(jpegs, dpi, out)
    else:
        raise ValueError(f"not an image format: {fmt}")


def copy_text_pdf(pdf: Path, out: Path) -> None:
    shutil.copyfile(pdf, out)


def sniff_media_type(path: Path) -> str:
    head = path.read_bytes()[:8]
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    raise ValueError(f"unknown media type for {path}")


def image_size(path: Path) -> tuple[int, int]:
    out = subprocess.run(["identify", "-format", "%w %h", str(path)], check=True, capture_output=True, text=True).stdout
    width, height = out.split()
    return int(width), int(height)
