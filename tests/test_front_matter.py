"""Markdown as note apps and web clippers save it: YAML front matter (Obsidian Web
Clipper, Jekyll, Hugo) and a "# Title" heading. The front matter gives the citation
its title, authors, date and address; its lines are kept, as furniture, never quotes."""

import klayman_tui
from klayman_tui.corpus.cite.citation import format_citation
from klayman_tui.corpus.model import Role

CLIPPED = '''---
title: "Harbour plan divides the town"
source: "https://example.com/news/harbour"
author:
  - "[[Ann Lee]]"
  - "[[Bo Ray]]"
published: 2019-11-19
created: 2024-03-01
description: "“We will fight it,” said the fisherman Tom Brown, who opposes the plan."
tags:
  - "clippings"
---
# Harbour plan divides the town

"We will not be pushed around by developers," said Mayor Jane Smith on Tuesday.
'''


def test_front_matter_gives_the_citation_its_title_authors_date_and_address(tmp_path):
    (tmp_path / "clip.md").write_text(CLIPPED, encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    meta = source.metadata
    assert meta.title == "Harbour plan divides the town"
    assert [(a.given, a.family) for a in meta.authors] == [("Ann", "Lee"), ("Bo", "Ray")]
    assert meta.date == "2019-11-19"  # published, never the day it was clipped
    assert meta.url == "https://example.com/news/harbour"
    assert [q.text for q in source.quotes] == [
        "We will not be pushed around by developers"]  # none from the description
    front = [b for b in source.blocks if b.start < CLIPPED.index("# Harbour")]
    assert front and all(b.role is Role.BOILERPLATE for b in front)
    cited = format_citation(source.quotes[0], "apa")
    assert "Lee, A., & Ray, B. (2019, November 19). Harbour plan divides the town." in cited
    assert "---" not in cited and "title:" not in cited


def test_a_markdown_heading_is_the_title_without_its_marks(tmp_path):
    (tmp_path / "note.md").write_text(
        "# Harbour plan divides the town\n\nBy Ann Lee\n\n"
        '"We will not be pushed around," said Mayor Jane Smith.\n', encoding="utf-8")
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.title == "Harbour plan divides the town"
    assert meta.author == "Ann Lee"


def test_a_rule_at_the_top_is_not_front_matter(tmp_path):
    """Two rules around prose (no "key: value" lines) are the article's, not metadata."""
    (tmp_path / "ruled.md").write_text(
        "---\n\n“We will not be pushed around,” said Mayor Jane Smith.\n\n---\n",
        encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert [q.speaker for q in source.quotes] == ["Jane Smith"]


def test_broken_front_matter_is_left_as_it_is(tmp_path):
    (tmp_path / "broken.md").write_text(
        '---\ntitle: "never closed\nauthor: [[[\n---\n\n'
        '"We will not be pushed around," said Mayor Jane Smith.\n', encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert source.metadata.authors == ()
    assert [q.speaker for q in source.quotes] == ["Jane Smith"]


def test_bold_turn_labels_and_an_italic_byline(tmp_path):
    """A Markdown transcript marks its turns "**Q:**" / "**A:**" and its byline in
    italics: each answer's words were copied with "**A:** " in front of them, and the
    interviewer was not the byline's author (QA)."""
    (tmp_path / "interview.md").write_text(
        "# Interview with Jane Smith, mayor of Harbourtown\n\n*By Ann Lee*\n\n"
        "**November 19, 2019**\n\n"
        "**Q:** Why did you back the plan?\n\n"
        "**A:** Because the harbour has been losing money for a decade.\n\n"
        "**Q**: What do the fishermen say?\n\n"
        "**A**: They are angry, and I understand why.\n", encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert source.metadata.author == "Ann Lee" and source.metadata.date == "2019-11-19"
    assert [(q.speaker, q.text) for q in source.quotes] == [
        ("Ann Lee", "Why did you back the plan?"),
        ("Jane Smith", "Because the harbour has been losing money for a decade."),
        ("Ann Lee", "What do the fishermen say?"),
        ("Jane Smith", "They are angry, and I understand why.")]


def test_a_dashed_rule_and_a_dateline_are_not_front_matter(tmp_path):
    """A text that opens on a rule, then a dateline ("WASHINGTON: …"), with another
    rule further on, is an article: its quotes are kept (a block that says none of
    the fields front matter gives is not front matter)."""
    (tmp_path / "story.txt").write_text(
        "---\nWASHINGTON: The council met on Tuesday.\n\n"
        '"We will not be pushed around," said Mayor Jane Smith.\n---\n\nMore text.\n',
        encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert [q.speaker for q in source.quotes] == ["Jane Smith"]


def test_a_clipped_interview_gives_every_turn_to_its_speaker(tmp_path):
    """A clipped transcript whose title is in its front matter: its first question
    was taken for the headline, so the turns were not read as labelled (three of
    four), the first answer was lost, each quote kept its "Q:" / "A:", and "Interview:
    Ann Lee on …" named no interviewee: every answer was Unknown's (QA)."""
    (tmp_path / "talk.md").write_text(
        '---\ntitle: "Interview: Ann Lee on the harbour ferries"\ndate: 2019-10-03\n---\n\n'
        "**Q:** Why did you fight for the ferries?\n\n"
        "**A:** Because nobody else would, and the town needed them every day.\n\n"
        "**Q:** Did anyone ask you to stop?\n\n"
        "**A:** Never. They said, \u201cKeep going,\u201d even when the council voted.\n",
        encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert [(q.kind.value, q.speaker, q.text[:20]) for q in source.quotes] == [
        ("question", "interviewer", "Why did you fight fo"),
        ("answer", "Ann Lee", "Because nobody else "),
        ("question", "interviewer", "Did anyone ask you t"),
        ("answer", "Ann Lee", "Never. They said, \u201cK")]


def test_front_matter_that_is_not_yaml_is_said_and_is_no_title(tmp_path):
    """A clipping whose front matter does not parse ("title: [unclosed") was titled
    "--- title: [unclosed", silently (QA): it is kept as text, with a warning, and the
    title is missing rather than the block."""
    (tmp_path / "broken.md").write_text(
        '---\ntitle: [unclosed\n---\n\n"Broken front matter here," said Cy Wu.\n',
        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert corpus.sources[0].metadata.title is None
    assert any("broken.md: its front matter is not valid YAML" in w for w in corpus.warnings)
    assert [q.speaker for q in corpus.sources[0].quotes] == ["Cy Wu"]


def test_a_plain_text_file_has_no_front_matter(tmp_path):
    """Front matter is a Markdown file's: a .txt that opens on a block of "key: value"
    lines between rules lost them as furniture, and the quote they hold (QA)."""
    block = ("---\nMayor: \u201cWe will not be pushed around,\u201d said Mayor Jane Smith.\n"
             "Source: the council minutes\n---\n\nHarbour plan divides the town.\n")
    (tmp_path / "notes.txt").write_text(block, encoding="utf-8")
    (tmp_path / "clip.md").write_text(block, encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert [q.speaker for q in corpus.source("notes").quotes] == ["Jane Smith"]
    assert corpus.source("clip").quotes == []  # the same block is a clipping's metadata


def test_a_quote_holds_a_links_words_not_its_address(tmp_path):
    """A clipped article keeps its links as Markdown: the quote was copied as
    “a [disaster](https://…) for everyone” (QA). Links, images and bold are read as
    their words; emphasis in single marks and brackets of the text's own stay."""
    (tmp_path / "clip.md").write_text(
        "# Harbour plan divides the town\n\n![](https://example.com/photo.jpg)\n\n"
        'He called it “a [disaster](https://example.com/a "The report") for **everyone**,”'
        " said Mayor Jane Smith.\n\n"
        "“[laughs] We have seen snake_case and 2*3*4 before,” said Tom Brown.\n",
        encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert [q.text for q in source.quotes] == [
        "a disaster for everyone", "[laughs] We have seen snake_case and 2*3*4 before"]
    assert "https://" not in source.text


def test_a_date_no_calendar_has_leaves_out_the_date_alone(tmp_path):
    """``date: 2020-02-30`` made the YAML reader raise, and the whole front matter was
    dropped: title, author and address gone, the citation "Untitled article" and the
    front matter's lines read as the article's text (new-user trial). Only the date is
    left out, with the warning any impossible date gets."""
    clipped = ('---\ntitle: "Front matter title"\nauthor: "[[Ann Lee]]"\ndate: 2020-02-30\n'
               'source: https://example.com/a\n---\n# Heading\n\n'
               '“We will not be pushed around,” said Mayor Jane Smith.\n')
    (tmp_path / "clip.md").write_text(clipped, encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    source = corpus.sources[0]
    meta = source.metadata
    assert (meta.title, meta.author, meta.url) == (
        "Front matter title", "Ann Lee", "https://example.com/a")
    assert meta.date is None and meta.date_source is None
    assert [w.split(": ", 1)[1] for w in corpus.warnings] == [
        "its date '2020-02-30' is not a real date: left out"]
    front = [b for b in source.blocks if b.start < clipped.index("# Heading")]
    assert front and all(b.role is Role.BOILERPLATE for b in front)
    assert "Lee, Ann. “Front Matter Title.”" in format_citation(source.quotes[0], "mla")


def test_a_value_that_cannot_be_read_as_tagged_leaves_out_that_value_alone(tmp_path):
    """A value YAML cannot build (a tag no reader knows, "!!int abc", bad base64) is
    read as its text, or left out, never the whole front matter; "[[Ann Lee]]" without
    quotes (a list in a list to YAML) is still the author."""
    (tmp_path / "clip.md").write_text(
        '---\ntitle: !headline "Front matter title"\nauthor: [[Ann Lee]]\n'
        'url: !!int abc\nsite: !!binary "not base64 ~~"\npublished: 2019-11-19\n'
        'source: https://example.com/a\n---\n\n'
        '“We will not be pushed around,” said Mayor Jane Smith.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    meta = corpus.sources[0].metadata
    assert (meta.title, meta.author, meta.date, meta.url) == (
        "Front matter title", "Ann Lee", "2019-11-19", "https://example.com/a")
    assert corpus.warnings == []
