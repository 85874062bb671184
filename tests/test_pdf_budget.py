"""PDF decompression bombs made here: each is skipped with a warning within its time
and size budget, and the other files load."""

import subprocess
import sys
import textwrap

from hostile_pdfs import bomb_pdf, pages_pdf, stream

GOOD = 'Good\n\n"A quotation long enough to count," said Ms Good.\n'
BUDGET = 2.0  # seconds, lowered from the default so the test is quick
ONE_PAGE = 5.0  # the most one page can take past the deadline (its operator limit)
# Peak memory of the load: unbudgeted, these files took 1.2 to 1.9 GB; within the budget
# about 400 MB, more when a loaded machine lets a page run further before its deadline.
MEMORY = 600

LOAD = textwrap.dedent("""
    import resource, sys, time
    from klayman_tui.corpus.ingest import pdf_budget  # the budget, lowered for the test
    pdf_budget.SECONDS, pdf_budget.SECONDS_PER_MB = {seconds}, 0.0
    pdf_budget.TEXT_CHARACTERS = {characters}
    import klayman_tui
    start = time.process_time()  # the work done, whatever else the machine is doing
    corpus = klayman_tui.load([sys.argv[1]])
    print(f"{{time.process_time() - start:.2f}}")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    print(" ".join(s.id for s in corpus.sources))
    print("\\n".join(corpus.warnings))
""")


def load_in_a_process(folder, seconds=BUDGET, characters=16 << 20, timeout=60):
    program = LOAD.format(seconds=seconds, characters=characters)
    result = subprocess.run([sys.executable, "-c", program, str(folder)],
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    seconds, megabytes, ids, *warnings = result.stdout.splitlines()
    return float(seconds), int(megabytes), ids.split(), warnings


def test_decompression_bombs_are_skipped_within_their_budget(tmp_path):
    """A 200 KB page inflating to 70 MB (it took minutes and over a gigabyte), and
    forty pages sharing one 3.5 MB stream of some 700,000 operators: both
    skipped with a warning, quickly and in little memory; the article beside them
    loads."""
    (tmp_path / "inflates.pdf").write_bytes(bomb_pdf(1, 70))
    (tmp_path / "shared.pdf").write_bytes(bomb_pdf(40, 3.5))
    (tmp_path / "good.txt").write_text(GOOD)
    seconds, megabytes, ids, warnings = load_in_a_process(tmp_path)
    assert ids == ["good"]
    assert any("inflates.pdf: skipped, over budget: a stream inflates past 4 MB" in w
               for w in warnings), warnings
    assert any(f"shared.pdf: skipped, over budget: took over {BUDGET:.0f} s" in w
               for w in warnings), warnings
    assert seconds < BUDGET + ONE_PAGE
    assert megabytes < MEMORY


def test_too_much_text_is_skipped_and_a_drawing_page_is_left_out(tmp_path):
    """Pages of one 3 MB string each pass every stream limit, but not the text
    budget (lowered here to 4 million characters); a page of a million operators
    gives no text, and the PDF's other pages still load."""
    string = b"BT /F1 12 Tf 72 720 Td (" + b"A" * (3 << 20) + b") Tj ET"
    (tmp_path / "wordy.pdf").write_bytes(pages_pdf([0] * 40, [stream(string, True)]))
    drawing = b"0 0 m 1 1 l S\n" * 250_000
    text = (b"BT /F1 12 Tf 72 720 Td (\"We kept every page we could,\" said Ms Draw.) Tj ET")
    (tmp_path / "drawing.pdf").write_bytes(
        pages_pdf([0, 1], [stream(drawing, True), stream(text)]))
    seconds, megabytes, ids, warnings = load_in_a_process(tmp_path, 30, 4 << 20)
    assert ids == ["drawing"]
    assert any("wordy.pdf: skipped, over budget: more than 4 million characters" in w
               for w in warnings), warnings
    assert any("drawing.pdf: PDF: page 1: more than 300,000 operators, its text is "
               "left out" in w for w in warnings), warnings
    assert seconds < 10 and megabytes < MEMORY
