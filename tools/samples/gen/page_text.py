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
