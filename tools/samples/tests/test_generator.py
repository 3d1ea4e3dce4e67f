"""Unit tests of the generator's pure parts (no Chromium, no ImageMagick).

    cd tools/samples && python3 -m unittest discover -s tests -t .
"""
import tempfile
import unittest
import zipfile
from pathlib import Path

from gen import docx_writer, markup, page_text, scan_pdf
from gen.degrade import ScanProfile, choose_angle

_SAMPLE = """
=== page
# บันทึกข้อความ
@f ที่|กส ๕๑๐๐๑/๑๓๓๓ || วันที่|๑๐ กุมภาพันธ์ ๒๕๖๕
> ย่อหน้าแรก
@table 30,70
! หัว ก | หัว ข
(๑) มาตรการ | ๑. ขั้นตอนแรก // ๒. ขั้นตอนที่สอง
^ | ต่อ
@end
=== page
|ว่าง
"""


class MarkupTests(unittest.TestCase):
    def test_parse_PagesAndBlocks_SplitWhereMarked(self):
        pages = markup.parse(_SAMPLE.replace("|ว่าง", "ข้อความ"))
        self.assertEqual(2, len(pages))
        self.assertEqual(["title", "fields", "para-indent", "table"], [b.kind for b in pages[0].blocks])

    def test_parse_CaretCell_MergesDownIntoOwner(self):
        table = markup.parse(_SAMPLE.replace("|ว่าง", "x"))[0].blocks[3]
        self.assertEqual(2, table.rows[1].cells[0].rowspan)
        self.assertIsNone(table.rows[2].cells[0])

    def test_parse_RowWithWrongCellCount_Raises(self):
        with self.assertRaises(markup.MarkupError):
            markup.parse("=== page\n@table 50,50\nก | ข | ค\n@end\n")

    def test_parse_ContentBeforeFirstPage_Raises(self):
        with self.assertRaises(markup.MarkupError):
            markup.parse("ข้อความ\n=== page\n")


class PageTextTests(unittest.TestCase):
    def test_pageText_Table_CellsRowByRowEachLineSeparate(self):
        text = page_text.page_text(markup.parse(_SAMPLE.replace("|ว่าง", "x"))[0])
        self.assertEqual(["บันทึกข้อความ", "ที่ กส ๕๑๐๐๑/๑๓๓๓ วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", "ย่อหน้าแรก",
                          "หัว ก", "หัว ข", "(๑) มาตรการ", "๑. ขั้นตอนแรก", "๒. ขั้นตอนที่สอง", "ต่อ"], text.split("\n"))


class DegradeTests(unittest.TestCase):
    def test_chooseAngle_SameSeed_SameAngleWithinRange(self):
        profile = ScanProfile(min_angle=0.3, max_angle=2.5)
        angles = [choose_angle(profile, seed) for seed in range(50)]
        self.assertEqual(angles, [choose_angle(profile, seed) for seed in range(50)])
        self.assertTrue(all(0.3 <= abs(a) <= 2.5 for a in angles))
        self.assertTrue(any(a < 0 for a in angles) and any(a > 0 for a in angles))


class WriterTests(unittest.TestCase):
    def test_writeDocx_MergedCells_GridSpanAndVMerge(self):
        pages = markup.parse("=== page\n@table 20,40,40\n! ก | ข | <\n! ^ | ค | ง\nหนึ่ง | สอง | สาม\n@end\n")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "t.docx"
            docx_writer.write_docx(pages, out)
            xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
        self.assertIn('<w:gridSpan w:val="2"/>', xml)
        self.assertIn('<w:vMerge w:val="restart"/>', xml)
        self.assertIn("<w:vMerge/>", xml)
        self.assertEqual(3, xml.count("<w:tr>"))

    def test_jpegSize_ReadsSofMarker(self):
        # Minimal marker stream: SOI, APP0 (length 4), SOF0 for a 7x5 gray image.
        data = b"\xff\xd8" + b"\xff\xe0\x00\x04\x00\x00" + b"\xff\xc0\x00\x0b\x08\x00\x05\x00\x07\x01\x01\x11\x00"
        self.assertEqual((7, 5, 1), scan_pdf.jpeg_size(data))


if __name__ == "__main__":
    unittest.main()
