import codecs

import pytest

from klayman_tui.corpus.reading import UnreadableFile, decode_bytes, defuse_controls, read_text

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
    assert defused == "a␛[2Jb␇c␛]52;c;aGk=␇d\ufffde\tf\n"
