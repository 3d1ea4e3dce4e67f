#!/usr/bin/env python3
"""Renders measure-table header titles, unit names and periods in Laksaman (the TLWG clone of TH Sarabun),
degrades them like a scan, reads each back with Tesseract (tha, single line, as per-cell OCR does) and writes
measures-ocr-samples.tsv: kind, expected, variant, ocr. The C# tests read that file to measure how well the
measure parsers cope with real OCR output. Run: python3 data/training/measures_ocr_samples.py (needs tesseract
with tha, ImageMagick and fonts-thai-tlwg)."""
import os, subprocess, tempfile

FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
HEADERS = [
    ("Measure", "มาตรการ"), ("Measure", "มาตรการ/แนวทาง"), ("Measure", "แนวทาง/มาตรการดำเนินการ"), ("Measure", "กิจกรรม/โครงการ"),
    ("Steps", "ขั้นตอนหรือวิธีการ"), ("Steps", "ขั้นตอน/วิธีการปฏิบัติ"), ("Steps", "วิธีการดำเนินการ"), ("Steps", "ขั้นตอนการดำเนินการ"),
    ("Responsible", "ผู้รับผิดชอบ"), ("Responsible", "ส่วนราชการที่รับผิดชอบ"), ("Responsible", "หน่วยงานที่รับผิดชอบ"),
    ("Period", "ระยะเวลา"), ("Period", "ระยะเวลาดำเนินการ"),
    ("Progress", "ผลการดำเนินงาน"), ("Progress", "รายงานความก้าวหน้า"),
    ("FollowUp", "การติดตามผล"), ("Number", "ลำดับ"),
]
UNITS = [
    ("สำนักปลัด", "สำนักปลัด"), ("สำนักปลัด", "สำนักปลัดฯ"), ("กองคลัง", "กองคลัง"), ("กองช่าง", "กองช่าง"),
    ("กองการศึกษา", "กองการศึกษาฯ"), ("กองสวัสดิการสังคม", "กองสวัสดิการสังคม"), ("หน่วยตรวจสอบภายใน", "หน่วยตรวจสอบภายใน"),
    ("กองสาธารณสุขและสิ่งแวดล้อม", "กองสาธารณสุขและสิ่งแวดล้อม"),
]
# Expected ranges; relative periods are read with fiscal year 2566.
PERIODS = [
    ("2021-01-01..2021-03-31", "ม.ค.- มี.ค.๖๔"), ("2022-10-01..2023-09-30", "ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖"),
    ("2022-10-01..2023-09-30", "ตลอดปีงบประมาณ"), ("2022-10-01..2022-12-31", "ไตรมาสที่ ๑"),
    ("2022-10-01..2023-09-30", "ปีงบประมาณ ๒๕๖๖"), ("2022-10-01..2023-09-30", "ต.ค. ๖๕ - ก.ย. ๖๖"),
    ("2022-10-01..2023-09-30", "1 ต.ค. 65 - 30 ก.ย. 66"), ("2022-01-01..2022-03-31", "มกราคม - มีนาคม ๒๕๖๕"),
    ("2023-01-01..2023-06-30", "ไตรมาสที่ ๒ - ๓"), ("2023-10-02..2024-01-31", "๒ ตุลาคม ๒๕๖๖ – ๓๑ มกราคม ๒๕๖๗"),
    ("2021-01-01..2021-01-31", "มกราคม ๒๕๖๔"), ("2023-04-01..2023-06-30", "เม.ย. - มิ.ย."),
]
# clean: 16 pt at 300 dpi; small: 14 pt at 200 dpi; scan: blurred, resampled and speckled.
VARIANTS = {
    "clean": ["-pointsize", "66"],
    "small": ["-pointsize", "39"],
    "scan": ["-pointsize", "50", "-blur", "0x1.2", "-resize", "70%", "-resize", "143%", "-attenuate", "0.4", "+noise", "Gaussian", "-colorspace", "Gray"],
}

def ocr(text, options, workdir):
    image = os.path.join(workdir, "line.png")
    size = [o for o in options[:2]]
    rest = options[2:]
    subprocess.run(["convert", "-font", FONT, *size, "label:" + text, "-bordercolor", "white", "-border", "24", *rest, image], check=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", image, "-", "-l", "tha", "--psm", "7"], capture_output=True, text=True, env=env, check=True)
    return " ".join(out.stdout.split())

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    with tempfile.TemporaryDirectory() as workdir:
        for kind, samples in (("header", HEADERS), ("unit", UNITS), ("period", PERIODS)):
            for expected, printed in samples:
                for variant, options in VARIANTS.items():
                    rows.append((kind, expected, printed, variant, ocr(printed, options, workdir)))
    with open(os.path.join(here, "measures-ocr-samples.tsv"), "w", encoding="utf-8") as f:
        f.write("kind\texpected\tprinted\tvariant\tocr\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} samples")

if __name__ == "__main__":
    main()
