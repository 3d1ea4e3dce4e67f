"""Writes a DOCX (WordprocessingML) from the page model with python's zipfile:
paragraphs, header fields with bold labels, ruled tables whose merged cells become
w:gridSpan / w:vMerge, and an explicit page break between pages, so the pages of
the DOCX are exactly the pages of the markup."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from .markup import Block, Page

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FONT = "TH SarabunPSK"
_TEXT_WIDTH_TWIPS = 9071  # A4 minus 3 cm left and 2 cm right margins

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def _run(text: str, bold: bool = False, size_pt: float = 16) -> str:
    half = int(size_pt * 2)
    props = (f'<w:rFonts w:ascii="{_FONT}" w:hAnsi="{_FONT}" w:cs="{_FONT}"/>' + ("<w:b/><w:bCs/>" if bold else "")
             + f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(runs: str, align: str = "", first_line: int = 0, left: int = 0) -> str:
    ppr = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if first_line or left:
        ppr += f'<w:ind w:left="{left}" w:firstLine="{first_line}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _block(block: Block) -> str:
    if block.kind == "gap":
        return _para("") * block.size
    if block.kind == "fields":
        runs = []
        for i, (label, value) in enumerate(block.fields):
            if i:
                runs.append("<w:r><w:tab/></w:r>")
            runs.append(_run(label, bold=True, size_pt=18) + _run(" " + value))
        return _para("".join(runs))
    if block.kind == "sig":
        return "".join(_para(_run(line), align="center", left=4082) for line in block.lines)
    if block.kind in ("table", "grid"):
        return _table(block)
    text = block.lines[0]
    return {
        "title": lambda: _para(_run(text, bold=True, size_pt=29), align="center"),
        "center-bold": lambda: _para(_run(text, bold=True), align="center"),
        "heading": lambda: _para(_run(text, bold=True)),
        "para-indent": lambda: _para(_run(text), align="both", first_line=1418),
        "para-block": lambda: _para(_run(text), left=680),
        "center": lambda: _para(_run(text), align="center"),
        "right": lambda: _para(_run(text), align="right"),
        "para": lambda: _para(_run(text)),
    }[block.kind]()


def _table(block: Block) -> str:
    widths = [int(_TEXT_WIDTH_TWIPS * w / 100) for w in block.widths]
    border = "single" if block.kind == "table" else "nil"
    borders = "".join(f'<w:{side} w:val="{border}" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    xml = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
           '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    # Vertical merges: Word wants a placeholder cell (vMerge continue) in every covered row.
    covered: dict[tuple[int, int], tuple[int, bool]] = {}
    for r, row in enumerate(block.rows):
        for c, cell in enumerate(row.cells):
            if cell is not None and cell.rowspan > 1:
                for k in range(1, cell.rowspan):
                    covered[(r + k, c)] = (cell.colspan, True)
    for r, row in enumerate(block.rows):
        cells = []
        c = 0
        while c < len(row.cells):
            cell = row.cells[c]
            if (r, c) in covered:
                span, _ = covered[(r, c)]
                width = sum(widths[c:c + span])
                span_xml = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span_xml}<w:vMerge/></w:tcPr>{_para("")}</w:tc>')
                c += span
                continue
            if cell is None:
                c += 1
                continue
            width = sum(widths[c:c + cell.colspan])
            props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
            if cell.colspan > 1:
                props += f'<w:gridSpan w:val="{cell.colspan}"/>'
            if cell.rowspan > 1:
                props += '<w:vMerge w:val="restart"/>'
            align = "center" if row.header else ""
            paras = "".join(_para(_run(line, bold=row.header), align=align) for line in cell.lines) or _para("")
            cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>")
            c += cell.colspan
        header = "<w:trPr><w:tblHeader/></w:trPr>" if row.header else ""
        xml.append(f"<w:tr>{header}{''.join(cells)}</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


def write_docx(pages: list[Page], out: Path) -> None:
    body = []
    for n, page in enumerate(pages):
        if n:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        body.extend(_block(b) for b in page.blocks)
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="851" w:right="1134" w:bottom="851" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W}><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps keep the archive byte-identical across runs.
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
