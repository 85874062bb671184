"""A folder of whatever a user might save from the web, good and bad."""

import codecs
from pathlib import Path

GOOD = ('Festival opens with documentary\n\nBy Jane Doe\nMarch 3, 2013\n\n'
        '"This film changed how I see the internet," said Ms Baker.\n')
LATIN1 = 'Déjà vu à Cannes\n\n"Ce film est très important pour nous," said Ms Dupré.\n'
UNICODE = 'Café society\n\n“Naïve questions get honest answers,” said Ms Noël.\n'
MARKUP = ('[bold]Not bold[/bold] and [/] and [link=https://x]link[/link]\n\n'
          '“[red]This is not markup[/] and [laughs] stays,” said Ms Reed.\n')
CONTROL = ('Screen wipers\n\n“Clear \x1b[2J the screen, \x1b]52;c;aGFja2Vk\x07 set the '
           'clipboard, ring \x07 the bell,” said Ms Evil.\n\nOSC 52 payload: '
           '\x1b]52;c;cHduZWQ=\x1b\\ and a C1 CSI \x9b31m here.\n')
UNBALANCED = ('Stray marks\n\nHe said “this never closes and goes on\n\n'
              'Next paragraph ” with a stray closer, a lone ‘ opener and "one straight.\n\n'
              '“A proper quote after all that,” said Ms Calm.\n')

READABLE = ["good", "latin1", "utf16", "utf8bom", "crlf", "markup", "control", "unbalanced",
            "nested/good"]
UNREADABLE = ["empty", "binary", "huge"]


def make_hostile_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nested").mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "nested" / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UNICODE.encode("utf-16"))
    (folder / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + UNICODE.encode("utf-8"))
    (folder / "crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    (folder / "markup.txt").write_text(MARKUP, encoding="utf-8")
    (folder / "control.txt").write_text(CONTROL, encoding="utf-8")
    (folder / "unbalanced.txt").write_text(UNBALANCED, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with open(folder / "huge.txt", "wb") as handle:  # 50 MB on one line
        chunk = b"word " * 200_000
        for _ in range(50):
            handle.write(chunk)
    return folder
