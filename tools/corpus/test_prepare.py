"""Checks of prepare.py's whole-document mode and of the hand-written whole-document expected results:
python3 -m unittest discover tools/corpus (from the repository root)."""
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prepare  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPLIT = json.loads((ROOT / "eval/corpus/split.json").read_text(encoding="utf-8"))
EXPECTED = sorted((ROOT / "eval/corpus/documents").glob("*.expected.json"))
CORPUS = (ROOT / SPLIT["corpus"]).resolve()


def documents_of(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


class CheckExpectedTests(unittest.TestCase):
    def test_check_expected_pages_covered_in_order_accepted(self):
        prepare.check_expected({"documents": [{"pageStart": 1, "pageEnd": 1}, {"pageStart": 2, "pageEnd": 4}]}, 4, "x")

    def test_check_expected_gap_overlap_or_short_cover_rejected(self):
        for ranges, pages in [([(1, 1), (3, 4)], 4), ([(1, 2), (2, 4)], 4), ([(1, 3)], 4), ([(2, 4)], 4), ([(1, 5)], 4)]:
            expected = {"documents": [{"pageStart": s, "pageEnd": e} for s, e in ranges]}
            with self.subTest(ranges=ranges), self.assertRaises(SystemExit):
                prepare.check_expected(expected, pages, "x")


class DocumentProfileTests(unittest.TestCase):
    def test_document_profile_a_scan_profile_that_keeps_the_resolution(self):
        for doc in SPLIT["documents"]:
            profile = prepare.document_profile(doc["name"])
            self.assertIn(profile, prepare.SCAN_PROFILES)
            self.assertFalse(profile.resolution_stripped)

    def test_document_profile_same_name_same_profile(self):
        self.assertEqual(prepare.document_profile("memo-district-1"), prepare.document_profile("memo-district-1"))


class WriteExpectedTests(unittest.TestCase):
    def test_write_expected_source_names_the_scan_its_hash_and_pages(self):
        with tempfile.TemporaryDirectory() as work:
            scan, target = Path(work) / "doc.tif", Path(work) / "doc.expected.json"
            scan.write_bytes(b"not really a tiff")
            prepare.write_expected({"documents": [{"kind": "memo"}]}, scan, 3, target)
            written = json.loads(target.read_text(encoding="utf-8"))
        self.assertEqual(written["source"]["fileName"], "doc.tif")
        self.assertEqual(written["source"]["pageCount"], 3)
        self.assertEqual(written["source"]["sha256"], hashlib.sha256(b"not really a tiff").hexdigest())
        self.assertEqual(written["documents"], [{"kind": "memo"}])


def tiny_pdf(pages: int) -> bytes:
    """A PDF of small pages with a black bar on each (ImageMagick's policy here forbids writing PDF)."""
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"]
    content = b"0 0 0 rg 20 300 180 20 re f"
    for i in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 216 360] /Contents {4 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content.decode()}\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@unittest.skipUnless(shutil.which("convert") and shutil.which("pdftoppm"), "needs ImageMagick and poppler")
class PrepareDocumentTests(unittest.TestCase):
    def test_prepare_document_every_page_in_one_tiff_beside_its_expected_result(self):
        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            pdf = work / "two-pages.pdf"
            pdf.write_bytes(tiny_pdf(pages=2))
            expected = work / "two-pages.expected.json"
            expected.write_text(json.dumps({"documents": [{"kind": "memo", "pageStart": 1, "pageEnd": 2}]}), encoding="utf-8")
            entry = prepare.prepare_document({"document": "two-pages", "split": "tune", "pdf": pdf, "expected": expected},
                                             work / "out")
            scan = work / "out" / "tune" / "two-pages.tif"
            frames = subprocess.run(["identify", "-format", "%x\n", str(scan)], check=True, capture_output=True,
                                    text=True).stdout.split()
            beside = json.loads((work / "out" / "tune" / "two-pages.expected.json").read_text(encoding="utf-8"))
        self.assertEqual(len(frames), 2)
        self.assertEqual(entry["pages"], 2)
        self.assertEqual(entry["file"], "tune/two-pages.tif")
        self.assertEqual(beside["source"]["pageCount"], 2)
        self.assertEqual(beside["documents"][0]["pageEnd"], 2)


class HandWrittenExpectedTests(unittest.TestCase):
    """The files in eval/corpus/documents: transcribed by hand, so what a typo could break is checked here."""

    def test_expected_every_corpus_memo_and_announcement_has_one(self):
        names = {p.name[: -len(".expected.json")] for p in EXPECTED}
        wanted = {d["name"] for d in SPLIT["documents"] if d["name"].startswith(("memo-", "announcement-"))}
        self.assertEqual(names, wanted)

    def test_expected_extends_the_first_page_header_checked_before(self):
        for path in EXPECTED:
            first_page = ROOT / "eval/corpus/expected" / path.name.replace(".expected.json", ".p1.expected.json")
            p1 = documents_of(first_page)[0]
            whole = documents_of(path)[0]
            with self.subTest(path.name):
                self.assertEqual((whole["kind"], whole["title"], whole["pageStart"]), (p1["kind"], p1["title"], 1))
                for field, value in p1["header"].items():
                    self.assertEqual(whole["header"].get(field), value, field)

    def test_expected_fields_of_the_schema_kinds_and_section_types(self):
        schema = json.loads((ROOT / "../shared/spec/extraction.schema.json").read_text(encoding="utf-8")) \
            if (ROOT / "../shared/spec/extraction.schema.json").exists() else None
        kinds = {"memo", "order", "announcement", "minutes", "measure-plan", "ita-analysis", "other"}
        types = {"background", "facts", "legal", "considerations", "proposal", "closing", "body"}
        if schema is not None:
            kinds = set(schema["$defs"]["document"]["properties"]["kind"]["enum"])
            types = set(schema["$defs"]["section"]["properties"]["type"]["enum"])
        for path in EXPECTED:
            for doc in documents_of(path):
                with self.subTest(path.name, page=doc["pageStart"]):
                    self.assertIn(doc["kind"], kinds)
                    self.assertTrue(all(s["type"] in types and s["text"].strip() for s in doc["sections"]))
                    self.assertTrue(all(m["title"].strip() for m in doc["measures"]))
                    self.assertEqual([m["number"] for m in doc["measures"]], list(range(1, len(doc["measures"]) + 1)))
                    self.assertTrue(all(p["name"].startswith(("นาย", "นาง")) for p in doc["signatures"]))
                    # The layers' lost sara am must not have been typed over from them.
                    self.assertNotIn("สานัก", json.dumps(doc, ensure_ascii=False))

    @unittest.skipUnless(CORPUS.is_dir(), "the corpus is not beside the repository")
    def test_expected_documents_cover_every_page_of_the_pdf(self):
        for path in EXPECTED:
            pdf = CORPUS / path.name.replace(".expected.json", ".pdf")
            with self.subTest(path.name):
                try:
                    prepare.check_expected({"documents": documents_of(path)}, prepare.page_count(pdf), path.name)
                except SystemExit as refused:
                    self.fail(str(refused))


if __name__ == "__main__":
    unittest.main()
