"""Measures sweep: announcements with numbered measures in prose and memos with sections, generated from a small
grammar with a fixed seed, rendered in every Thai font the machine and the npm @fontsource packages offer (never the
seven fonts of eval/documents) and degraded as the held-out README lists (fax-like pass, JPEG at 200 dpi, photocopy,
G4 with specks, blur). Each file gets NAME.expected.json written from the same grammar, so `docingest eval` scores
it. The fonts are split once, by the seed, into sweep-tune (two thirds, fixed on) and sweep-held-out (a third,
reported only): see tools/sweep/measures/README.md.

    python3 tools/sweep/measures/measures_sweep.py [--out out/sweep] [--fonts out/sweep-fonts/node_modules/@fontsource]
                                          [--only NAME ...] [--list]

Writes OUT/sources/{pages,expected,manifest.json} and renders OUT/tune/ and OUT/held-out/ with tools/samples/gen.
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tools" / "samples"))
from gen import render, printing  # noqa: E402

SEED = 16
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# npm @fontsource families (package name) and installed families (fontconfig name); never the held-out set's seven
# (Sarabun, Niramit, K2D, Krub, Chakra Petch, Bai Jamjuree, Kodchasan).
NPM_FONTS = ["pridi", "taviraj", "trirong", "athiti", "mitr", "maitree", "kanit", "prompt", "koho", "fahkwang",
             "charm", "charmonman", "sriracha", "chonburi", "mali", "pattaya"]
SYSTEM_FONTS = ["Arundina Sans", "Arundina Serif", "Garuda", "Kinnari", "Laksaman", "Loma", "Norasi",
                "Noto Sans Thai", "Noto Serif Thai", "Noto Looped Thai", "Purisa", "Sawasdee", "Tlwg Typist",
                "Tlwg Typo", "Umpush", "Waree"]
HELD_OUT_SHARE = 1 / 3

# Degradations as the held-out README names them (render's manifest entries).
DEGRADATIONS = {
    "fax": {"format": "tiff-g4", "dpi": 300, "profile": {"min_angle": 0.3, "max_angle": 1.2, "blur": 0.8, "noise": 0.3,
                                                          "paper_gray": 0.93, "coarse_dpi": 0}},
    "jpeg": {"format": "pdf-scan", "dpi": 200, "jpegQuality": 0, "profile": {"min_angle": 0.3, "max_angle": 1.0,
                                                                             "blur": 0.8, "noise": 0.3, "paper_gray": 0.93}},
    "photocopy": {"format": "tiff-gray", "dpi": 300, "jpegQuality": 55, "profile": {
        "min_angle": 0.3, "max_angle": 1.5, "blur": 0.6, "noise": 0.25, "uneven_background": True, "paper_gray": 0.9,
        "thicken": 1}},
    "g4specks": {"format": "tiff-g4", "dpi": 300, "profile": {"min_angle": 0.3, "max_angle": 1.0, "blur": 0.7,
                                                               "noise": 0.3, "paper_gray": 0.95, "specks": 0.002}},
    "blur": {"format": "tiff-gray", "dpi": 200, "jpegQuality": 75, "profile": {"min_angle": 0.2, "max_angle": 0.8, "blur": 1.1, "noise": 0.3,
                                                       "uneven_background": True, "paper_gray": 0.9}},
}

PLACES = ["บ้านโคก", "หนองแสง", "ท่าช้าง", "นาหว้า", "โพนทอง", "ห้วยเม็ก", "วังหิน", "ดอนตาล", "คำเขื่อนแก้ว",
          "ศรีสมเด็จ", "เขาสมิง", "บึงสามัคคี", "ลำทับ", "แม่ลาน", "ปากพลี", "นิคมน้ำอูน", "โนนสะอาด", "บ้านแพง",
          "สร้างคอม", "กุดรัง", "ทุ่งฝน", "เชียงยืน", "นาแห้ว", "ภูหลวง", "ท่าวุ้ง", "สองดาว", "ไพศาลี", "หนองหิน"]
AGENCY_KINDS = ["โรงพยาบาล", "สำนักงานสาธารณสุขอำเภอ", "องค์การบริหารส่วนตำบล", "เทศบาลตำบล"]
TOPICS = ["มาตรการป้องกันการทุจริตและประพฤติมิชอบ", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
          "มาตรการป้องกันผลประโยชน์ทับซ้อน", "มาตรการป้องกันการรับสินบน", "มาตรการเสริมสร้างการเปิดเผยข้อมูล"]
MEASURE_TITLES = [
    "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของหน่วยงาน",
    "มาตรการไม่รับของขวัญและประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
    "มาตรการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
    "มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ",
    "มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกและแต่งตั้งบุคลากร",
    "มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน",
    "มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง",
    "มาตรการประเมินความเสี่ยงการทุจริตในกระบวนการอนุมัติอนุญาต",
    "มาตรการจัดทำคู่มือการปฏิบัติงานและเผยแพร่ต่อสาธารณะ",
    "มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรมของเจ้าหน้าที่ของรัฐ",
    "มาตรการรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
    "มาตรการควบคุมการยืมเงินทดรองราชการและการส่งใช้เงินยืม",
    "มาตรการแสดงเจตจำนงสุจริตของผู้บริหารต่อบุคลากรและสาธารณชน",
    "มาตรการตรวจสอบคุณสมบัติผู้เสนอราคาก่อนลงนามในสัญญา",
    "มาตรการจัดช่องทางแจ้งเบาะแสที่คุ้มครองผู้แจ้งเบาะแส",
    "มาตรการทบทวนคำสั่งมอบหมายงานและการแบ่งแยกหน้าที่",
    "มาตรการเปิดเผยผลการพิจารณาเรื่องร้องเรียนภายในสามสิบวัน",
    "มาตรการสำรวจความพึงพอใจของผู้รับบริการต่อการให้บริการ",
    "มาตรการตรวจติดตามการใช้จ่ายงบประมาณรายไตรมาส",
]
# Titles long enough to wrap onto a second line at 14-15pt.
TITLE_TAILS = ["ให้เป็นไปตามระเบียบและหลักเกณฑ์ที่ทางราชการกำหนดอย่างเคร่งครัดทุกขั้นตอน",
               "ของบุคลากรทุกระดับในหน่วยงานและหน่วยบริการในสังกัดทุกแห่ง",
               "โดยยึดหลักความโปร่งใส ความคุ้มค่า และความรับผิดชอบต่อผลการดำเนินงาน"]
STEPS = ["รวบรวมข้อมูลจากทุกกลุ่มงานเป็นรายเดือน", "จัดทำประกาศแจ้งบุคลากรทุกคนทราบ", "เผยแพร่ผลบนเว็บไซต์ของหน่วยงาน",
         "รายงานผลต่อผู้บริหารทุกไตรมาส", "แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง", "จัดทำแบบรายงานและทะเบียนควบคุม",
         "ประชุมชี้แจงแนวทางปฏิบัติแก่ผู้เกี่ยวข้อง", "ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ",
         "ทบทวนขั้นตอนการปฏิบัติงานให้เป็นปัจจุบัน", "เปิดช่องทางรับฟังความคิดเห็นจากผู้รับบริการ"]
UNITS = ["กลุ่มงานบริหารทั่วไป", "กลุ่มงานทรัพยากรบุคคล", "งานพัสดุ", "งานการเงินและบัญชี", "กลุ่มงานประกันสุขภาพ",
         "งานนิติการ", "กลุ่มงานยุทธศาสตร์และแผนงาน", "คณะกรรมการจริยธรรม"]
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
PERSONS = ["นายสมศักดิ์ ใจดี", "นางสาวพรทิพย์ แสงทอง", "นายวิชัย บุญมา", "นางอรุณี ศรีสุข", "นายประเสริฐ คำแก้ว",
           "นางสาวกัญญา วงศ์ใหญ่", "นายธีรวัฒน์ พลอยงาม", "นางจันทร์เพ็ญ มีสุข"]
ITEM_STYLES = ["thai-dot", "arabic-dot", "paren", "kho"]
STEP_STYLES = ["paren-close", "kor", "decimal", "dash"]
FIELD_STYLES = ["none", "prose", "labelled-one", "labelled-two"]


def digits(n: int | str, thai: bool) -> str:
    return str(n).translate(THAI_DIGITS) if thai else str(n)


def item_marker(style: str, n: int, thai: bool) -> str:
    return {"thai-dot": f"{digits(n, True)}.", "arabic-dot": f"{n}.", "paren": f"({digits(n, thai)})",
            "kho": f"ข้อ {digits(n, thai)}"}[style]


def step_marker(style: str, item: int, n: int, thai: bool) -> str:
    return {"paren-close": f"{digits(n, thai)})", "kor": "กขคงจฉ"[n - 1] + ".",
            "decimal": f"{digits(item, thai)}.{digits(n, thai)}", "dash": "-"}[style]


def period(rng: random.Random, fiscal: int, thai: bool) -> tuple[str, str, str]:
    """A month range inside fiscal year `fiscal` (B.E.): printed text, ISO start and end."""
    first = rng.randrange(0, 9)  # months counted from October
    last = rng.randrange(first + 1, 12)
    def month(k: int) -> tuple[int, int]:
        m = (9 + k) % 12 + 1
        return m, (fiscal - 1 if m >= 10 else fiscal)
    (m1, y1), (m2, y2) = month(first), month(last)
    if y1 == y2:
        text = f"{MONTHS[m1 - 1]} - {MONTHS[m2 - 1]} {digits(y2, thai)}"
    else:
        text = f"{MONTHS[m1 - 1]} {digits(y1, thai)} - {MONTHS[m2 - 1]} {digits(y2, thai)}"
    start = f"{y1 - 543:04d}-{m1:02d}-01"
    end = f"{y2 - 543:04d}-{m2:02d}-{calendar.monthrange(y2 - 543, m2)[1]:02d}"
    return text, start, end


def announcement(name: str, rng: random.Random) -> tuple[list[list[str]], dict, list[dict]]:
    """Markup lines per block, the document fields and its measures."""
    thai, place, agency, fiscal, topic, item_style, step_style, field_style = list_setting(rng)
    count = rng.randrange(8, 16)
    titles = rng.sample(MEASURE_TITLES, count)
    blocks: list[tuple[list[str], int]] = []  # (markup lines, estimated printed lines)
    measures = []
    intro = (f"เพื่อให้การปฏิบัติงานของ{agency}เป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ "
             f"{agency}จึงกำหนด{topic} ประจำปีงบประมาณ พ.ศ. {digits(fiscal, thai)} ดังนี้")
    for i, base in enumerate(titles, start=1):
        title = base + (" " + rng.choice(TITLE_TAILS) if rng.random() < 0.3 else "")
        lines, printed, measure = measure_block(rng, i, title, item_style, step_style, field_style, fiscal, thai,
                                                "ให้ดำเนินการ", lambda k: f"({digits(k, thai)})")
        blocks.append((lines, printed))
        measures.append(measure)
    head, tail, doc = announcement_frame(rng, agency, place, fiscal, thai, topic, intro, "จึงประกาศให้ทราบและถือปฏิบัติโดยทั่วกัน")
    return paginate(head, blocks, tail, 4 + len(intro) // 70, measures), doc, measures


def list_setting(rng: random.Random):
    """What an announcement's list is drawn with: Thai digits or not, the place and its agency, the fiscal year, the
    topic, and the item, step and field styles (steps never numbered like (๑) items)."""
    thai = rng.random() < 0.7
    place = rng.choice(PLACES)
    agency = rng.choice(AGENCY_KINDS) + place
    fiscal = rng.choice([2566, 2567, 2568])
    topic = rng.choice(TOPICS)
    item_style = rng.choice(ITEM_STYLES)
    step_style = rng.choice(STEP_STYLES)
    if item_style == "paren" and step_style == "paren-close":
        step_style = "kor"
    field_style = rng.choice(FIELD_STYLES)
    return thai, place, agency, fiscal, topic, item_style, step_style, field_style


def measure_block(rng: random.Random, i: int, title: str, item_style: str, step_style: str, field_style: str,
                  fiscal: int, thai: bool, prose_lead: str, prose_step) -> tuple[list[str], int, dict]:
    """One numbered measure: its markup lines, the lines it prints (estimated) and its expected measure. Written as
    prose, its steps follow `prose_lead`, each numbered by `prose_step(k)`."""
    marker = item_marker(item_style, i, thai)
    steps = rng.sample(STEPS, rng.randrange(2, 4)) if field_style != "none" else []
    unit = rng.choice(UNITS) if field_style != "none" else None
    per = period(rng, fiscal, thai) if field_style != "none" else None
    lines: list[str] = []
    if field_style == "prose":
        text = f"{marker} {title} {prose_lead} " + " ".join(f"{prose_step(k)} {s}" for k, s in enumerate(steps, start=1))
        text += f" โดยให้{unit}เป็นผู้รับผิดชอบ ตั้งแต่เดือน{per[0].replace(' - ', ' ถึงเดือน')}"
        lines.append(">> " + text)
        printed = 1 + len(text) // 70
        period_text = per[0].replace(" - ", " ถึงเดือน")
    else:
        lines.append(f">> {marker} {title}")
        for k, s in enumerate(steps, start=1):
            lines.append(f">> {step_marker(step_style, i, k, thai)} {s}")
        if field_style == "labelled-one":
            lines.append(f">> ผู้รับผิดชอบ {unit} ระยะเวลา {per[0]}")
        elif field_style == "labelled-two":
            lines.append(f">> ผู้รับผิดชอบ {unit}")
            lines.append(f">> ระยะเวลาดำเนินการ {per[0]}")
        # The title's lines, then one a step or a labelled line.
        printed = 1 + len(title) // 70 + len(lines) - 1
        period_text = per[0] if per else None
    measure = {"number": i, "title": title, "steps": steps, "responsible": [unit] if unit else [],
               "period": None if per is None else {"text": period_text, "start": per[1], "end": per[2]},
               "progress": None, "followUp": None, "page": 0}
    return lines, printed, measure


def announcement_frame(rng, agency: str, place: str, fiscal: int, thai: bool, topic: str, intro: str, closing: str):
    """An announcement's title lines, its closing, date and signature lines, and its expected document without measures."""
    signer = rng.choice(PERSONS)
    position = ("ผู้อำนวยการ" if agency.startswith("โรงพยาบาล") else
                "สาธารณสุขอำเภอ" if agency.startswith("สำนักงาน") else
                "นายกองค์การบริหารส่วนตำบล" if agency.startswith("องค์การ") else "นายกเทศมนตรีตำบล") + place
    day, month = rng.randrange(1, 29), rng.choice([10, 11, 12])
    date_text = f"{digits(day, thai)} {MONTHS[month - 1]} พ.ศ. {digits(fiscal - 1, thai)}"
    head = [f"## ประกาศ{agency}", f"## เรื่อง {topic} ประจำปีงบประมาณ พ.ศ. {digits(fiscal, thai)}", f"> {intro}"]
    tail = [f"> {closing}", f"@c ประกาศ ณ วันที่ {date_text}", "@gap 1", "@sig", f"({signer})", position, "@end"]
    doc = {"kind": "announcement", "title": f"ประกาศ{agency}", "organization": agency, "fiscalYear": fiscal,
           "header": {"agency": None, "phone": None, "reference": None,
                      "date": f"{fiscal - 544:04d}-{month:02d}-{day:02d}", "dateText": date_text,
                      "subject": f"{topic} ประจำปีงบประมาณ พ.ศ. {digits(fiscal, thai)}", "addressee": None},
           "orderNumber": None, "sections": [{"type": "body", "heading": None, "text": intro}],
           "indicators": [], "itaResults": [], "members": [],
           "signatures": [{"name": signer, "position": position, "role": None}]}
    return head, tail, doc


