"""Prints HTML to PDF with headless Chromium and rasterises PDF pages with pdftoppm.
Also runs the in-page overflow check so a page whose text does not fit fails the build."""
from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

_CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class PaginationError(RuntimeError):
    """A page's content overflowed its fixed A4 box, or the PDF has an unexpected page count."""


def _chromium(args: list[str]) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="samples-chromium-") as profile:
        return subprocess.run(["chromium", *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              check=True, capture_output=True, text=True, timeout=300)


def check_overflow(html_path: Path, expected_pages: int) -> str:
    """Loads the page in Chromium with ?check; the page script writes the overflow report into the title.
    Returns how full each page is, e.g. "[80% 95%]"."""
    result = _chromium(["--virtual-time-budget=10000", "--dump-dom", html_path.resolve().as_uri() + "?check"])
    match = re.search(r"<title>CHECKED (\d+) (\[[^\]]*\]) ?([^<]*)</title>", result.stdout)
    if not match:
        raise PaginationError(f"{html_path.name}: overflow check did not run")
    count, fill, bad = int(match.group(1)), match.group(2), match.group(3).strip()
    if count != expected_pages:
        raise PaginationError(f"{html_path.name}: {count} pages in DOM, expected {expected_pages}")
    if bad:
        raise PaginationError(f"{html_path.name}: content overflows on page(s) {bad} (scrollHeight/clientHeight px); fill {fill}")
    return fill


def print_pdf(html_path: Path, pdf_path: Path, expected_pages: int) -> None:
    _chromium([f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", html_path.resolve().as_uri()])
    pages = pdf_page_count(pdf_path)
    if pages != expected_pages:
        raise PaginationError(f"{pdf_path.name}: pdfinfo says {pages} pages, expected {expected_pages}")


def pdf_page_count(pdf_path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf_path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    if not match:
        raise PaginationError(f"pdfinfo printed no page count for {pdf_path}")
    return int(match.group(1))


def rasterize(pdf_path: Path, page: int, dpi: int, out_stem: Path) -> Path:
    """One page as an 8-bit gray PNG at the given resolution."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf_path), str(out_stem)], check=True)
    return out_stem.with_suffix(".png")
