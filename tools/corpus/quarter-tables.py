#!/usr/bin/env python3
"""Tuning pages of ruled project tables whose period is a row of lone quarter numbers (issue 15): a header row naming
the years, under each year a row of cells holding ๑ ๒ ๓ ๔ alone (a Gantt chart's quarters, as plans print them), then
project rows with a budget and a target, a dot in the quarters each runs. The real tuning pages hold no such row (their
charts title a quarter "ไตรมาส ๑"), so a lone digit misread there has no column of numbers around it, only its row.
Set in the eight fonts `amount-tables.py` uses (none a held-out page uses), one portrait table a page; Chromium prints
them to OUT/synth-quarters.pdf, whose text layer and ruled grid are the truth `docingest eval-corpus` scores cells
against; each page is degraded in the corpus profiles taken in turn (prepare.py's `degrade`) and listed in
OUT/manifest.json as a tuning page. Everything comes from the seed. (Landscape pages with grey-shaded quarters were
tried first: the grid was found on two of eight.)

    tools/corpus/quarter-tables.py [--out out/corpus-quarters] [--seed 27]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth_tables  # noqa: E402

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FONTS = ["Norasi", "Kinnari", "Garuda", "Loma", "Arundina Serif", "Noto Serif Thai", "Umpush", "Noto Sans Thai"]
PROJECTS = ["ส่งเสริมคุณธรรมในองค์กร", "อบรมจริยธรรมบุคลากร", "เผยแพร่ประมวลจริยธรรม", "ประเมินความโปร่งใส",
            "พัฒนาเครือข่ายเฝ้าระวัง", "จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน", "ยกย่องบุคคลต้นแบบ", "รับฟังความคิดเห็นประชาชน"]
STYLE = """@page{size:A4;margin:12mm} table{border-collapse:collapse;width:100%}
td{border:1px solid #000;padding:3px 4px;text-align:center} td.left{text-align:left} td.on{font-size:70%}
p{margin:0 0 8pt 0}"""


def table_page(rng: random.Random, number: int, font: str) -> str:
    """Three to five years of four quarters each, over six to nine project rows with a dot in each running quarter."""
    first = rng.choice([2565, 2566, 2567])
    years = rng.randint(3, 5)
    quarters = 4 * years

    def thai(value: object) -> str:
        return str(value).translate(THAI_DIGITS)

    head = (f'<tr><td rowspan="3">ที่</td><td rowspan="3">โครงการ/กิจกรรม</td><td colspan="{quarters}">กรอบระยะเวลา</td>'
            '<td rowspan="3">งบประมาณ<br>(ล้านบาท)</td><td rowspan="3">เป้าหมาย</td></tr>')
    head += "<tr>" + "".join(f'<td colspan="4">{thai(first + y)}</td>' for y in range(years)) + "</tr>"
    head += "<tr>" + "".join(f"<td>{thai(q + 1)}</td>" for _ in range(years) for q in range(4)) + "</tr>"
    rows = []
    for item in range(1, rng.randint(6, 9) + 1):
        start = rng.randrange(quarters)
        end = min(quarters, start + rng.randint(1, 6))
        chart = "".join('<td class="on">●</td>' if start <= q < end else "<td></td>" for q in range(quarters))
        budget = thai(f"{rng.randint(1, 40)}.{rng.randint(0, 9)}")
        rows.append(f'<tr><td>{thai(item)}</td><td class="left">{rng.choice(PROJECTS)}</td>{chart}'
                    f"<td>{budget}</td><td>{thai(rng.randint(1, 20))} แห่ง</td></tr>")
    return (f'<section style="page-break-after:always;font-family:\'{font}\';font-size:{rng.choice([12, 13, 14])}pt">'
            f"<p>ตารางที่ {thai(number)} แผนการดำเนินงาน ปีงบประมาณ พ.ศ. {thai(first)}-{thai(first + years - 1)}</p>"
            f"<table>{head}{''.join(rows)}</table></section>")


def write_pdf(pdf: Path, seed: int) -> None:
    """One table a font."""
    rng = random.Random(seed)
    pages = [table_page(rng, index + 1, font) for index, font in enumerate(FONTS)]
    synth_tables.print_pdf(pdf, STYLE, pages)


def main() -> int:
    return synth_tables.main(__doc__, "quarter-tables", "synth-quarters", "out/corpus-quarters", 27, 1, write_pdf)


if __name__ == "__main__":
    sys.exit(main())