def paginate(head: list[str], blocks, tail: list[str], head_lines: int, measures: list[dict], budget: int = 0):
    """Splits the measure blocks over pages of about `budget` printed lines (0: the caller's retry budget)."""
    return {"head": head, "blocks": blocks, "tail": tail, "head_lines": head_lines, "measures": measures}


def lay_out(plan: dict, budget: int) -> list[list[str]]:
    pages, current, used = [], list(plan["head"]), plan["head_lines"]
    for (lines, printed), measure in zip(plan["blocks"], plan["measures"]):
        if used + printed > budget:
            pages.append(current)
            current, used = [], 0
        current += lines
        used += printed
        measure["page"] = len(pages) + 1
    if used + 8 > budget:
        pages.append(current)
        current = []
    pages.append(current + plan["tail"])
    return pages


SECTION_TEXT = {
    "background": ["ตามที่{agency}ได้รับแจ้งให้จัดทำแผนป้องกันการทุจริตประจำปีงบประมาณ พ.ศ. {year} และรายงานผลต่อจังหวัดทุกไตรมาส",
                   "ด้วยจังหวัดได้กำหนดให้หน่วยงานในสังกัดดำเนินการประเมินคุณธรรมและความโปร่งใสประจำปีงบประมาณ พ.ศ. {year}"],
    "facts": ["ในการนี้ งานบริหารทั่วไปได้ตรวจสอบแล้ว พบว่ายังมีข้อมูลบางรายการที่ยังไม่ได้เผยแพร่บนเว็บไซต์ของหน่วยงาน",
              "จากการตรวจสอบพบว่ามีเรื่องร้องเรียนจำนวน {n} เรื่อง ซึ่งได้ดำเนินการแล้วเสร็จทุกเรื่อง"],
    "legal": ["ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ หน่วยงานของรัฐต้องจัดให้มีข้อมูลข่าวสารไว้ให้ประชาชนเข้าตรวจดู"],
    "considerations": ["การดำเนินการดังกล่าวเป็นไปตามหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใส และช่วยให้หน่วยงานผ่านเกณฑ์ตัวชี้วัด"],
    "proposal": ["เห็นควรอนุมัติให้ดำเนินการตามแผนดังกล่าว และมอบหมายผู้รับผิดชอบรายงานผลภายในเดือนกันยายน {year}"],
}
HEADINGS = {"background": ["เรื่องเดิม", "ความเป็นมา"], "facts": ["ข้อเท็จจริง"], "legal": ["ข้อกฎหมาย", "ระเบียบที่เกี่ยวข้อง"],
            "considerations": ["ข้อพิจารณา"], "proposal": ["ข้อเสนอ", "ข้อเสนอแนะ"]}
