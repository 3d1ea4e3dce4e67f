"""Checks of the ITA sweep generator: python3 -m unittest discover tools/sweep"""
import contextlib
import io
import json
import re
import tempfile
import unittest
from pathlib import Path

import ita_sweep


class ItaSweepTests(unittest.TestCase):
    def test_passage_same_name_same_page_and_results(self):
        font = ("npm", "pridi")
        self.assertEqual(ita_sweep.passage("ita-pridi-fax", font), ita_sweep.passage("ita-pridi-fax", font))

    def test_passage_every_expected_score_printed_and_in_its_grades_band(self):
        for kind, family in ita_sweep.fonts():
            name = f"ita-{ita_sweep.slug(family)}-jpeg"
            markup, expected = ita_sweep.passage(name, (kind, family))
            arabic = markup.translate(ita_sweep.ARABIC)
            for result in expected["documents"][0]["itaResults"]:
                self.assertIn(f"{result['score']:.2f}", arabic, name)
                self.assertIn(str(result["fiscalYear"]), arabic, name)
                if result["grade"] is not None:
                    self.assertEqual(ita_sweep.band(result["score"]), result["grade"], name)
                    self.assertRegex(arabic, rf"(?<![A-Z]){result['grade']}(?![A-Z])", name)

    def test_font_split_a_third_held_out_and_no_held_out_document_font(self):
        split = ita_sweep.font_split()
        held = [f for f, s in split.items() if s == "sweep-held-out"]
        self.assertEqual(len(held), len(split) // 3)
        self.assertFalse({ita_sweep.slug(f) for f in split} & ita_sweep.HELD_OUT_DOCUMENT_FONTS)

    def test_cause_grade_misread_named(self):
        found = [{"score": 52.85, "grade": "C", "fiscalYear": 2562}]
        cause = ita_sweep.cause({"score": 52.85, "grade": "E", "fiscalYear": 2562}, found, "ได้ 52.85 คะแนน ระดับ 6")
        self.assertTrue(re.match(r"grade E as C \(read '6'\)", cause), cause)

    def test_score_held_out_fonts_misses_neither_listed_nor_counted(self):
        with tempfile.TemporaryDirectory() as tmp:
            out, results = Path(tmp) / "sweep", Path(tmp) / "results"
            out.mkdir()
            results.mkdir()
            index = [{"name": "ita-tunefont-fax", "font": "tunefont", "degradation": "fax", "split": "sweep-tune"},
                     {"name": "ita-heldfont-fax", "font": "heldfont", "degradation": "fax", "split": "sweep-held-out"}]
            (out / "sweep.json").write_text(json.dumps(index), encoding="utf-8")
            for entry, score in zip(index, (71.11, 82.22)):
                expected = {"documents": [{"itaResults": [{"fiscalYear": 2566, "score": score, "grade": "C"}]}]}
                (out / f"{entry['name']}.expected.json").write_text(json.dumps(expected), encoding="utf-8")
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                ita_sweep.score(out, results, Path(tmp) / "score.json", list_misses=True)
            text = printed.getvalue()
            self.assertIn("ita-tunefont-fax", text)
            self.assertNotIn("heldfont", text)
            self.assertIn("sweep-held-out", text)
            written = json.loads((Path(tmp) / "score.json").read_text(encoding="utf-8"))
            self.assertEqual(["ita-tunefont-fax"], [m["name"] for m in written["misses"]])
            self.assertNotIn("font:heldfont", written["tallies"])


if __name__ == "__main__":
    unittest.main()
