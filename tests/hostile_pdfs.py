"""PDFs written byte by byte, as an attacker would: names holding escape sequences,
and decompression bombs (a small file whose content stream inflates enormously)."""

from __future__ import annotations

import zlib

TEXT = (b"BT /F1 12 Tf 72 720 Td (Festival opens with a documentary about the artist.) Tj "
        b"0 -16 Td (\"We talked about the film for hours,\" said Ms Page.) Tj ET")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
# An OSC 52 clipboard write and a screen clear, written as PDF name escapes (#1B = ESC).
ESCAPED_NAME = b"/Evil#1B#5D52;c;cHduZWQ=#07#1B#5B2J"


def write_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog), with a correct cross-reference
    table; ``trailer``: more entries for the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, trailer, xref))
    return bytes(out)


def stream(data: bytes, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + \
            b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pages_pdf(contents: list[int], streams: list[bytes], resources: list[bytes] | None = None,
              encrypt: bytes | None = None, ident: bytes = b"") -> bytes:
    """Pages whose content is ``streams[contents[i]]`` (pages may share one stream);
    ``encrypt``: an encryption dictionary, with the document ``ident``."""
    count = len(contents)
    first_stream = 4 + count
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
               FONT]
    for i, content in enumerate(contents):
        resource = (resources[i] if resources else None) or b"<< /Font << /F1 3 0 R >> >>"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources %s /Contents %d 0 R >>" % (resource, first_stream + content))
    objects += streams
    if encrypt is None:
        return write_pdf(objects)
    objects.append(encrypt)
    return write_pdf(objects, b"/Encrypt %d 0 R /ID [<%s> <%s>] "
                     % (len(objects), ident.hex().encode(), ident.hex().encode()))


def escaped_names_pdf() -> bytes:
    """Two pages: the first's /Resources is a name full of escape sequences (pypdf
    logs it as it is), the second is an ordinary page of text."""
    return pages_pdf([0, 0], [stream(TEXT)], [ESCAPED_NAME, None])


def bomb_pdf(pages: int, inflated_mb: float) -> bytes:
    """``pages`` pages sharing one content stream that inflates to about
    ``inflated_mb`` MB of text-drawing operators from a few hundred KB."""
    unit = b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n"
    content = TEXT + b"\n" + unit * int(inflated_mb * 1024 * 1024 / len(unit))
    return pages_pdf([0] * pages, [stream(content, compress=True)])


def encrypted_pdf(user_password: bytes = b"", aes: bool = True) -> bytes:
    """A page encrypted by the standard handler (revision 4): AES-128 (which pypdf
    reads only with the ``cryptography`` package) or RC4, opened by
    ``user_password`` (empty: anyone may open it). The keys come from pypdf's own
    implementation of the standard's algorithms."""
    from pypdf._encryption import AlgV4

    ident = b"\x01" * 16
    permissions = 0xFFFFFFFC  # /P -4, as an unsigned 32-bit number
    owner_key = AlgV4.compute_O_value_key(b"owner", 4, 128)
    owner = AlgV4.compute_O_value(owner_key, user_password, 4)
    key = AlgV4.compute_key(user_password, 4, 128, owner, permissions, ident, True)
    user = AlgV4.compute_U_value(key, 4, ident)
    method = b"/AESV2" if aes else b"/V2"
    encrypt = (b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM " + method
               + b" /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <"
               + owner.hex().encode() + b"> /U <" + user.hex().encode() + b"> /P -4 >>")
    return pages_pdf([0], [stream(b"0123456789abcdef" * 4)], encrypt=encrypt, ident=ident)