SECTION_STYLES = ["numbered-heading", "numbered-inline", "inline", "bold", "absent"]


def memo(name: str, rng: random.Random):
    thai = rng.random() < 0.75
    place = rng.choice(PLACES)
    agency = "สำนักงานสาธารณสุขอำเภอ" + place
    year = rng.choice([2566, 2567, 2568])
    style = rng.choice(SECTION_STYLES)
    types = ["background", "facts"] + (["legal"] if rng.random() < 0.5 else []) + ["considerations", "proposal"]
    if style == "absent":
        types = [t for t in types if t != "considerations"]
    lines = ["# บันทึกข้อความ", f"@f ส่วนราชการ|{agency} จังหวัดขอนแก่น"]
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    ref = f"ขก {digits('0033', thai)}.{digits(rng.randrange(10, 30), thai)}/{digits(rng.randrange(100, 999), thai)}"
    date_text = f"{digits(day, thai)} {MONTHS[month - 1]} {digits(year, thai)}"
    subject = "ขออนุมัติดำเนินการตามแผนป้องกันการทุจริตและเผยแพร่ข้อมูลต่อสาธารณะ"
    lines += [f"@f ที่|{ref} || วันที่|{date_text}", f"@f เรื่อง|{subject}", f"@f เรียน|สาธารณสุขอำเภอ{place}"]
    sections = []
    for k, t in enumerate(types, start=1):
        text = rng.choice(SECTION_TEXT[t]).format(agency=agency, year=digits(year, thai), n=digits(rng.randrange(2, 9), thai))
        heading = rng.choice(HEADINGS[t])
        number = f"{digits(k, thai)}. "
        if style == "numbered-heading":
            lines += [f"### {number}{heading}", f"> {text}"]
            sections.append({"type": t, "heading": number + heading, "text": text})
        elif style == "numbered-inline":
            lines.append(f"> {number}{heading} {text}")
            sections.append({"type": t, "heading": number + heading, "text": text})
        elif style == "inline":
            lines.append(f"> {heading} {text}")
            sections.append({"type": t, "heading": heading, "text": text})
        elif style == "bold":
            lines += [f"### {heading}", f"> {text}"]
            sections.append({"type": t, "heading": heading, "text": text})
        else:
            lines.append(f"> {text}")
            sections.append({"type": t, "heading": None, "text": text})
    closing = "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"
    lines.append(f"> {closing}")
    sections.append({"type": "closing", "heading": None, "text": closing})
    signer = rng.choice(PERSONS)
    position = "นักวิชาการสาธารณสุขชำนาญการ"
    lines += ["@gap 1", "@sig", f"({signer})", position, "@end"]
    doc = {"kind": "memo", "title": "บันทึกข้อความ", "organization": agency, "fiscalYear": year if month < 10 else year + 1,
           "header": {"agency": f"{agency} จังหวัดขอนแก่น", "phone": None, "reference": ref.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")),
                      "date": f"{year - 543:04d}-{month:02d}-{day:02d}", "dateText": date_text, "subject": subject,
                      "addressee": f"สาธารณสุขอำเภอ{place}"},
           "orderNumber": None, "sections": sections, "measures": [], "indicators": [], "itaResults": [], "members": [],
           "signatures": [{"name": signer, "position": position, "role": None}]}
    return lines, doc, style


