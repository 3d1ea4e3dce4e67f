"""Checks of the ITA sweep generator: python3 -m unittest discover tools/sweep"""
import re
import unittest

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


if __name__ == "__main__":
    unittest.main()
