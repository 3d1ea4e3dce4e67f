"""Writes a scanned PDF: one JPEG page image per page (DCTDecode), no text layer.
Written by hand because Debian's ImageMagick policy forbids the PDF coder."""
from __future__ import annotations

import struct
from pathlib import Path


def jpeg_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, components) from the JPEG's SOF marker."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("not a JPEG marker stream")
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height, data[i + 9]
        i += 2 + length
    raise ValueError("JPEG has no SOF marker")


def write_scanned_pdf(jpegs: list[Path], dpi: int, out: Path) -> None:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    page_ids = []
    for n, path in enumerate(jpegs):
        data = path.read_bytes()
        width, height, comps = jpeg_size(data)
        space = b"/DeviceGray" if comps == 1 else b"/DeviceRGB"
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                    b"/Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, space, len(data)) + data + b"\nendstream")
        w_pt, h_pt = width * 72.0 / dpi, height * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im%d Do Q" % (w_pt, h_pt, n)
        contents = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im%d %d 0 R >> >> "
                            b"/Contents %d 0 R >>" % (pages_obj, w_pt, h_pt, n, image, contents)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))

    out_bytes = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out_bytes))
        out_bytes += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out_bytes)
    out_bytes += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out_bytes += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out_bytes += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    out.write_bytes(bytes(out_bytes))
