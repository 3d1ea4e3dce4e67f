"""Ground-truth text of a page, in the reading order the expected outputs use:
blocks top to bottom, table cells row by row and left to right, each cell's
text on its own line(s).  It is derived from the same page model that is
printed, so it is exactly what the page shows."""
from __future__ import annotations

from .markup import Block, Page


def page_text(page: Page) -> str:
    out: list[str] = []
    for block in page.blocks:
        out.extend(block_lines(block))
    return "\n".join(out)


def block_lines(block: Block) -> list[str]:
    if block.kind == "gap":
        return []
    if block.kind == "fields":
        return [" ".join(f"{label} {value}".strip() for label, value in block.fields)]
    if block.kind in ("table", "grid"):
        lines: list[str] = []
        for row in block.rows:
            for cell in row.cells:
                if cell is not None:
                    lines.extend(line for line in cell.lines if line)
        return lines
    return [line for line in block.lines if line]


def page_tables(page: Page) -> list[dict]:
    """The page's ruled tables (`@table`; borderless `@grid` layouts are prose), in the shape of the
    extraction output's `pages[].tables` without boxes: each cell's text is its lines joined by
    newlines, merged cells carry their spans.  Lets `docingest eval` score table cells apart from prose."""
    tables = []
    for block in page.blocks:
        if block.kind != "table":
            continue
        cells = []
        for r, row in enumerate(block.rows):
            for c, cell in enumerate(row.cells):
                if cell is None:
                    continue
                cells.append({"row": r, "column": c, "rowSpan": cell.rowspan, "columnSpan": cell.colspan,
                              "text": "\n".join(line for line in cell.lines if line)})
        tables.append({"rows": len(block.rows), "columns": len(block.widths), "cells": cells})
    return tables
