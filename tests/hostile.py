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
    with open(folder / "huge.txt", "wb") as handle:  # 70 MB on one line, over the limit
        handle.write(b"word " * 200_000)
        handle.truncate(70 * 1024 * 1024)  # the rest sparse: cheap to make
    return folder


# File and folder names, sidecar fields and text that try to reach the terminal, the
# clipboard, a spreadsheet or a Markdown renderer.
OSC52_NAME = "e\x1b]52;c;ZmlsZW5hbWU=\x1b\\"
HOSTILE_NAMES = [OSC52_NAME, "clear\x1b[2J\x1b[H", "\u202etxt.exe", "=cmd|' -C calc'!A0",
                 "bell\x07\x9b31m"]
SIDECAR = r'''
[sources.plain]
outlet = "Outlet\u001b]52;c;b3V0bGV0\u0007"
title = "Title\u001b[2J with a\nnewline ![x](http://tracker.example/p.png) <b>html</b> [go](javascript:alert(1))"
author = "=HYPERLINK(\"http://evil.example\")"
date = "2012"

[speakers."Evil\u001b]52;c;c3BlYWtlcg==\u0007 Person"]
aliases = ["Evil"]
pronoun = "he"
'''
PLAIN = ('Plain words\n\n"This quote goes to the evil person, every word," said Evil.\n\n'
         '“Reversed \u202ereversed\u202c and isolated \u2067text\u2069 here,” said Ms Bidi.\n\n'
         '"@SUM(1+1)*cmd|\' /C calc\'!A0 is the formula," said Ms Sheet.\n')


def make_hostile_names_folder(folder: Path) -> Path:
    """Files whose names, folder names and sidecar carry escape sequences."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in HOSTILE_NAMES:
        (folder / f"{name}.txt").write_text(
            'Named badly\n\n"Words from a file with a bad name," said Ms Name.\n',
            encoding="utf-8")
    bell_folder = folder / "dir\x07\x1b]0;title\x07"
    bell_folder.mkdir()
    (bell_folder / "inner.txt").write_text(GOOD, encoding="utf-8")
    (folder / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "sources.toml").write_text(SIDECAR, encoding="utf-8")
    # A name that is not UTF-8 at all (Latin-1 bytes from an old archive).
    import os
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    return folder
