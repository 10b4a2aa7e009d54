"""PDFs built as raw bytes, object by object, with a cross-reference table: the hostile shapes pypdf's
writer would refuse to make (a page tree 5,000 levels deep, a /Title naming itself) as well as plain ones."""

from __future__ import annotations

import zlib


def pdf_file(objects: dict[int, bytes], *, root: int = 1, info: int | None = None, extra_trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    trailer = b"/Size %d /Root %d 0 R" % (size, root)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< " + trailer + extra_trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def stream(data: bytes, *, compress: bool = True) -> bytes:
    body = zlib.compress(data, 9) if compress else data
    head = b"<< /Length %d%s >>" % (len(body), b" /Filter /FlateDecode" if compress else b"")
    return head + b"\nstream\n" + body + b"\nendstream"


def page_pdf(
    content: bytes,
    *,
    pages: int = 1,
    catalog_extra: bytes = b"",
    info: bytes | None = None,
    extra: dict[int, bytes] | None = None,
) -> bytes:
    """``pages`` pages that all show one content stream (object 5)."""
    first_page = 10
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        4: FONT,
        5: stream(content),
    }
    for i in range(pages):
        objects[first_page + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        )
    if info is not None:
        objects[3] = info
    objects.update(extra or {})
    return pdf_file(objects, info=3 if info is not None else None)


SENTENCE = b"BT /F1 12 Tf 72 700 Td (The harbour was opened in May and the ships came in.) Tj ET\n"
