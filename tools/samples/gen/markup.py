"""Parser for the page markup that the sample documents are written in.

The markup is line based so that a person can check, page by page, exactly which
text ends up on which printed page.  Grammar (one block per line):

    === page              starts a new page (the first page needs one too)
    # TEXT                document title, large bold, centred (e.g. บันทึกข้อความ)
    ## TEXT               bold centred line
    ### TEXT              bold left heading (เรื่องเดิม, ข้อเท็จจริง ...)
    @f LABEL|VALUE        header field with a bold label; several on one line: A|a || B|b
    > TEXT                paragraph with the official first-line indent
    >> TEXT               paragraph indented as a whole (list items)
    @c TEXT               centred plain line
    @r TEXT               right-aligned line (page continuation notes "/ มาตรการ...")
    @gap N                N empty lines of vertical space
    @sig                  signature block: following lines until @end, centred in the right half
    @table W1,W2,...      ruled table (column widths in %), rows until @end
    @grid W1,W2,...       borderless layout table, same row syntax
    TEXT                  plain paragraph, no indent

Table rows: cells separated by "|" (a leading "|" means an empty first cell); a row starting with "! " is a header row.
Inside a cell " // " breaks the line.  A cell that is exactly "^" continues the
cell above (vertical merge), exactly "<" continues the cell to its left
(horizontal merge), exactly "#" is an empty cell shaded grey (a Gantt chart's
marked month or quarter).  Empty lines and lines starting with "%" (comments) are ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Cell:
    """One table cell; lines are printed one under the other."""
    lines: list[str]
    rowspan: int = 1
    colspan: int = 1
    shaded: bool = False


@dataclass
class Row:
    cells: list[Cell | None]  # None = covered by a merge from above or the left
    header: bool = False


@dataclass
class Block:
    """One printable block.  kind is one of: title, center-bold, heading, fields,
    para-indent, para-block, center, right, gap, sig, table, grid, para."""
    kind: str
    lines: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    size: int = 0


@dataclass
class Page:
    blocks: list[Block] = field(default_factory=list)


class MarkupError(ValueError):
    """Raised with file and line number when the markup is malformed."""


def parse(text: str, source_name: str = "<markup>") -> list[Page]:
    """Parses markup text into pages of blocks."""
    pages: list[Page] = []
    lines = text.splitlines()
    i = 0

    def fail(message: str) -> MarkupError:
        return MarkupError(f"{source_name}:{i + 1}: {message}")

    while i < len(lines):
        raw = lines[i].rstrip()
        i += 1
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("=== page"):
            pages.append(Page())
            continue
        if not pages:
            raise fail("content before the first '=== page'")
        page = pages[-1]
        if line in ("@sig",) or line.startswith("@table") or line.startswith("@grid"):
            body: list[str] = []
            while i < len(lines) and lines[i].strip() != "@end":
                if lines[i].strip() and not lines[i].strip().startswith("%"):
                    body.append(lines[i].strip())
                i += 1
            if i >= len(lines):
                raise fail("block not closed with @end")
            i += 1
            if line == "@sig":
                page.blocks.append(Block("sig", lines=body))
            else:
                kind, _, spec = line[1:].partition(" ")
                widths = [float(w) for w in spec.split(",")] if spec.strip() else []
                page.blocks.append(Block(kind, widths=widths, rows=_parse_rows(body, len(widths), fail)))
            continue
        page.blocks.append(_parse_line(line, fail))
    return pages


def _parse_line(line: str, fail) -> Block:
    if line.startswith("### "):
        return Block("heading", lines=[line[4:].strip()])
    if line.startswith("## "):
        return Block("center-bold", lines=[line[3:].strip()])
    if line.startswith("# "):
        return Block("title", lines=[line[2:].strip()])
    if line.startswith(">> "):
        return Block("para-block", lines=[line[3:].strip()])
    if line.startswith("> "):
        return Block("para-indent", lines=[line[2:].strip()])
    if line.startswith("@f "):
        fields = []
        for part in line[3:].split(" || "):
            label, sep, value = part.partition("|")
            if not sep:
                raise fail("header field needs LABEL|VALUE")
            fields.append((label.strip(), value.strip()))
        return Block("fields", fields=fields)
    if line.startswith("@c "):
        return Block("center", lines=[line[3:].strip()])
    if line.startswith("@r "):
        return Block("right", lines=[line[3:].strip()])
    if line.startswith("@gap"):
        return Block("gap", size=int(line[4:].strip() or "1"))
    if line.startswith("@"):
        raise fail(f"unknown directive {line.split()[0]}")
    return Block("para", lines=[line])


def _parse_rows(body: list[str], column_count: int, fail) -> list[Row]:
    rows: list[Row] = []
    for text in body:
        header = text.startswith("! ")
        if header:
            text = text[2:]
        parts = [p.strip() for p in re.split(r"\s*\|\s*", text)]
        if len(parts) != column_count:
            raise fail(f"row has {len(parts)} cells, table has {column_count} columns: {text[:60]}")
        cells: list[Cell | None] = []
        for col, part in enumerate(parts):
            if part == "^":
                owner = _owner_above(rows, col, fail)
                owner.rowspan += 1
                cells.append(None)
            elif part == "<":
                owner = _owner_left(cells, col, fail)
                owner.colspan += 1
                cells.append(None)
            elif part == "#":
                cells.append(Cell([], shaded=True))
            else:
                cells.append(Cell([s.strip() for s in part.split(" // ")] if part else []))
        rows.append(Row(cells, header))
    return rows


def _owner_above(rows: list[Row], col: int, fail) -> Cell:
    for row in reversed(rows):
        cell = row.cells[col]
        if cell is not None:
            return cell
    raise fail("'^' with no cell above")


def _owner_left(cells: list[Cell | None], col: int, fail) -> Cell:
    for cell in reversed(cells[:col]):
        if cell is not None:
            return cell
    raise fail("'<' with no cell to the left")
