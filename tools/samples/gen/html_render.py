"""Renders the page model as printable A4 HTML in the look of Thai official paper:
Laksaman (the TLWG clone of TH Sarabun) at 16pt, bold header labels, ruled tables
with 1px black borders.  Every page is its own fixed-size <div>, so pagination
is decided here and never by the browser."""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from .markup import Block, Page


@dataclass(frozen=True)
class Font:
    """The body font: Laksaman (installed, the samples' font) or an npm @fontsource family loaded from its files.
    Sources choose it with "%option font=sarabun" (the package name) or "%option font-family=Norasi" (an installed
    family) and "%option font-size=15pt"."""
    family: str = "Laksaman"
    size: str = "16pt"
    faces: str = ""

    @staticmethod
    def from_options(options: dict, font_dir: Path | None) -> "Font":
        size = options.get("font-size", "16pt")
        # "%option font-family=Norasi": a family installed on the machine (Debian's TLWG fonts), found by fontconfig.
        if options.get("font-family"):
            return Font(options["font-family"], size)
        package = options.get("font")
        if not package:
            return Font(size=size)
        if font_dir is None:
            raise ValueError(f"font {package}: no --fonts folder (npm @fontsource packages) given")
        files = font_dir / package / "files"
        faces = []
        for weight in (400, 700):
            # Thai and Latin live in separate subset files; unicode-range lets the browser take each glyph from its own.
            for subset, ranges in (("thai", "U+0E01-0E5B, U+200C-200D, U+25CC"), ("latin", "U+0000-00FF, U+2000-206F")):
                path = files / f"{package}-{subset}-{weight}-normal.woff2"
                # Display families (Chonburi, Sriracha, Pattaya) ship one weight: the browser makes their bold.
                if not path.exists() and weight != 400:
                    continue
                if not path.exists():
                    raise ValueError(f"font file {path} missing (npm install in the sources folder)")
                faces.append(f"@font-face {{ font-family: 'Eval {package}'; font-weight: {weight}; "
                             f"src: url('{path.as_uri()}') format('woff2'); unicode-range: {ranges}; }}")
        return Font(f"Eval {package}", size, "\n".join(faces))

_CSS = """
%(faces)s
@page { size: A4 %(orient)s; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: '%(family)s'; font-size: %(size)s; line-height: 1.22; color: #000; }
.page { width: %(width)s; height: %(height)s; box-sizing: border-box; overflow: hidden;
        padding: %(top)s 20mm 15mm 30mm; page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.content { height: 100%%; overflow: hidden; }
p { margin: 0; }
.title { font-size: 29pt; font-weight: bold; text-align: center; margin: 0 0 4pt 0; }
.center-bold { font-weight: bold; text-align: center; }
.heading { font-weight: bold; margin-top: 4pt; }
.fields { display: flex; }
.fields .field { flex: 1 1 auto; }
.fields .field + .field { margin-left: 8mm; }
.label { font-weight: bold; font-size: 18pt; }
.para-indent { text-indent: 25mm; text-align: justify; text-justify: inter-character; }
.para-block { padding-left: 12mm; }
.center { text-align: center; }
.right { text-align: right; }
.sig { margin-left: 45%%; text-align: center; margin-top: 6pt; }
table { border-collapse: collapse; width: 100%%; table-layout: fixed; margin: 4pt 0; }
table.ruled td, table.ruled th { border: 1px solid #000; vertical-align: top; padding: 1pt 4pt; }
table.ruled th { font-weight: bold; text-align: center; vertical-align: middle; }
table.layout td { vertical-align: top; padding: 0 4pt 0 0; }
td div, th div { overflow-wrap: anywhere; }
.small td, .small th { font-size: 14pt; }
"""

_CHECK_SCRIPT = """
<script>
// Overflow check used by the generator (file.html?check): reports every page whose
// content does not fit, in the document title, once the fonts have loaded.
if (location.search.indexOf('check') >= 0) {
  document.fonts.ready.then(function () {
    var bad = [], fill = [];
    document.querySelectorAll('.content').forEach(function (c, i) {
      // The last child's bottom edge is how much of the page the content really uses.
      var last = c.lastElementChild, used = last ? last.getBoundingClientRect().bottom - c.getBoundingClientRect().top : 0;
      fill.push(Math.round(100 * used / c.clientHeight) + '%');
      if (c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1)
        bad.push((i + 1) + ':' + c.scrollHeight + '/' + c.clientHeight);
    });
    document.title = 'CHECKED ' + document.querySelectorAll('.content').length + ' [' + fill.join(' ') + '] ' + bad.join(',');
  });
}
</script>
"""


def render_html(pages: list[Page], title: str, top_margin: str = "15mm", table_font: str = "",
                landscape: bool = False, font: Font = Font()) -> str:
    body = "\n".join(_render_page(p, table_font) for p in pages)
    size = {"orient": "landscape", "width": "297mm", "height": "210mm"} if landscape else \
        {"orient": "portrait", "width": "210mm", "height": "297mm"}
    css = _CSS % {"top": top_margin, "family": font.family, "size": font.size, "faces": font.faces, **size}
    return (f"<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{css}</style>{_CHECK_SCRIPT}</head><body>\n{body}\n</body></html>\n")


def _render_page(page: Page, table_font: str) -> str:
    inner = "\n".join(_render_block(b, table_font) for b in page.blocks)
    return f'<div class="page"><div class="content">\n{inner}\n</div></div>'


def _render_block(block: Block, table_font: str) -> str:
    esc = html.escape
    if block.kind == "gap":
        return f'<div style="height:{1.22 * block.size}em"></div>'
    if block.kind == "fields":
        parts = "".join(f'<div class="field"><span class="label">{esc(label)}</span> {esc(value)}</div>'
                        for label, value in block.fields)
        return f'<div class="fields">{parts}</div>'
    if block.kind == "sig":
        return '<div class="sig">' + "".join(f"<p>{esc(line)}</p>" for line in block.lines) + "</div>"
    if block.kind in ("table", "grid"):
        return _render_table(block, table_font)
    return f'<p class="{block.kind}">{esc(block.lines[0])}</p>'


def _render_table(block: Block, table_font: str) -> str:
    esc = html.escape
    cls = "ruled" if block.kind == "table" else "layout"
    if table_font and block.kind == "table":
        cls += " " + table_font
    cols = "".join(f'<col style="width:{w}%">' for w in block.widths)
    rows = []
    for row in block.rows:
        tag = "th" if row.header else "td"
        cells = []
        for cell in row.cells:
            if cell is None:
                continue
            span = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + \
                   (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")
            if cell.shaded:
                # A Gantt chart's marked period: a cell filled in grey, as plans print them.
                span += ' style="background:#9a9a9a;-webkit-print-color-adjust:exact;print-color-adjust:exact"'
            content = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in cell.lines)
            cells.append(f"<{tag}{span}>{content}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{cls}"><colgroup>{cols}</colgroup>' + "".join(rows) + "</table>"