# --- The wider grammar (second round): what the held-out notes say may differ and the first grammar never printed. ---
# Items that do not open with มาตรการ (ห้าม… / ให้… / จัดให้มี…), some with ฯ; a few keep มาตรการ.
IMPERATIVE_TITLES = [
    "ห้ามบุคลากรรับของขวัญหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ",
    "ให้ทุกกลุ่มงานเผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของหน่วยงานทุกเดือน",
    "จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตทางโทรศัพท์และเว็บไซต์",
    "ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด",
    "ให้หัวหน้ากลุ่มงานกำกับดูแลการลงเวลาปฏิบัติราชการของบุคลากร",
    "จัดให้มีการประเมินความเสี่ยงการทุจริตในกระบวนการจัดซื้อจัดจ้าง",
    "ห้ามเรียกรับเงินหรือทรัพย์สินเพื่อแลกกับการให้บริการประชาชน",
    "ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางก่อนการจัดซื้อจัดจ้างทุกครั้ง",
    "จัดให้มีคู่มือการปฏิบัติงานเรื่องร้องเรียนและเผยแพร่ต่อสาธารณะ",
    "ให้ผู้บริหารแสดงเจตจำนงสุจริตต่อบุคลากรและสาธารณชน",
    "ห้ามบุคลากรของสำนักงานฯ ใช้ทรัพย์สินของทางราชการเพื่อประโยชน์ส่วนตน",
    "ให้ปฏิบัติตามระเบียบกระทรวงการคลังฯ ว่าด้วยการจัดซื้อจัดจ้างอย่างเคร่งครัด",
    "ให้รายงานผลการดำเนินงานตามประกาศฉบับนี้ต่อผู้บริหารทุกไตรมาส",
    "จัดให้มีการอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนปีละหนึ่งครั้ง",
    "ห้ามผู้บังคับบัญชาสั่งการให้ผู้ใต้บังคับบัญชาปฏิบัติงานที่ขัดต่อระเบียบ",
    "ให้ตรวจสอบการเบิกจ่ายค่าตอบแทนนอกเวลาราชการก่อนอนุมัติทุกครั้ง",
]
# How the introduction ends: the list lead (ดังนี้), its longer form, or none at all.
INTRO_ENDINGS = ["ดังนี้", "ดังต่อไปนี้", "เพื่อให้บุคลากรทุกคนถือปฏิบัติโดยเคร่งครัด", "ให้บุคลากรในสังกัดทราบและถือปฏิบัติ"]


