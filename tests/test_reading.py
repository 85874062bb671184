import codecs

import pytest

from klayman_tui.corpus.ingest.reading import UnreadableFile, decode_bytes, defuse_controls, read_text

TEXT = "“Never Sorry,” she said — café\nsecond line"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data).text == TEXT


def test_latin1_falls_back_and_keeps_accents():
    assert decode_bytes("café résumé".encode("latin-1")).text == "café résumé"


def test_windows_1252_curly_quotes_survive():
    assert decode_bytes(b"\x93Never Sorry,\x94 she said").text == "“Never Sorry,” she said"


def test_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"one\r\ntwo\rthree\r\n")
    assert read_text(path).text == "one\ntwo\nthree\n"


def test_binary_and_empty_files_are_refused_with_a_reason(tmp_path):
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(UnreadableFile, match="binary"):
        read_text(binary)
    with pytest.raises(UnreadableFile, match="empty"):
        read_text(empty)


def test_control_characters_become_visible_placeholders():
    text = "a\x1b[2Jb\x07c\x1b]52;c;aGk=\x07d\x9be\tf\n"
    defused = defuse_controls(text)
    assert "\x1b" not in defused and "\x07" not in defused and "\x9b" not in defused
    # (a C1 byte is shown as Windows-1252 has it: CSI, 0x9b, is "›"; 0x9d has none)
    assert defused == "a␛[2Jb␇c␛]52;c;aGk=␇d›e\tf\n"
    assert defuse_controls("x\x9dy") == "x\ufffdy"


def test_a_page_labelled_latin_1_shows_windows_1252_punctuation():
    """Browsers read a page labelled ISO-8859-1 as Windows-1252: its 0x96 is a dash and
    its 0x85 an ellipsis, not a control shown as \ufffd (nor, as the HTML parser did,
    dropped without a trace)."""
    from klayman_tui.corpus.ingest.pages import read_html

    page = ('<html><head><meta charset="iso-8859-1"><title>Demut</title></head><body>'
            '<article><h1>Warum wir jetzt Demut brauchen</h1><p>Nietzsche befand, Demut '
            'gehöre zu den gefährlichen Idealen (\x85), hinter denen sich Feigheit '
            'versteckt \x96 so schrieb er. ' + "Noch mehr Worte stehen hier. " * 20
            + '</p></article></body></html>').encode("latin-1")
    text = read_html(page).text
    assert "Idealen (…)" in text and "versteckt – so" in text


ARTICLE = ('Stray byte\n\n“We never gave up on the film, not for one day,” said Ms Quote.\n\n'
           '“It was a long road to get here,” she added.\n')


def test_one_stray_latin1_byte_leaves_a_utf8_file_utf8(tmp_path):
    """A Latin-1 "ö" pasted into a UTF-8 article: the article stays UTF-8 (its
    curly quotes, and so its quotes, intact), the odd byte is a replacement
    character, and a note says so. It used to make the whole file mojibake."""
    import klayman_tui

    (tmp_path / "stray.txt").write_bytes(ARTICLE.encode("utf-8").replace(b"long", b"l\xf6ng"))
    corpus = klayman_tui.load([tmp_path])
    assert [q.text for q in corpus.quotes] == [
        "We never gave up on the film, not for one day", "It was a l\ufffdng road to get here"]
    assert corpus.sources[0].encoding == "utf-8"
    assert any("stray.txt: 1 byte that is not UTF-8 shown as \ufffd" in w
               for w in corpus.warnings)


def test_a_short_utf8_file_with_one_dash_and_one_stray_byte_stays_utf8():
    """One well-formed dash (three bytes) beside one stray byte: UTF-8, the dash intact
    (read as Windows-1252 it became "â€”", whose ” broke the quotation)."""
    data = '"Mostly UTF-8 — with one stray byte in the middle," said Di Mix.\n'.encode()
    decoded = decode_bytes(data.replace(b"stray", b"str\xffy"))
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith('"Mostly UTF-8 — with one str\ufffdy byte')


def test_a_latin1_file_with_one_utf8_looking_pair_is_still_latin1():
    text = "Ã  la carte, café, crème, brûlée, déjà vu, naïve, señor, Zoë, über"
    assert decode_bytes(text.encode("latin-1")).text == text


def test_a_meta_charset_that_contradicts_the_bytes_is_not_believed(tmp_path):
    """UTF-8 bytes (one stray byte among them) under <meta charset="windows-1251">:
    read as UTF-8, not as Cyrillic mojibake."""
    import klayman_tui

    body = "<p>“We never gave up on the film, not for one day,” said Ms Quote.</p>" * 3
    page = (f'<html><head><meta charset="windows-1251"><title>Café “Curly”</title></head>'
            f"<body><article>{body}<p>Owners agreed.</p></article></body></html>")
    (tmp_path / "meta.html").write_bytes(page.encode("utf-8").replace(b"agreed", b"agr\xe9ed"))
    corpus = klayman_tui.load([tmp_path])
    assert corpus.sources[0].metadata.title == "Café “Curly”"
    assert corpus.quotes and corpus.quotes[0].text.startswith("We never gave up")


def test_random_bytes_named_htm_are_binary_not_paragraphs(tmp_path):
    """They used to become some 1,250 paragraphs of replacement characters."""
    import random

    noise = random.Random(1).randbytes(200_000)
    (tmp_path / "noise.htm").write_bytes(b"<html><body><p>" + noise)
    with pytest.raises(UnreadableFile, match="binary data"):
        read_text(tmp_path / "noise.htm")


@pytest.mark.parametrize("password,aes,reason", [
    (b"", True, "an encrypted PDF (AES), which needs the `cryptography` package"),
    (b"secret", False, "an encrypted PDF that needs a password"),
])
def test_an_encrypted_pdf_is_named_encrypted(tmp_path, password, aes, reason):
    from hostile_pdfs import encrypted_pdf

    (tmp_path / "locked.pdf").write_bytes(encrypted_pdf(password, aes))
    with pytest.raises(UnreadableFile, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_text(tmp_path / "locked.pdf")
