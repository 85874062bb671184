"""PDF clippings as a browser's "Save as PDF" or a press clipping lays them out: the
outlet, the headline in a larger type, a "By …" byline and the date at the top, then
the article; the PDF's own metadata has no title or author and a creation date that
is not the article's. Used by the tests and by ``benchmarks/clipping_metadata.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

MONTHS = ("January February March April May June July August September October "
          "November December").split()
SHORT = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


@dataclass
class Clipping:
    outlet: str
    title: str
    authors: list[str]  # people's names as the byline prints them
    date: str  # ISO
    paragraphs: list[str]


def byline(names: list[str], capitals: bool = False) -> str:
    """"By A", "By A and B", "By A, B and C"."""
    shown = [n.upper() for n in names] if capitals else list(names)
    if len(shown) > 1:
        shown = [", ".join(shown[:-1]) + " and " + shown[-1]]
    return "By " + shown[0]


def printed_date(iso: str, style: int) -> str:
    """The date as outlets print it, in one of five styles."""
    day = date.fromisoformat(iso)
    return [
        f"{SHORT[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        iso,
        f"Updated 5:12 PM ET, {DAYS[day.weekday()]} {MONTHS[day.month - 1]} {day.day}, "
        f"{day.year}",
        f"{MONTHS[day.month - 1]} {day.day}, {day.year} at 8:59 pm",
    ][style % 5]


def _latin(text: str) -> str:
    """The core PDF fonts know Latin-1 only: curly marks and dashes as plain ones."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-",
                           "…": "...", "\u00a0": " "})
    return text.translate(table).encode("latin-1", "replace").decode("latin-1")


def write_clipping(path: Path, clip: Clipping, layout: int = 0,
                   created: datetime | None = None) -> None:
    """A clipping PDF of ``clip`` in one of several layouts (``layout`` picks the order
    of outlet and headline, the byline's form, the date's style and whether byline and
    date share a line)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    made = created or datetime.now(timezone.utc)
    pdf.set_creation_date(made)
    if layout % 4 == 2:  # a browser's print: the day printed, the page title, its URL
        stamp = f"{made.month}/{made.day}/{made.year % 100:02d}, 10:00 AM"

        def header() -> None:
            pdf.set_font("Helvetica", size=8)
            pdf.cell(0, 5, _latin(f"{stamp}  {clip.title[:60]}"), new_x="LMARGIN",
                     new_y="NEXT")
            pdf.ln(2)

        def footer() -> None:
            pdf.set_y(-12)
            pdf.set_font("Helvetica", size=8)
            pdf.cell(0, 5, f"https://www.example.com/news/story-{len(clip.title)}  "
                           f"{pdf.page_no()}/{{nb}}")

        pdf.header, pdf.footer = header, footer
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()

    def line(text: str, size: float, style: str = "", gap: float = 2) -> None:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, size * 0.45, _latin(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    by = byline(clip.authors, capitals=layout % 4 == 3) if clip.authors else ""
    when = printed_date(clip.date, layout)
    outlet = lambda: line(clip.outlet, 11, "B", 4)  # noqa: E731
    if layout % 2 == 0:
        outlet()
    line(clip.title, 11 if layout % 5 == 4 else 20, "B", 3)  # a headline in body type
    if layout % 3 == 1 and by:
        line(f"{by} | {when}", 10, "", 6)
    else:
        if by:
            line(by, 10, "", 1)
        line(when, 10, "I", 6)
    if layout % 2 == 1:
        outlet()
    for paragraph in clip.paragraphs:
        line(paragraph, 11, "", 3)
    pdf.output(str(path))
