"""What pypdf, trafilatura or any other library says goes through the neutralising
step into the file's warning, never raw to the terminal."""

import logging
import subprocess
import sys

from app_helpers import make_app, settle, toasts
from hostile_pdfs import escaped_names_pdf
from test_cli import cli

from klayman_tui.corpus.ingest.library_logs import collected

GOOD = 'Good\n\n"A quotation long enough to count," said Ms Good.\n'
RAW = ("\x1b", "\x07", "\x9b")


def evil_folder(tmp_path):
    (tmp_path / "evil.pdf").write_bytes(escaped_names_pdf())
    (tmp_path / "good.txt").write_text(GOOD)
    return tmp_path


def test_a_pdf_whose_names_hold_escapes_is_a_neutral_warning_on_the_command_line(tmp_path):
    result = cli("--data", str(evil_folder(tmp_path)), "quotes")
    assert result.returncode == 0, result.stderr
    assert not any(c in result.stderr + result.stdout for c in RAW)
    warning = next(line for line in result.stderr.splitlines() if "pypdf" in line)
    assert warning.startswith("klayman-tui: warning: ")
    assert "evil.pdf: pypdf: Page resources are not a dictionary: /Evil␛]52;c;" in warning
    assert "We talked about the film for hours" in result.stdout  # the PDF's other page
    assert "A quotation long enough to count" in result.stdout  # and the other file


async def test_the_app_shows_it_as_a_neutral_toast(tmp_path):
    app = make_app([evil_folder(tmp_path)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        shown = [t for t in toasts(app) if "pypdf" in t]
        assert shown and "/Evil␛]52;c;" in shown[0].replace("\n", "")
        assert not any(c in "".join(toasts(app)) for c in RAW)


def test_any_librarys_log_and_warnings_are_neutral_and_named():
    notes: list[str] = []
    with collected(notes):
        logging.getLogger("somelib.deep").warning("bad object %s", "/X\x1b]52;c;aGk=\x07")
        logging.getLogger("somelib.deep").warning("and another")
    assert notes == ["somelib: bad object /X␛]52;c;aGk=␇ (and 1 more)"]


def test_python_warnings_too_and_outside_a_file_records_are_printed_neutral():
    """In a process of its own (pytest sets up logging and catches warnings): a
    warning while a file is read is its note; where no logging is set up (the command
    line and the app) Python would print a library's record bare: it is printed
    neutralised, with its library's name."""
    program = (
        "import logging, warnings\n"
        "from klayman_tui.corpus.ingest.library_logs import collected\n"
        "notes = []\n"
        "with collected(notes):\n"
        "    warnings.warn('inside \\x1b]52;c;aGk=\\x07', UserWarning)\n"
        "print(notes)\n"
        "logging.getLogger('otherlib.part').error('loose \\x1b[2J record')\n"
        "warnings.warn('a warning with \\x1b[31m colour', UserWarning)\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['UserWarning: inside ␛]52;c;aGk=␇']"
    assert "otherlib: loose ␛[2J record" in result.stderr
    assert "UserWarning: a warning with ␛[31m colour" in result.stderr
    assert not any(c in result.stderr for c in RAW)
