"""Checks of fetch.py: no held-out or judged-only font is fetched, and WOFF 1.0 files unpack to their tables."""
import struct
import unittest
import zlib

import fetch


def woff(tables: dict[bytes, bytes], compress: set[bytes]) -> bytes:
    """A minimal WOFF 1.0 file holding `tables` (those in `compress` zlib-compressed)."""
    header_size, entries, body = 44, [], b""
    offset = header_size + 20 * len(tables)
    for tag, data in sorted(tables.items()):
        stored = zlib.compress(data) if tag in compress else data
        entries.append(struct.pack(">4sIIII", tag, offset + len(body), len(stored), len(data), 0))
        body += stored + b"\0" * (-len(stored) % 4)
    header = struct.pack(">4sIIHHIHHIIIII", b"wOFF", 0x00010000, header_size + len(entries) * 20 + len(body), len(tables), 0,
                         0, 1, 0, 0, 0, 0, 0, 0)
    return header + b"".join(entries) + body


class FetchTests(unittest.TestCase):
    def test_fetched_faces_are_never_held_out_nor_judged_only(self):
        fetched = set(fetch.DIGIT_FACES) | set(fetch.ARABIC_REJECT_FACES)
        self.assertEqual(set(), fetched & fetch.forbidden())
        self.assertTrue({"sarabun", "prompt", "athiti", "charmonman", "pattaya"} <= fetch.forbidden())

    def test_woff_to_sfnt_unpacks_stored_and_compressed_tables(self):
        tables = {b"cmap": b"\x01\x02\x03", b"glyf": b"ink" * 50}

        sfnt = fetch.woff_to_sfnt(woff(tables, compress={b"glyf"}))

        flavor, count = struct.unpack(">IH", sfnt[:6])
        self.assertEqual((0x00010000, 2), (flavor, count))
        for i in range(count):
            tag, _, offset, length = struct.unpack(">4sIII", sfnt[12 + 16 * i: 28 + 16 * i])
            self.assertEqual(tables[tag], sfnt[offset: offset + length])


if __name__ == "__main__":
    unittest.main()
