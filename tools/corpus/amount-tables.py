#!/usr/bin/env python3
"""Tuning pages of ruled amount tables the real tuning pages lack (issue 15): columns of baht amounts below zero (a minus
before them or brackets around them) and of whole baht without decimals, in Thai and in Arabic digits, set in eight
fonts no held-out corpus page uses (TLWG and Noto cuts; the held-out files print TH Sarabun, SarabunIT๙, Angsana, Cordia,
Browallia, Arial). Chromium prints one table a page to OUT/synth-amounts.pdf, whose text layer and ruled grid are the
truth `docingest eval-corpus` scores cells against; each page is degraded in the corpus profiles taken in turn
(prepare.py's `degrade`), listed in OUT/manifest.json as a tuning page. Everything comes from the seed: a rerun gives
the same amounts and captures.

    tools/corpus/amount-tables.py [--out out/corpus-amounts] [--seed 26]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth_tables  # noqa: E402

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FONTS = ["Norasi", "Kinnari", "Garuda", "Loma", "Arundina Serif", "Noto Serif Thai", "Umpush", "Noto Sans Thai"]
ITEMS = ["ค่าตอบแทนคณะกรรมการ", "ค่าใช้สอย", "ค่าวัสดุสำนักงาน", "ค่าสาธารณูปโภค", "ค่าครุภัณฑ์คอมพิวเตอร์",
         "ค่าจ้างเหมาบริการ", "เงินอุดหนุนโครงการ", "ค่าเช่าทรัพย์สิน", "ค่าซ่อมแซมอาคาร", "ค่าน้ำมันเชื้อเพลิง",
         "ค่าเบี้ยเลี้ยงเดินทาง", "ค่าอาหารว่าง", "ค่าไฟฟ้า", "ค่าโทรศัพท์", "ค่าจัดฝึกอบรม", "เงินยืมทดรองราชการ",
         "ค่าถ่ายเอกสาร", "ค่าประชาสัมพันธ์"]
STYLE = """@page{size:A4;margin:18mm} table{border-collapse:collapse;width:100%}
td{border:1px solid #000;padding:3px 6px} td:nth-child(n+3){text-align:right} p{margin:0 0 8pt 0}"""


def amount(rng: random.Random, decimals: bool, negative: str | None) -> str:
    """An amount of three to seven whole digits, with satang or not, below zero now and then in the given style."""
    value = rng.choice([rng.randint(100, 9999), rng.randint(10000, 999999), rng.randint(1000000, 9999999)])
    text = f"{value:,}"
    if decimals:
        text += "." + (f"{rng.randint(0, 99):02d}" if rng.random() < 0.5 else "00")
    if negative and rng.random() < 0.4:
        text = f"({text})" if negative == "brackets" else f"-{text}"
    return text


def table_page(rng: random.Random, number: int, font: str, thai: bool, decimals: bool, negative: str | None) -> str:
    rows = []
    for item in range(1, rng.randint(12, 16) + 1):
        cells = [str(item), rng.choice(ITEMS), amount(rng, decimals, None), amount(rng, decimals, negative),
                 amount(rng, decimals, negative)]
        if thai:
            cells = [c.translate(THAI_DIGITS) for c in cells]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    unit = "บาท" if decimals else "บาท (ไม่มีสตางค์)"
    head = f"<tr><td>ลำดับ</td><td>รายการ</td><td>งบประมาณ ({unit})</td><td>ผลต่าง</td><td>คงเหลือ</td></tr>"
    year = "๒๕๖๗" if thai else "2567"
    return (f'<section style="page-break-after:always;font-family:\'{font}\';font-size:{rng.choice([15, 16, 17])}pt">'
            f"<p>ตารางที่ {number} รายงานผลการใช้จ่ายงบประมาณ ประจำปี {year}</p><table>{head}{''.join(rows)}</table></section>")


def write_pdf(pdf: Path, seed: int) -> None:
    """Two tables a font (Thai digits, then Arabic), taken in turn: in brackets below zero, no amount below zero, whole
    baht below zero with a minus or in brackets (whole baht every third table, satang in the others)."""
    rng = random.Random(seed)
    pages = []
    for index in range(2 * len(FONTS)):
        number = index + 1
        negative = {1: "brackets", 2: None}[number % 3] if number % 3 else rng.choice(["minus", "brackets"])
        pages.append(table_page(rng, number, FONTS[index // 2], thai=index % 2 == 0, decimals=number % 3 != 0,
                                negative=negative))
    synth_tables.print_pdf(pdf, STYLE, pages)


def main() -> int:
    return synth_tables.main(__doc__, "amount-tables", "synth-amounts", "out/corpus-amounts", 26, 2, write_pdf)


if __name__ == "__main__":
    sys.exit(main())
