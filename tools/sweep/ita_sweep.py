"""ITA result sweep: short ITA passages from a grammar of real wordings, set in every Thai font we can get and
degraded as the held-out scans are, with the expected results generated from the grammar.

    python3 tools/sweep/ita_sweep.py generate [--out out/sweep-ita]      # sources, fonts, rendered files
    python3 tools/sweep/ita_sweep.py score [--out out/sweep-ita] --results DIR [--json FILE]

`generate` writes OUT/sources/{pages,expected,manifest.json} (the sample generator's markup, tools/samples/gen) and
renders them into OUT (npm @fontsource fonts installed into OUT/node_modules, Debian's fonts by family name).
`score` reads `docingest extract`'s NAME.json in DIR and prints, per font split (sweep-tune / sweep-held-out), per font
and per degradation, how many expected results were found with the right score, grade and year, and lists each miss
with its cause. Everything is deterministic (one seed); fonts are split once, by name, into tune and held-out.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = 16_2026

# Fonts the held-out documents use: never in the sweep.
HELD_OUT_DOCUMENT_FONTS = {"sarabun", "niramit", "k2d", "krub", "chakra-petch", "bai-jamjuree", "kodchasan"}
# npm @fontsource packages (option font=) and Debian families (option font-family=).
NPM_FONTS = ["pridi", "taviraj", "trirong", "athiti", "mitr", "maitree", "kanit", "prompt", "koho", "fahkwang", "mali",
             "charm", "charmonman", "sriracha", "chonburi", "pattaya", "anuphan", "ibm-plex-sans-thai"]
NPM_VERSIONS = {"athiti": "5.2.8", "charm": "5.2.7", "charmonman": "5.2.7"}
DEBIAN_FONTS = ["Garuda", "Kinnari", "Laksaman", "Loma", "Norasi", "Purisa", "Sawasdee", "Tlwg Typist", "Tlwg Typo",
                "Umpush", "Waree", "Noto Sans Thai", "Noto Serif Thai", "Noto Looped Thai", "Arundina Sans",
                "Arundina Serif"]

# The degradations of the held-out README, each a sample-generator scan profile.
DEGRADATIONS = {
    "fax": lambda r: {"format": "png", "dpi": 200, "profile": {
        "min_angle": 0.2, "max_angle": 1.2, "blur": 0.8, "noise": 0.3, "paper_gray": 0.93,
        "coarse_dpi": r.choice([100, 115, 130, 150]), "specks": 0.001}},
    "jpeg": lambda r: {"format": "jpeg", "dpi": 200, "jpegQuality": r.choice([35, 40, 45]), "profile": {
        "min_angle": 0.5, "max_angle": 2.0, "blur": r.choice([0.9, 1.1, 1.3]), "noise": 0.35,
        "uneven_background": True, "paper_gray": 0.9}},
    "photocopy": lambda r: {"format": "tiff-gray", "dpi": 300, "jpegQuality": 55, "profile": {
        "min_angle": 0.3, "max_angle": 1.5, "blur": 1.0, "noise": 0.3, "uneven_background": True,
        "paper_gray": 0.92, "thicken": 1}},
    "g4specks": lambda r: {"format": "tiff-g4", "dpi": 300, "profile": {
        "min_angle": 0.3, "max_angle": 1.5, "blur": 0.8, "noise": 0.3, "paper_gray": 0.93,
        "specks": r.choice([0.002, 0.004])}},
}

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AGENCIES = ["โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง", "สำนักงานสาธารณสุขอำเภอโพนทอง", "องค์การบริหารส่วนตำบลนาดี",
            "เทศบาลตำบลหนองบัวแดง", "โรงพยาบาลชุมชนเขาสวนกวาง", "องค์การบริหารส่วนตำบลห้วยยาง", "เทศบาลตำบลบ้านเหล่า",
            "สำนักงานสาธารณสุขอำเภอกุดจับ"]
BANDS = [("AA", 95.0, 99.9), ("A", 85.0, 94.99), ("B", 75.0, 84.99), ("C", 65.0, 74.99), ("D", 55.0, 64.99),
         ("E", 50.0, 54.99), ("F", 38.0, 49.99)]
INDICATORS = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต"]


def band(score: float) -> str:
    return next(grade for grade, low, _ in BANDS if score >= low) if score >= BANDS[-1][1] else "F"


def fonts() -> list[tuple[str, str]]:
    """(kind, name) of every sweep font: npm packages and Debian families."""
    return [("npm", f) for f in NPM_FONTS if f not in HELD_OUT_DOCUMENT_FONTS] + [("debian", f) for f in DEBIAN_FONTS]


def font_split() -> dict[str, str]:
    """Each font's split, chosen once: a third of the fonts (seeded shuffle of the sorted names) is sweep-held-out."""
    names = sorted(name for _, name in fonts())
    rng = random.Random(SEED)
    rng.shuffle(names)
    held = set(names[: len(names) // 3])
    return {n: ("sweep-held-out" if n in held else "sweep-tune") for n in names}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Passage:
    """One half page: a heading naming the prepared year, result sentences, sometimes a small ruled year table."""

    def __init__(self, rng: random.Random, thai: bool):
        self.rng, self.thai = rng, thai
        self.results: dict[int, tuple[float, str | None]] = {}
        self.lines: list[str] = []

    def n(self, value) -> str:
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        return text.translate(THAI_DIGITS) if self.thai else text

    def result(self, year: int, graded: bool = True) -> tuple[str, str, str]:
        """A new result of `year`: (score, grade, verdict) as printed; remembered as expected."""
        grade, low, high = self.rng.choice(BANDS)
        score = round(self.rng.uniform(low, high), 2)
        self.results[year] = (score, grade if graded else None)
        verdict = "ผ่านเกณฑ์" if score >= 85 else "ไม่ผ่านเกณฑ์"
        return self.n(score), grade, verdict

    def year_cue(self, year: int) -> str:
        return self.rng.choice(["ปีงบประมาณ พ.ศ. {}", "ปีงบประมาณ {}", "ปี พ.ศ. {}", "ปี {}", "ปีงบประมาณ พ.ศ.{}"]).format(self.n(year))


def sentence(p: Passage, year: int, agency: str) -> str:
    """One result sentence in one of the wordings agencies use (score before or after its grade, other cues)."""
    r = p.rng
    form = r.randrange(12)
    y = p.year_cue(year)
    if form == 10:
        s, _, verdict = p.result(year, graded=False)
        return f"ใน{y} {agency}ได้คะแนน {s} คะแนน {verdict}"
    s, g, verdict = p.result(year)
    return [
        f"ใน{y} {agency}ได้คะแนน {s} คะแนน อยู่ในระดับ {g}",
        f"ผลการประเมิน ITA {y} มีผลคะแนน {s} คะแนน ซึ่งอยู่ในระดับ {g} {verdict}",
        f"{y} ได้คะแนนรวม {s} คะแนน ระดับ {g}",
        f"ผลคะแนน ITA {y} เท่ากับ {s} คะแนน ผลการประเมินอยู่ในระดับ {g}",
        f"ใน{y} ได้ {s} คะแนน ได้เกรด {g} {verdict}",
        f"ใน{y} ได้ {s} คะแนน (เกรด {g})",
        f"ใน{y} ได้ {s} คะแนน ผลการประเมิน {g} {verdict}",
        f"ใน{y} {agency}ได้รับผลการประเมินระดับ {g} ด้วยคะแนน {s} คะแนน",
        f"ใน{y} อยู่ในระดับ {g} ({s} คะแนน)",
        f"ผลการประเมิน{y} ได้ระดับ {g} มีคะแนน {s} คะแนน",
        None,
        f"ใน{y} มีผลคะแนน ITA {s} คะแนน ผลการประเมินอยู่ในระดับ {g}",
    ][form]


def two_years(p: Passage, first: int, second: int, agency: str) -> str:
    """A sentence naming two years, each with its own result, or the prepared year and the scored one."""
    form = p.rng.randrange(3)
    if form == 0:
        s, g, _ = p.result(first)
        return (f"เพื่อเตรียมความพร้อมในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {p.n(second + 1)} {agency}ได้วิเคราะห์ผลการประเมิน"
                f"ปีงบประมาณ พ.ศ. {p.n(first)} ซึ่งได้คะแนน {s} คะแนน อยู่ในระดับ {g}")
    s1, g1, _ = p.result(first)
    s2, g2, _ = p.result(second)
    if form == 1:
        return (f"ผลการประเมินปีงบประมาณ พ.ศ. {p.n(first)} ได้ {s1} คะแนน ระดับ {g1} "
                f"ส่วนปีงบประมาณ พ.ศ. {p.n(second)} ได้ {s2} คะแนน ระดับ {g2}")
    return f"ในปี {p.n(second)} ได้คะแนน {s2} คะแนน (ระดับ {g2}) เมื่อเทียบกับปี {p.n(first)} ที่ได้ {s1} คะแนน (ระดับ {g1})"


def table(p: Passage, years: list[int]) -> list[str]:
    """A small ruled table of years; years already given a result in a sentence keep it."""
    head = p.rng.choice(["! ปีงบประมาณ|คะแนน|ระดับ|ผลการประเมิน", "! พ.ศ.|คะแนน ITA|ระดับผลการประเมิน|ผ่าน/ไม่ผ่าน",
                         "! ปีงบประมาณ พ.ศ.|คะแนนที่ได้|ระดับ|ผล"])
    rows = ["@table 25,25,25,25", head]
    for year in years:
        if year not in p.results:
            p.result(year)
        elif p.results[year][1] is None:
            # A year whose sentence gave only a verdict: the table prints its grade.
            p.results[year] = (p.results[year][0], band(p.results[year][0]))
        score, grade = p.results[year]
        rows.append(f"{p.n(year)}|{p.n(score)}|{grade}|{'ผ่าน' if score >= 85 else 'ไม่ผ่าน'}")
    rows.append("@end")
    return rows


def passage(name: str, font: tuple[str, str]) -> tuple[str, dict]:
    """The markup of one passage and its expected documents."""
    rng = random.Random(zlib.crc32(f"{SEED}:{name}".encode()))
    p = Passage(rng, thai=rng.random() < 0.65)
    agency = rng.choice(AGENCIES)
    latest = rng.randrange(2563, 2568)
    prepared = latest + 1
    kind, family = font
    out = [f"% Generated by tools/sweep/ita_sweep.py (seed {SEED}); not hand-written.",
           f"%option {'font' if kind == 'npm' else 'font-family'}={family}", "%option font-size=15pt", "=== page",
           "## ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
           f"## {agency} ปีงบประมาณ พ.ศ. {p.n(prepared)}"]
    years = [latest - k for k in range(rng.choice([2, 3]))]
    body = []
    order = rng.sample(years, len(years))
    if len(order) >= 2 and rng.random() < 0.4:
        body.append("> " + two_years(p, min(order[:2]), max(order[:2]), agency))
        order = order[2:]
    for year in order:
        body.append("> " + sentence(p, year, agency))
    if rng.random() < 0.3:
        # A distractor: an indicator's score with its own wording, and a difference of scores.
        k = rng.randrange(len(INDICATORS))
        body.append(f">> ตัวชี้วัดที่ {p.n(k + 1)} {INDICATORS[k]} ได้ {p.n(round(rng.uniform(70, 99), 2))} คะแนน")
    out += body
    if rng.random() < 0.45:
        out += table(p, sorted(years))
    results = [{"fiscalYear": y, "score": s, "grade": g} for y, (s, g) in sorted(p.results.items(), reverse=True)]
    expected = {"documents": [{
        "kind": "ita-analysis", "pageStart": 1, "pageEnd": 1,
        "title": f"ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน {agency} ปีงบประมาณ พ.ศ. {p.n(prepared)}",
        "organization": agency, "fiscalYear": prepared, "orderNumber": None, "sections": [], "measures": [],
        "indicators": [], "itaResults": results, "members": [], "signatures": []}]}
    return "\n".join(out) + "\n", expected


# ---- the wider grammar: layouts the one-page passages never print ------------------------------------------------

# The ten indicators, numbered as the assessment numbers them, and the tool each belongs to.
ALL_INDICATORS = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
                  "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล",
                  "การป้องกันการทุจริต"]
TOOLS = [("IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", range(0, 5)),
         ("EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", range(5, 8)),
         ("OIT", "แบบวัดการเปิดเผยข้อมูลสาธารณะ", range(8, 10))]
# A grade in words, by band (the wording some agencies print instead of the letter; no letter is expected then).
WORDS = {"AA": "ดีเยี่ยม", "A": "ดีมาก", "B": "ดี", "C": "พอใช้", "D": "ต้องปรับปรุง", "E": "ต้องปรับปรุง", "F": "ไม่ผ่าน"}
WIDE_KINDS = ["year-table", "agency-table", "indicator-table", "two-years", "grade-words", "bundle", "two-pages"]
HEADS = ["ผู้อำนวยการโรงพยาบาล", "สาธารณสุขอำเภอ", "นายกองค์การบริหารส่วนตำบล", "ปลัดเทศบาล"]
SIGNERS = [("นางสาวอรทัย วงศ์ไชย", "นักจัดการงานทั่วไปชำนาญการ"), ("นายธนกร ใจมั่น", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
           ("นางพิมพ์ใจ ศรีสุข", "เจ้าพนักงานธุรการชำนาญงาน")]


class Wide(Passage):
    """A passage of the wider grammar: results and indicators it expects, per document (pages)."""

    def __init__(self, rng: random.Random, thai: bool):
        super().__init__(rng, thai)
        self.listed: list[dict] = []
        self.indicators: list[dict] = []

    def scored(self, year: int, grade: bool = True, low: float = 38.0) -> tuple[float, str]:
        """A new score of `year` (printed later), its band; expected with its grade, or without one."""
        g, lo, hi = self.rng.choice([b for b in BANDS if b[2] >= low])
        value = round(self.rng.uniform(max(lo, low), hi), 2)
        self.listed.append({"fiscalYear": year, "score": value, "grade": g if grade else None})
        return value, g

    def indicator_scores(self, year: int) -> list[float]:
        values = [round(self.rng.uniform(45, 99.9), 2) for _ in ALL_INDICATORS]
        self.indicators = [{"number": k + 1, "name": name, "score": v, "fiscalYear": year}
                           for k, (name, v) in enumerate(zip(ALL_INDICATORS, values))]
        return values


def indicator_table(p: Wide, year: int, total: tuple[float, str] | None) -> list[str]:
    """A ruled table of the ten indicators (number and name | score | grade), sometimes with the tools' rows, a total row."""
    values = p.indicator_scores(year)
    tools = p.rng.random() < 0.5
    rows = ["@table 55,20,25", p.rng.choice(["! ตัวชี้วัด|คะแนน|ระดับ", "! ตัวชี้วัด|คะแนนที่ได้|ระดับผลการประเมิน",
                                             "! ตัวชี้วัดการประเมิน|ร้อยละ|ระดับ"])]
    for code, name, members in TOOLS:
        if tools:
            avg = round(sum(values[k] for k in members) / len(members), 2)
            rows.append(f"{name} ({code})|{p.n(avg)}|{band(avg)}")
        for k in members:
            rows.append(f"{p.n(k + 1)}. {ALL_INDICATORS[k]}|{p.n(values[k])}|{band(values[k])}")
    if total:
        rows.append(f"{p.rng.choice(['คะแนนรวม', 'คะแนนภาพรวม', 'ผลการประเมินภาพรวม'])}|{p.n(total[0])}|{total[1]}")
    rows.append("@end")
    return rows


def indicator_lines(p: Wide, year: int) -> list[str]:
    """The ten indicators as lines under their tools' headings (a real analysis's layout)."""
    values = p.indicator_scores(year)
    out = []
    for code, name, members in TOOLS:
        out.append(f"> {name} ({code})")
        for k in members:
            out.append(p.rng.choice([">> ตัวชี้วัดที่ {n} {name} ได้ {s} คะแนน", ">> {n}. {name} {s} คะแนน",
                                     ">> ตัวชี้วัดที่ {n} {name} ร้อยละ {s}"]).format(n=p.n(k + 1), name=ALL_INDICATORS[k], s=p.n(values[k])))
    return out


def wide_body(p: Wide, kind: str, agency: str, latest: int) -> list[list[str]]:
    """The pages (markup lines after the heading) of one wider passage."""
    r = p.rng
    y = p.n
    if kind == "year-table":
        years = [latest - k for k in range(r.choice([3, 4]))][::-1]
        head = r.choice(["! ปีงบประมาณ|คะแนน|ระดับ|ผลการประเมิน", "! ปี พ.ศ.|คะแนน ITA|ระดับ|ผลการประเมิน",
                         "! ปีงบประมาณ พ.ศ.|คะแนนรวม|ระดับคะแนน|ผลการประเมิน", "! ปีที่ประเมิน|คะแนน|ผลการประเมิน|ระดับ"])
        lines = [f"> ผลการประเมินคุณธรรมและความโปร่งใสของ{agency}ย้อนหลัง {y(len(years))} ปี เป็นดังนี้", "@table 30,25,20,25", head]
        verdict_first = head.endswith("|ระดับ")
        for year in years:
            s, g = p.scored(year)
            verdict = "ผ่าน" if s >= 85 else "ไม่ผ่าน"
            cell = r.choice([y(year), f"ปีงบประมาณ {y(year)}", f"พ.ศ. {y(year)}"])
            lines.append(f"{cell}|{y(s)}|{verdict}|{g}" if verdict_first else f"{cell}|{y(s)}|{g}|{verdict}")
        return [lines + ["@end", f"> จากตารางพบว่าคะแนนมีแนวโน้ม{'เพิ่มขึ้น' if r.random() < 0.5 else 'ลดลง'} ซึ่งหน่วยงานจะนำไปปรับปรุงต่อไป"]]
    if kind == "agency-table":
        names = r.sample(AGENCIES, r.choice([3, 4]))
        lines = [f"> ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {y(latest)} ของหน่วยงานในพื้นที่ เป็นดังนี้", "@table 10,50,20,20",
                 r.choice(["! ลำดับ|หน่วยงาน|คะแนน|ระดับ", "! ที่|ชื่อหน่วยงาน|คะแนนที่ได้|ผลการประเมิน"])]
        for k, name in enumerate(names):
            s, g = p.scored(latest)
            lines.append(f"{y(k + 1)}|{name}|{y(s)}|{g}")
        return [lines + ["@end"]]
    if kind == "indicator-table":
        s, g = p.scored(latest)
        lines = [f"> ผลการประเมิน ITA ของ{agency} ประจำปีงบประมาณ พ.ศ. {y(latest)} " +
                 (f"ได้คะแนน {y(s)} คะแนน อยู่ในระดับ {g} รายละเอียดรายตัวชี้วัดดังตาราง" if r.random() < 0.5 else "รายละเอียดดังตาราง")]
        return [lines + indicator_table(p, latest, (s, g))]
    if kind == "two-years":
        before = latest - 1
        s2, g2 = p.scored(latest, grade=False)
        s1, g1 = p.scored(before, grade=False)
        form = r.randrange(4)
        if form == 0:
            text = (f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {y(latest)} ได้คะแนน {y(s2)} คะแนน "
                    f"{'เพิ่มขึ้น' if s2 > s1 else 'ลดลง'}จากปีงบประมาณ พ.ศ. {y(before)} ที่ได้คะแนน {y(s1)} คะแนน")
        elif form == 1:
            p.listed[-2]["grade"], p.listed[-1]["grade"] = g2, g1
            text = (f"ในปีงบประมาณ พ.ศ. {y(latest)} {agency}ได้คะแนน {y(s2)} คะแนน ระดับ {g2} "
                    f"เมื่อเทียบกับปีงบประมาณ พ.ศ. {y(before)} ซึ่งได้ {y(s1)} คะแนน ระดับ {g1} "
                    f"คะแนนต่างกัน {y(round(abs(s2 - s1), 2))} คะแนน")
        elif form == 2:
            text = f"คะแนน ITA ปีงบประมาณ พ.ศ. {y(before)} และ {y(latest)} เท่ากับ {y(s1)} และ {y(s2)} คะแนน ตามลำดับ"
        else:
            p.listed[-2]["grade"], p.listed[-1]["grade"] = g2, g1
            text = (f"ผลการประเมินปี {y(before)} ได้ {y(s1)} คะแนน (ระดับ {g1}) และปี {y(latest)} ได้ {y(s2)} คะแนน "
                    f"(ระดับ {g2}) ซึ่งหน่วยงานจะนำไปจัดทำมาตรการในปีงบประมาณ พ.ศ. {y(latest + 1)}")
        return [["> " + text]]
    if kind == "grade-words":
        s, g = p.scored(latest, grade=False)
        word = WORDS[g] if r.random() < 0.6 else ("ผ่าน" if s >= 85 else "ไม่ผ่าน")
        text = r.choice([f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {y(latest)} ได้คะแนน {y(s)} คะแนน อยู่ในระดับ{word}",
                         f"ในปีงบประมาณ พ.ศ. {y(latest)} {agency}มีผลคะแนน {y(s)} คะแนน ผลการประเมินระดับ {word}",
                         f"ปีงบประมาณ พ.ศ. {y(latest)} ได้รับผลการประเมินระดับ{word} ด้วยคะแนน {y(s)} คะแนน"])
        return [["> " + text]]
    if kind == "bundle":
        s, g = p.scored(latest)
        head = r.choice(HEADS)
        name, role = r.choice(SIGNERS)
        memo = ["# บันทึกข้อความ", f"@f ส่วนราชการ|{agency}", f"@f ที่|{y(str(r.randrange(10, 99)).zfill(4))}.{y(r.randrange(100, 999))}/{y(r.randrange(10, 400))} || วันที่|{y(r.randrange(1, 28))} พฤศจิกายน {y(latest)}",
                "@f เรื่อง|รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส", f"@f เรียน|{head}",
                f"> ตามที่ {agency}ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {y(latest)} "
                f"และได้รับผลการประเมิน {y(s)} คะแนน อยู่ในระดับ {g} นั้น",
                f"> ได้วิเคราะห์ผลการประเมินรายตัวชี้วัดเพื่อใช้จัดทำมาตรการในปีงบประมาณ พ.ศ. {y(latest + 1)} รายละเอียดตามสิ่งที่ส่งมาด้วย",
                "> จึงเรียนมาเพื่อโปรดทราบ", "@gap 1", "@sig", f"({name})", role, "@end"]
        analysis = ["## ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
                    f"## {agency} ปีงบประมาณ พ.ศ. {y(latest)}",
                    f"> {agency}ได้รับผลการประเมินในระดับ {g} ด้วยคะแนน {y(s)} คะแนน ผลคะแนนรายตัวชี้วัดเป็นดังนี้"]
        analysis += indicator_lines(p, latest) if r.random() < 0.5 else indicator_table(p, latest, None)
        return [memo, analysis]
    # two-pages: the indicators on page one, the overall results on page two under a heading without a year.
    first = [f"> ผลการประเมิน ITA ของ{agency} ประจำปีงบประมาณ พ.ศ. {y(latest)} แยกรายตัวชี้วัดได้ดังนี้"] + indicator_lines(p, latest)
    s, g = p.scored(latest)
    s0, g0 = p.scored(latest - 1)
    second = ["### สรุปผลการประเมินภาพรวม",
              f"> ผลการประเมินในภาพรวมได้คะแนน {y(s)} คะแนน อยู่ในระดับ {g} "
              f"เมื่อเทียบกับปีงบประมาณ พ.ศ. {y(latest - 1)} ซึ่งได้คะแนน {y(s0)} คะแนน ระดับ {g0}",
              f"> หน่วยงานจะนำผลการวิเคราะห์ไปจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. {y(latest + 1)}"]
    return [first, second]


def wide_passage(name: str, font: tuple[str, str], kind: str) -> tuple[str, dict]:
    """The markup of one wider passage (one or two pages) and its expected documents."""
    rng = random.Random(zlib.crc32(f"{SEED}:{name}".encode()))
    p = Wide(rng, thai=rng.random() < 0.65)
    agency = rng.choice(AGENCIES)
    latest = rng.randrange(2563, 2568)
    family_kind, family = font
    head = [f"% Generated by tools/sweep/ita_sweep.py (seed {SEED}, wider grammar: {kind}); not hand-written.",
            f"%option {'font' if family_kind == 'npm' else 'font-family'}={family}", "%option font-size=15pt"]
    title = ["## ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", f"## {agency} ปีงบประมาณ พ.ศ. {p.n(latest + 1)}"]
    pages = wide_body(p, kind, agency, latest)
    if kind != "bundle":
        pages[0] = title + pages[0]
    markup = "\n".join(head) + "\n" + "".join("=== page\n" + "\n".join(page) + "\n" for page in pages)
    document = lambda kind_, start, end, results, indicators: {
        "kind": kind_, "pageStart": start, "pageEnd": end, "title": None, "organization": agency, "fiscalYear": None,
        "orderNumber": None, "sections": [], "measures": [], "indicators": indicators, "itaResults": results,
        "members": [], "signatures": []}
    results = sorted(p.listed, key=lambda r: (-r["fiscalYear"], r["score"]))
    if kind == "bundle":
        docs = [document("memo", 1, 1, results, []), document("ita-analysis", 2, 2, results, p.indicators)]
    else:
        docs = [document("ita-analysis", 1, len(pages), results, p.indicators)]
    return markup, {"documents": docs}


def generate(out: Path, only: str | None = None) -> None:
    """Sources for every file; rendered (and listed in sweep.json) only the `only` group's files when given:
    "passages" (the one-page passages) or "wider" (the wider grammar's files)."""
    sources = out / "sources"
    for sub in ("pages", "expected"):
        (sources / sub).mkdir(parents=True, exist_ok=True)
    split = font_split()
    samples, index = [], []
    names = list(DEGRADATIONS)
    for f_index, font in enumerate(fonts()):
        # Three of the four degradations per font, the one left out rotating with the font. The font's three passages
        # are the pages of one source (one browser print per font), each sample taking one page.
        source = f"ita-{slug(font[1])}"
        header, pages = None, []
        for k, d_index in enumerate([(f_index + k) % len(names) for k in range(3)]):
            degradation = names[d_index]
            name = f"{source}-{degradation}"
            markup, expected = passage(name, font)
            head, _, page = markup.partition("=== page\n")
            header = header or head
            pages.append("=== page\n" + page)
            (sources / "expected" / f"{name}.documents.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            sample = {"name": name, "source": source, "pages": [k + 1],
                      **DEGRADATIONS[degradation](random.Random(zlib.crc32(name.encode())))}
            samples.append(sample)
            index.append({"name": name, "font": font[1], "fontKind": font[0], "degradation": degradation,
                          "split": split[font[1]], "grammar": "passage"})
        # The wider grammar: one more file per font in the degradation its passages left out, a layout chosen in turn
        # (tables, two years, grades in words, a memo bundled with its analysis, an analysis over two pages).
        degradation = names[(f_index + 3) % len(names)]
        kind = WIDE_KINDS[f_index % len(WIDE_KINDS)]
        name = f"{source}-wide-{degradation}"
        markup, expected = wide_passage(name, font, kind)
        wide_pages = markup.partition("=== page\n")[2]
        first = len(pages) + 1
        pages.append("=== page\n" + wide_pages)
        count = wide_pages.count("=== page\n") + 1
        (sources / "expected" / f"{name}.documents.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        sample = {"name": name, "source": source, "pages": list(range(first, first + count)),
                  **DEGRADATIONS[degradation](random.Random(zlib.crc32(name.encode())))}
        if count > 1:
            # Two pages: a fax arrives as a G4 TIFF, a JPEG scan as a scanned PDF of JPEG pages (PNG and JPEG hold one page).
            sample["format"] = {"png": "tiff-g4", "jpeg": "pdf-scan"}.get(sample["format"], sample["format"])
        samples.append(sample)
        index.append({"name": name, "font": font[1], "fontKind": font[0], "degradation": degradation,
                      "split": split[font[1]], "grammar": kind})
        (sources / "pages" / f"{source}.page").write_text(header + "".join(pages), encoding="utf-8")
    if only:
        keep = {e["name"] for e in index if (e["grammar"] == "passage") == (only == "passages")}
        samples = [x for x in samples if x["name"] in keep]
        index = [e for e in index if e["name"] in keep]
    (sources / "manifest.json").write_text(json.dumps({"comment": "ITA sweep (tools/sweep/ita_sweep.py)", "samples": samples},
                                                      ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "sweep.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    deps = {f"@fontsource/{f}": NPM_VERSIONS.get(f, "5.3.0") for kind, f in fonts() if kind == "npm"}
    (out / "package.json").write_text(json.dumps({"name": "sweep-ita-fonts", "private": True, "dependencies": deps}, indent=1))
    if not (out / "node_modules" / "@fontsource").is_dir():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=out, check=True)
    # Files rendered already (their expected file is written last) are kept: a render broken off resumes.
    # Two renderers side by side, one per font split (sweep-tune first in line for the fixes).
    splits = {e["name"]: e["split"] for e in index}
    renders = []
    for part in ("sweep-tune", "sweep-held-out"):
        missing = [x["name"] for x in samples if splits[x["name"]] == part and not (out / f"{x['name']}.expected.json").exists()]
        if missing:
            renders.append(subprocess.Popen(
                [sys.executable, "-m", "gen.render", "--sources", str(sources), "--out", str(out), "--fonts",
                 str(out / "node_modules" / "@fontsource"), "--build", f"/tmp/docingest-sweep-ita-build-{part}",
                 "--only", *missing], cwd=REPO / "tools" / "samples"))
    if any(r.wait() != 0 for r in renders):
        raise SystemExit("sweep: a render failed (see above)")


# ---- scoring -------------------------------------------------------------------------------------------------------

ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def found_results(result: dict) -> list[dict]:
    return [r for d in result.get("documents", []) for r in d.get("itaResults", [])]


def page_text(result: dict) -> str:
    return "\n".join(p.get("text", "") for p in result.get("pages", [])).translate(ARABIC)


def cause(expected: dict, found: list[dict], text: str) -> str:
    """Why one expected result was not found exactly: which field, and what OCR made of what was printed."""
    score = expected["score"]
    same = [f for f in found if abs(f["score"] - score) < 0.005]
    printed = f"{score:.2f}"
    if not same:
        if printed in text:
            return "score read, not taken as a result"
        head = printed.split(".")[0]
        if re.search(rf"(?<!\d){head}(?!\d)(?![.,]\d)", text) or re.search(rf"(?<!\d){head}\s*[.,]\s*\D", text):
            return "score decimals lost or garbled"
        return "score digits garbled"
    best = same[0]
    reasons = []
    if best.get("grade") != expected["grade"]:
        around = [m.start() for m in re.finditer(re.escape(printed), text)]
        window = " ".join(text[max(0, a - 60): a + 60] for a in around)
        grade = expected["grade"]
        if best.get("grade") is None and grade is not None:
            reasons.append("grade lost")
        elif grade is None:
            reasons.append(f"grade {best.get('grade')} given to a gradeless result")
        else:
            reasons.append(f"grade {grade} as {best.get('grade')}")
        token = re.search(r"(?:ระดับ|เกรด|ประเมิน)\s*(\S{1,4})", window)
        if token and grade and token.group(1) != grade:
            reasons[-1] += f" (read '{token.group(1)}')"
    if best.get("fiscalYear") != expected["fiscalYear"]:
        year = str(expected["fiscalYear"])
        reasons.append("year pairing wrong" if year in text else f"year {year} garbled, given {best.get('fiscalYear')}")
    return "; ".join(reasons) or "duplicate"


def documents_at(result: dict, expected_doc: dict) -> list[dict]:
    """The documents read that stand for one expected document: those starting on its first page, else those sharing a
    page with it (as `docingest eval` pairs them: a result read into the wrong document of a bundle is lost)."""
    docs = result.get("documents", [])
    same = [d for d in docs if d.get("pageStart") == expected_doc["pageStart"]]
    return same or [d for d in docs if d.get("pageStart", 0) <= expected_doc["pageEnd"] and d.get("pageEnd", 0) >= expected_doc["pageStart"]]


def score(out: Path, results: Path, json_out: Path | None, list_misses: bool = False) -> None:
    index = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    tallies: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses, indicator_misses = [], []
    for entry in index:
        name = entry["name"]
        expected = json.loads((out / f"{name}.expected.json").read_text(encoding="utf-8"))
        path = results / f"{name}.json"
        result = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        text = page_text(result)
        layout = entry.get("grammar", "passage")
        keys = [("split", entry["split"]), ("split-grammar", f"{entry['split']} {'passages' if layout == 'passage' else 'wider'}"),
                ("degradation", entry["degradation"]), ("font", entry["font"]), ("all", "all")]
        if entry["split"] == "sweep-tune":
            keys.append(("layout", layout))
        exact_found = ind_expected = ind_exact = 0
        for doc in expected["documents"]:
            read = documents_at(result, doc)
            found = [r for d in read for r in d.get("itaResults", [])]
            for w in doc["itaResults"]:
                same = [f for f in found if abs(f["score"] - w["score"]) < 0.005]
                exact = any(f.get("grade") == w["grade"] and f.get("fiscalYear") == w["fiscalYear"] for f in same)
                exact_found += exact
                for key in keys:
                    t = tallies[key]
                    t["expected"] += 1
                    t["score"] += bool(same)
                    t["grade"] += any(f.get("grade") == w["grade"] for f in same)
                    t["year"] += any(f.get("fiscalYear") == w["fiscalYear"] for f in same)
                    t["exact"] += exact
                if not exact:
                    misses.append({"name": name, "split": entry["split"], "expected": w, "found": same,
                                   "cause": cause(w, found, text)})
            # Indicators as `docingest eval` keys them: number and score.
            pool = [(i.get("number"), round(i.get("score", -1), 2)) for d in read for i in d.get("indicators", [])]
            for w in doc.get("indicators", []):
                ind_expected += 1
                key_ = (w["number"], round(w["score"], 2))
                if key_ in pool:
                    pool.remove(key_)
                    ind_exact += 1
                else:
                    indicator_misses.append({"name": name, "split": entry["split"], "expected": w,
                                             "printed": f"{w['score']:.2f}" in text})
        found_all = found_results(result)
        indicators_read = sum(len(d.get("indicators", [])) for d in result.get("documents", []))
        for key in keys:
            tallies[key]["found"] += len(found_all)
            tallies[key]["foundExact"] += exact_found
            tallies[key]["indExpected"] += ind_expected
            tallies[key]["indFound"] += indicators_read
            tallies[key]["indExact"] += ind_exact
    def line(label, t):
        e = max(t["expected"], 1)
        precision = t["foundExact"] / max(t["found"], 1)
        recall = t["exact"] / e
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        ind = ""
        if t["indExpected"]:
            ip, ir = t["indExact"] / max(t["indFound"], 1), t["indExact"] / t["indExpected"]
            ind = f"  indicators n={t['indExpected']} F1 {2 * ip * ir / max(ip + ir, 1e-9):.3f}"
        return (f"{label:34} n={t['expected']:3}  score {t['score'] / e:.3f}  grade {t['grade'] / e:.3f}  "
                f"year {t['year'] / e:.3f}  exact {recall:.3f}  F1 {f1:.3f}{ind}")
    tune_fonts = {e["font"] for e in index if e["split"] == "sweep-tune"}
    # Per font and per layout only the sweep-tune files are tallied (layouts of the held-out fonts are not broken down).
    for group in ("all", "split", "split-grammar", "degradation", "font", "layout"):
        print(f"-- by {group}" + (" (sweep-tune fonts only)" if group in ("font", "layout") else ""))
        for (g, label), t in sorted(tallies.items()):
            # The sweep-held-out fonts are only reported in aggregate (by split, by degradation), never one by one.
            if g == group and (group != "font" or label in tune_fonts):
                print(line(label, t))
    # Misses are read for fixes on the sweep-tune fonts only: the held-out fonts' misses are neither listed nor counted.
    misses = [m for m in misses if m["split"] == "sweep-tune"]
    causes: dict[str, int] = defaultdict(int)
    for m in misses:
        for part in m["cause"].split("; "):
            part = re.sub(r" \(read .*\)", "", part)
            part = re.sub(r"^grade [A-F]{1,2} as \S+$", "grade read as another", part)
            part = re.sub(r"^grade \S+ given to a gradeless result$", "grade given to a gradeless result", part)
            causes[re.sub(r"^year \d{4} garbled, given \S+$", "year garbled (not read as a year)", part)] += 1
    print("-- sweep-tune misses by cause")
    for c, k in sorted(causes.items(), key=lambda x: -x[1]):
        print(f"{k:4}  {c}")
    if list_misses:
        print("-- sweep-tune misses")
        for m in misses:
            w = m["expected"]
            found = ", ".join(f"{f['score']}/{f.get('grade')}/{f.get('fiscalYear')}" for f in m["found"]) or "-"
            print(f"{m['name']:36} {w['score']:6.2f}/{w['grade']}/{w['fiscalYear']}  found {found}  {m['cause']}")
        print("-- sweep-tune indicators missed (number / score; printed = its score is in the page text)")
        for m in (m for m in indicator_misses if m["split"] == "sweep-tune"):
            w = m["expected"]
            print(f"{m['name']:36} {w['number']:2}/{w['score']:6.2f}  {'printed' if m['printed'] else 'digits garbled'}")
    if json_out:
        json_out.write_text(json.dumps({"tallies": {f"{g}:{l}": dict(t) for (g, l), t in tallies.items()
                                                   if g != "font" or l in tune_fonts}, "misses": misses,
                                        "indicatorMisses": [m for m in indicator_misses if m["split"] == "sweep-tune"]},
                                       ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["generate", "score"])
    parser.add_argument("--out", default=str(REPO / "out" / "sweep-ita"))
    parser.add_argument("--results", help="docingest extract output folder (score)")
    parser.add_argument("--only", choices=["passages", "wider"], help="render only the one-page passages or the wider grammar's files (generate)")
    parser.add_argument("--json", help="write the tallies and every sweep-tune miss to this file (score)")
    parser.add_argument("--list-misses", action="store_true", help="print every sweep-tune miss with its cause (score)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    if args.command == "generate":
        generate(out, args.only)
    else:
        score(out, Path(args.results), Path(args.json) if args.json else None, args.list_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