def notice(name: str, rng: random.Random) -> tuple[dict, dict, list[dict]]:
    """An announcement whose items mostly open with ห้าม / ให้ / จัดให้มี, over two pages (an item may break across the
    page, the next page headed by its page number), its introduction ending in ดังนี้ or in no list lead at all."""
    thai, place, agency, fiscal, topic, item_style, step_style, field_style = list_setting(rng)
    count = rng.randrange(9, 14)
    pool = rng.sample(IMPERATIVE_TITLES, count)
    # About one item in five keeps the measure word, as lists mixing both are printed.
    titles = [rng.choice(MEASURE_TITLES) if rng.random() < 0.2 else t for t in pool]
    ending = rng.choice(INTRO_ENDINGS)
    intro = (f"เพื่อให้การปฏิบัติงานของ{agency}เป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ "
             f"{agency}จึงกำหนด{topic} ประจำปีงบประมาณ พ.ศ. {digits(fiscal, thai)} {ending}")
    blocks, measures = [], []
    for i, title in enumerate(titles, start=1):
        # Under (๑) items the steps are ๑) …, as a reader could not tell them from the items otherwise.
        step = (lambda k: f"{digits(k, thai)})") if item_style == "paren" else (lambda k: f"({digits(k, thai)})")
        lines, _, measure = measure_block(rng, i, title, item_style, step_style, field_style, fiscal, thai, "โดย", step)
        blocks.append(lines)
        measures.append(measure)
    head, tail, doc = announcement_frame(rng, agency, place, fiscal, thai, topic, intro, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    plan = {"head": head, "items": blocks, "tail": tail, "head_lines": 4 + len(intro) // 70, "measures": measures,
            "thai": thai}
    return plan, doc, measures


def printed_lines(line: str) -> int:
    return 1 + len(line) // 70


def lay_out_split(plan: dict, budget: int) -> list[list[str]]:
    """Pages of about `budget` printed lines, an item broken across the page where it does not fit; every page after
    the first headed by its page number (- ๒ -)."""
    pages, current, used = [], list(plan["head"]), plan["head_lines"]
    def new_page():
        nonlocal current, used
        pages.append(current)
        number = digits(len(pages) + 1, plan["thai"])
        current, used = [f"@c - {number} -"], 1
    for lines, measure in zip(plan["items"], plan["measures"]):
        for k, line in enumerate(lines):
            if used + printed_lines(line) > budget:
                new_page()
            if k == 0:
                measure["page"] = len(pages) + 1
            current.append(line)
            used += printed_lines(line)
    if used + 8 > budget:
        new_page()
    pages.append(current + plan["tail"])
    return pages


# Paragraph texts whose opening phrase no rule knows (the classifier types them from their content), per type.
UNCUED_TEXT = {
    "background": ["สำนักงานสาธารณสุขจังหวัดขอนแก่นได้มีหนังสือแจ้งให้หน่วยงานในสังกัดจัดทำแผนป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {year} และส่งให้จังหวัดภายในเดือนธันวาคม"],
    "facts": ["งานบริหารทั่วไปได้ตรวจสอบข้อมูลบนเว็บไซต์ของหน่วยงานแล้ว พบว่ายังไม่ได้เผยแพร่ข้อมูลการจัดซื้อจัดจ้างจำนวน {n} รายการ",
              "ขณะนี้หน่วยงานได้ดำเนินการตามแผนแล้วจำนวน {n} กิจกรรม คงเหลือกิจกรรมที่ยังไม่ได้ดำเนินการอีกบางส่วน"],
    "considerations": ["การดำเนินการดังกล่าวเป็นไปตามหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใส และช่วยให้หน่วยงานผ่านเกณฑ์ตัวชี้วัด"],
    "proposal": ["เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงเห็นควรอนุมัติให้ดำเนินการตามแผนดังกล่าว และมอบหมายงานบริหารทั่วไปรายงานผลภายในเดือนกันยายน {year}"],
}
# A second paragraph of the facts, for sections of two paragraphs (and one that runs over a page break).
FACTS_MORE = ("ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว แต่ยังได้รับข้อมูลไม่ครบถ้วน "
              "เนื่องจากบางกลุ่มงานอยู่ระหว่างการปรับปรุงระบบสารสนเทศและการจัดเก็บเอกสารให้เป็นไปตามมาตรฐานที่กำหนด "
              "จึงยังไม่อาจเผยแพร่ข้อมูลได้ครบทุกรายการตามกำหนดเวลาของการประเมิน")
WIDE_SECTION_STYLES = ["numbered-heading-colon", "numbered-inline", "inline-colon", "bold", "absent-uncued", "one-heading"]


def memo_wide(name: str, rng: random.Random):
    """A memo of two pages: numbered headings with a colon, inline headings with a colon, bold headings, one heading
    only, or none with paragraphs whose opening phrase no rule knows; the facts in two paragraphs, the second running
    over the page break (page 2 headed by its page number and opening mid-sentence)."""
    thai = rng.random() < 0.75
    place = rng.choice(PLACES)
    agency = "สำนักงานสาธารณสุขอำเภอ" + place
    year = rng.choice([2566, 2567, 2568])
    style = rng.choice(WIDE_SECTION_STYLES)
    types = ["background", "facts"] + (["legal"] if rng.random() < 0.4 and not style.startswith("absent") else []) + \
        ["considerations", "proposal"]
    head = ["# บันทึกข้อความ", f"@f ส่วนราชการ|{agency} จังหวัดขอนแก่น"]
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    ref = f"ขก {digits('0033', thai)}.{digits(rng.randrange(10, 30), thai)}/{digits(rng.randrange(100, 999), thai)}"
    date_text = f"{digits(day, thai)} {MONTHS[month - 1]} {digits(year, thai)}"
    subject = "รายงานผลการเผยแพร่ข้อมูลต่อสาธารณะและขออนุมัติดำเนินการตามแผนป้องกันการทุจริต"
    head += [f"@f ที่|{ref} || วันที่|{date_text}", f"@f เรื่อง|{subject}", f"@f เรียน|สาธารณสุขอำเภอ{place}"]
    pages: list[list[str]] = [head]
    sections = []
    # The facts' second paragraph is cut after this many characters, the rest printed on page 2 without an indent.
    cut = FACTS_MORE.index(" ", 110)
    for k, t in enumerate(types, start=1):
        pool = UNCUED_TEXT if style == "absent-uncued" and t in UNCUED_TEXT else SECTION_TEXT
        text = rng.choice(pool[t]).format(agency=agency, year=digits(year, thai), n=digits(rng.randrange(2, 9), thai))
        heading = rng.choice(HEADINGS[t])
        number = f"{digits(k, thai)}. "
        paragraphs = [text] + ([FACTS_MORE] if t == "facts" else [])
        shown_heading = None
        if style == "numbered-heading-colon":
            shown_heading = number + heading
            pages[-1].append(f"### {shown_heading}:")
            first = f"> {text}"
        elif style == "numbered-inline":
            shown_heading = number + heading
            first = f"> {shown_heading} {text}"
        elif style == "inline-colon":
            shown_heading = heading
            first = f"> {heading}: {text}"
        elif style == "bold":
            shown_heading = heading
            pages[-1].append(f"### {heading}")
            first = f"> {text}"
        elif style == "one-heading" and k == 1:
            shown_heading = number + heading
            pages[-1].append(f"### {shown_heading}")
            first = f"> {text}"
        else:
            first = f"> {text}"
        pages[-1].append(first)
        if t == "facts":
            pages[-1].append(f"> {FACTS_MORE[:cut]}")
            pages.append([f"@c - {digits(2, thai)} -", FACTS_MORE[cut + 1:]])
        if (style == "absent-uncued" or style == "one-heading" and k > 1) and t == "facts":
            # Two paragraphs without a heading are two sections of the same type (the second over the page break).
            sections.append({"type": t, "heading": None, "text": text})
            sections.append({"type": t, "heading": None, "text": FACTS_MORE})
        elif style == "one-heading" and k > 1:
            # Only the first section is headed; the paragraphs after it are typed by their content.
            sections.append({"type": t, "heading": None, "text": text})
        else:
            sections.append({"type": t, "heading": shown_heading, "text": "\n".join(paragraphs)})
    closing = "จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุมัติ"
    pages[-1].append(f"> {closing}")
    sections.append({"type": "closing", "heading": None, "text": closing})
    signer = rng.choice(PERSONS)
    position = "นักวิชาการสาธารณสุขชำนาญการ"
    pages[-1] += ["@gap 1", "@sig", f"({signer})", position, "@end"]
    doc = {"kind": "memo", "title": "บันทึกข้อความ", "organization": agency, "fiscalYear": year if month < 10 else year + 1,
           "header": {"agency": f"{agency} จังหวัดขอนแก่น", "phone": None, "reference": ref.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")),
                      "date": f"{year - 543:04d}-{month:02d}-{day:02d}", "dateText": date_text, "subject": subject,
                      "addressee": f"สาธารณสุขอำเภอ{place}"},
           "orderNumber": None, "sections": sections, "measures": [], "indicators": [], "itaResults": [], "members": [],
           "signatures": [{"name": signer, "position": position, "role": None}]}
    return pages, doc, style


def font_option(font: str) -> str:
    return f"%option font={font}" if font in NPM_FONTS else f"%option font-family={font}"


def font_slug(font: str) -> str:
    return font.lower().replace(" ", "")


def split_fonts() -> tuple[list[str], list[str]]:
    fonts = sorted(NPM_FONTS + SYSTEM_FONTS)
    held = set(random.Random(SEED).sample(fonts, round(len(fonts) * HELD_OUT_SHARE)))
    return [f for f in fonts if f not in held], [f for f in fonts if f in held]


def samples() -> list[dict]:
    """One announcement per font and a memo for every other font, degradations taken in turn."""
    tune, held = split_fonts()
    rng = random.Random(SEED)
    degradations = list(DEGRADATIONS)
    result = []
    for index, font in enumerate(sorted(tune + held)):
        split = "held-out" if font in held else "tune"
        kinds = ["announcement"] + (["memo"] if index % 3 == 0 else [])
        for j, kind in enumerate(kinds):
            degradation = degradations[(index + 2 * j) % len(degradations)]
            name = f"sweep-{kind}-{font_slug(font)}-{degradation}"
            result.append({"name": name, "kind": kind, "font": font, "split": split, "degradation": degradation,
                           "seed": rng.randrange(1 << 30)})
    # The wider grammar: one file for every second font, notices and two-page memos in turn.
    for index, font in enumerate(sorted(tune + held)):
        if index % 2:
            continue
        split = "held-out" if font in held else "tune"
        kind = "notice" if index % 4 == 0 else "memowide"
        degradation = degradations[(index // 2 + 1) % len(degradations)]
        result.append({"name": f"sweep-{kind}-{font_slug(font)}-{degradation}", "kind": kind, "font": font,
                       "split": split, "degradation": degradation, "seed": rng.randrange(1 << 30)})
    return result


def manifest_entry(sample: dict) -> dict:
    rng = random.Random(sample["seed"])
    entry = json.loads(json.dumps(DEGRADATIONS[sample["degradation"]]))
    entry.update({"name": sample["name"], "source": sample["name"]})
    if sample["degradation"] == "fax":
        entry["profile"]["coarse_dpi"] = rng.randrange(100, 151, 5)
    if sample["degradation"] == "jpeg":
        entry["jpegQuality"] = rng.randrange(35, 46)
    return entry


def write_source(sample: dict, sources: Path, budget: int) -> int:
    rng = random.Random(sample["seed"])
    header = [f"% Generated by tools/sweep/measures/measures_sweep.py (seed {sample['seed']}); {sample['split']} font.",
              font_option(sample["font"]), "%option font-size=14pt"]
    if sample["kind"] == "announcement":
        plan, doc, measures = announcement(sample["name"], rng)
        pages = lay_out(plan, budget)
        doc["measures"] = measures
    elif sample["kind"] == "notice":
        plan, doc, measures = notice(sample["name"], rng)
        pages = lay_out_split(plan, budget)
        doc["measures"] = measures
    elif sample["kind"] == "memowide":
        pages, doc, _ = memo_wide(sample["name"], rng)
    else:
        lines, doc, _ = memo(sample["name"], rng)
        pages = [lines]
    doc["pageStart"], doc["pageEnd"] = 1, len(pages)
    doc_order = ["kind", "pageStart", "pageEnd", "title", "organization", "fiscalYear", "header", "orderNumber",
                 "sections", "measures", "indicators", "itaResults", "members", "signatures"]
    text = "\n".join(header) + "\n" + "".join("=== page\n" + "\n".join(p) + "\n" for p in pages)
    (sources / "pages" / f"{sample['name']}.page").write_text(text, encoding="utf-8")
    ordered = {k: doc[k] for k in doc_order}
    (sources / "expected" / f"{sample['name']}.documents.json").write_text(
        json.dumps({"documents": [ordered]}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(pages)


def rewrite_documents(sample: dict, sources: Path, folder: Path) -> None:
    """NAME.expected.json's documents written again from the grammar (after a fix to what it expects); its pages,
    measured when the file was rendered, stay. The markup must give as many pages as were rendered."""
    target = folder / f"{sample['name']}.expected.json"
    if not target.exists():
        return
    expected = json.loads(target.read_text(encoding="utf-8"))
    for budget in (44, 38, 32, 26):
        if write_source(sample, sources, budget) == len(expected["pages"]):
            break
    else:
        raise ValueError(f"{sample['name']}: the grammar no longer gives the rendered pages; render it again")
    documents = json.loads((sources / "expected" / f"{sample['name']}.documents.json").read_text(encoding="utf-8"))
    expected["documents"] = documents["documents"]
    target.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def rendered(folder: Path, name: str) -> bool:
    return (folder / f"{name}.expected.json").exists() and any(
        not f.name.endswith(".expected.json") for f in folder.glob(f"{name}.*"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "out" / "sweep"))
    parser.add_argument("--fonts", default=str(REPO / "out" / "sweep-fonts" / "node_modules" / "@fontsource"))
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--list", action="store_true", help="print the samples and the font split, render nothing")
    parser.add_argument("--again", action="store_true", help="render every sample again, also those already rendered")
    parser.add_argument("--documents-only", action="store_true",
                        help="rewrite the expected documents of rendered samples from the grammar (pages as rendered)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    all_samples = samples()
    if args.list:
        tune, held = split_fonts()
        print("sweep-tune fonts:", ", ".join(tune))
        print("sweep-held-out fonts:", ", ".join(held))
        for s in all_samples:
            print(s["split"], s["name"])
        return 0
    sources = out / "sources"
    out.mkdir(parents=True, exist_ok=True)
    # Written first, so that a run cut short still names its samples for measures_report.py.
    (out / "samples.json").write_text(json.dumps(all_samples, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for sub in ("pages", "expected"):
        (sources / sub).mkdir(parents=True, exist_ok=True)
    build = Path("/tmp/docingest-measures-sweep-build")
    build.mkdir(parents=True, exist_ok=True)
    render.SOURCE_DIR = sources
    render.FONT_DIR = Path(args.fonts).resolve()
    failures = 0
    for sample in all_samples:
        if args.only and sample["name"] not in args.only:
            continue
        if args.documents_only:
            rewrite_documents(sample, sources, out / sample["split"])
            continue
        # A run cut short (machine load) is resumed: a sample whose file exists is not rendered again.
        if not args.again and rendered(out / sample["split"], sample["name"]):
            continue
        entry = manifest_entry(sample)
        render.OUT_DIR = out / sample["split"]
        render.OUT_DIR.mkdir(parents=True, exist_ok=True)
        for budget in (44, 38, 32, 26):
            write_source(sample, sources, budget)
            try:
                render.generate(entry, build, {})
                break
            except printing.PaginationError as error:
                print(f"{sample['name']}: {error}; fewer lines a page", flush=True)
            except (ValueError, OSError, subprocess.CalledProcessError) as error:
                print(f"{sample['name']}: {error}", file=sys.stderr, flush=True)
                break
        else:
            failures += 1
            print(f"{sample['name']}: does not fit, skipped", file=sys.stderr)
    (sources / "manifest.json").write_text(json.dumps({"samples": [manifest_entry(s) for s in all_samples]},
                                                      ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
