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
EXCERPTS = json.loads((ROOT / "eval/corpus/documents/excerpts.json").read_text(encoding="utf-8"))["excerpts"]
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


    def test_prepare_document_excerpt_only_its_pages(self):
        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            pdf = work / "long.pdf"
            pdf.write_bytes(tiny_pdf(pages=5))
            expected = work / "long-p2-3.expected.json"
            expected.write_text(json.dumps({"documents": [{"kind": "measure-plan", "pageStart": 1, "pageEnd": 2}]}),
                                encoding="utf-8")
            entry = prepare.prepare_document({"document": "long-p2-3", "split": "held-out", "pdf": pdf,
                                              "expected": expected, "firstPage": 2, "lastPage": 3}, work / "out")
            scan = work / "out" / "held-out" / "long-p2-3.tif"
            frames = subprocess.run(["identify", "-format", "%x\n", str(scan)], check=True, capture_output=True,
                                    text=True).stdout.split()
            beside = json.loads((work / "out" / "held-out" / "long-p2-3.expected.json").read_text(encoding="utf-8"))
        self.assertEqual(len(frames), 2)
        self.assertEqual((entry["pages"], entry["firstPage"], entry["lastPage"]), (2, 2, 3))
        self.assertEqual(beside["source"]["pageCount"], 2)


@unittest.skipUnless(shutil.which("pdfinfo"), "needs poppler")
class DocumentTasksTests(unittest.TestCase):
    SPLIT = {"documents": [{"name": "memo", "split": "tune"}, {"name": "plan", "split": "held-out"}]}

    def folders(self, work: Path) -> tuple[Path, Path]:
        corpus, expected = work / "corpus", work / "expected"
        corpus.mkdir()
        expected.mkdir()
        (corpus / "memo.pdf").write_bytes(tiny_pdf(pages=2))
        (corpus / "plan.pdf").write_bytes(tiny_pdf(pages=6))
        for name in ("memo", "plan-p3-5"):
            (expected / f"{name}.expected.json").write_text('{"documents": []}', encoding="utf-8")
        return corpus, expected

    def test_document_tasks_whole_files_then_excerpts_on_their_source_side(self):
        with tempfile.TemporaryDirectory() as work:
            corpus, expected = self.folders(Path(work))
            tasks = prepare.document_tasks(self.SPLIT, [{"name": "plan-p3-5", "source": "plan", "firstPage": 3,
                                                         "lastPage": 5}], corpus, expected)
        self.assertEqual([(t["document"], t["split"], t["firstPage"], t["lastPage"]) for t in tasks],
                         [("memo", "tune", 1, 2), ("plan-p3-5", "held-out", 3, 5)])
        self.assertEqual(tasks[1]["pdf"].name, "plan.pdf")

    def test_document_tasks_bad_excerpt_refused(self):
        bad = [{"name": "plan-p3-5", "source": "nowhere", "firstPage": 3, "lastPage": 5},
               {"name": "memo", "source": "plan", "firstPage": 3, "lastPage": 5},
               {"name": "plan-p3-5", "source": "plan", "firstPage": 5, "lastPage": 3},
               {"name": "plan-p3-5", "source": "plan", "firstPage": 3, "lastPage": 7},
               {"name": "plan-p1-2", "source": "plan", "firstPage": 1, "lastPage": 2}]
        with tempfile.TemporaryDirectory() as work:
            corpus, expected = self.folders(Path(work))
            for excerpt in bad:
                with self.subTest(excerpt=excerpt), self.assertRaises(SystemExit):
                    prepare.document_tasks(self.SPLIT, [excerpt], corpus, expected)


class HandWrittenExpectedTests(unittest.TestCase):
    """The files in eval/corpus/documents: transcribed by hand, so what a typo could break is checked here."""

    def test_expected_every_corpus_memo_and_announcement_has_one(self):
        names = {p.name[: -len(".expected.json")] for p in EXPECTED}
        wanted = {d["name"] for d in SPLIT["documents"] if d["name"].startswith(("memo-", "announcement-"))}
        self.assertLessEqual(wanted, names)

    def test_expected_each_is_a_file_of_the_split_or_an_excerpt(self):
        names = {p.name[: -len(".expected.json")] for p in EXPECTED}
        files = {d["name"] for d in SPLIT["documents"]}
        excerpts = {e["name"] for e in EXCERPTS}
        self.assertFalse(files & excerpts)
        self.assertLessEqual(names, files | excerpts)
        self.assertLessEqual(excerpts, names)

    def test_expected_extends_the_first_page_header_checked_before(self):
        for path in EXPECTED:
            first_page = ROOT / "eval/corpus/expected" / path.name.replace(".expected.json", ".p1.expected.json")
            if not first_page.exists():  # an excerpt, or a file whose first page was not transcribed before
                continue
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
                    # Numbered on: each the one before plus one, or 1 where a new table starts (an excerpt may
                    # open in the middle of one).
                    numbers = [m["number"] for m in doc["measures"]]
                    self.assertTrue(all(n == p + 1 or n == 1 for p, n in zip(numbers, numbers[1:])), numbers)
                    # A name as printed under the signature: a title and the name, or the name alone where the print
                    # gives no title; never the bracketed line's brackets or doubled spaces.
                    for person in doc["signatures"]:
                        self.assertNotRegex(person["name"], r"[()]|\s\s|^\s|\s$")
                    # The layers' lost sara am must not have been typed over from them.
                    self.assertNotIn("สานัก", json.dumps(doc, ensure_ascii=False))

    @unittest.skipUnless(CORPUS.is_dir(), "the corpus is not beside the repository")
    def test_excerpts_name_a_page_range_of_a_split_file(self):
        try:
            tasks = prepare.document_tasks(SPLIT, EXCERPTS, CORPUS, ROOT / "eval/corpus/documents")
        except SystemExit as refused:
            self.fail(str(refused))
        self.assertEqual(len(tasks), len(EXPECTED))

    @unittest.skipUnless(CORPUS.is_dir(), "the corpus is not beside the repository")
    def test_expected_documents_cover_every_page_of_the_pdf(self):
        ranges = {e["name"]: e["lastPage"] - e["firstPage"] + 1 for e in EXCERPTS}
        for path in EXPECTED:
            name = path.name[: -len(".expected.json")]
            pages = ranges[name] if name in ranges else prepare.page_count(CORPUS / f"{name}.pdf")
            with self.subTest(path.name):
                try:
                    prepare.check_expected({"documents": documents_of(path)}, pages, path.name)
                except SystemExit as refused:
                    self.fail(str(refused))


if __name__ == "__main__":
    unittest.main()
