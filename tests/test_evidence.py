"""Every quote keeps how its speaker was decided (the cue's words, the rule, a
confidence), the reader shows it, and an uncertain speaker is marked and said so."""

import json
import os
import subprocess
import sys
import textwrap

from app_helpers import make_app, screen_text, search_for, settle, toasts

import klayman_tui
from klayman_tui.corpus.extract.evidence import evidence_line

STORY = '''
    Council deal

    Tony Blair opened the meeting on Monday.

    "We have waited long enough for this," said Tony Blair.

    Tom Brown met Jack Green on Friday to talk it over.

    "We agreed on nothing at all," he said.
    '''


def write_story(tmp_path):
    (tmp_path / "story.txt").write_text(textwrap.dedent(STORY).lstrip(), encoding="utf-8")
    return tmp_path


def test_a_quote_keeps_its_cue_rule_and_confidence(tmp_path):
    source = klayman_tui.load([write_story(tmp_path)]).sources[0]
    cued = source.quotes[0]
    assert [source.text[a:b] for a, b in cued.cue_spans] == ["said Tony Blair"]
    assert cued.rule == "quote-verb-subject"
    assert cued.confidence > 0.9 and not cued.uncertain
    assert evidence_line(cued) == "said Tony Blair (¶3)"


def test_a_pronoun_shows_where_its_person_is_named(tmp_path):
    source = klayman_tui.load([write_story(tmp_path)]).sources[0]
    guessed = source.quotes[1]
    # Two men named just before: either could be "he", so the name is given, marked.
    assert guessed.speaker in ("Tom Brown", "Jack Green")
    assert guessed.uncertain
    line = evidence_line(guessed)
    assert line.startswith("he said (¶5); he → ") and "named as" in line and "in ¶4" in line


def test_a_turn_of_an_exchange_shows_the_turn_it_alternates_with(tmp_path):
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Harbour trial

        "You signed those cheques, didn't you, Mr Tawa?" Doyle asked.

        "I signed what I was given to sign," Tawa replied.

        "Not even the name of the person being paid?"
        ''').lstrip(), encoding="utf-8")
    turn = klayman_tui.load([tmp_path]).sources[0].quotes[-1]
    assert turn.speaker == "Doyle" and turn.rule == "dialogue-turn"
    assert evidence_line(turn) == "turns alternate in the exchange: “Doyle asked” (¶2)"


def test_quotes_json_carries_the_evidence(tmp_path):
    env = {**os.environ, "KLAYMAN_TUI_NO_CACHE": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "klayman_tui", "--data", str(write_story(tmp_path)), "quotes",
         "--format", "json"], capture_output=True, text=True, env=env, check=True).stdout
    first, second = json.loads(out)
    text = (tmp_path / "story.txt").read_text(encoding="utf-8")
    (start, end), = first["cue"]
    assert text[start:end] == "said Tony Blair"
    assert first["rule"] == "quote-verb-subject" and first["confidence"] > 0.9
    assert len(second["cue"]) == 2 and second["confidence"] < 0.6


async def test_the_reader_shows_the_evidence_and_marks_an_uncertain_speaker(tmp_path):
    app = make_app([write_story(tmp_path)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n")  # the first quote
        await settle(pilot)
        assert "who: said Tony Blair (¶3)" in screen_text(app)
        assert "(uncertain)" not in str(app.article.border_title)
        await pilot.press("n")  # the guessed one
        await settle(pilot)
        text = screen_text(app)
        assert "(uncertain)" in str(app.article.border_title)
        assert "who: he said (¶5); he →" in text
        await pilot.press("c")
        await settle(pilot, 0.3)
        assert any("Speaker uncertain" in toast for toast in toasts(app)), toasts(app)
        assert "We agreed on nothing at all" in app.clipboard


async def test_a_confident_copy_says_nothing_of_its_speaker(tmp_path):
    app = make_app([write_story(tmp_path)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "c")
        await settle(pilot, 0.3)
        assert toasts(app) and not any("uncertain" in toast for toast in toasts(app))


async def test_a_toast_leaves_the_evidence_line_in_sight(tmp_path):
    """Toasts stand above the reader's bottom border, where the evidence line is: the
    copy's toast covered "who: said Tony Blair (¶3)" while it showed."""
    app = make_app([write_story(tmp_path)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "c")
        await settle(pilot, 0.3)
        assert toasts(app)
        assert "who: said Tony Blair (¶3)" in screen_text(app)


async def test_the_result_list_marks_an_uncertain_speaker(tmp_path):
    app = make_app([write_story(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await search_for(pilot, "agreed nothing")
        assert "(uncertain) — " in screen_text(app)
        await pilot.press("ctrl+u")
        await search_for(pilot, "waited long enough")
        assert "Tony Blair — " in screen_text(app) and "(uncertain)" not in screen_text(app)


def test_unknown_is_not_marked_uncertain():
    """"Unknown (uncertain)" said the same thing twice."""
    from types import SimpleNamespace

    from klayman_tui.app.rendering import speaker_shown

    assert speaker_shown(SimpleNamespace(speaker="Unknown", uncertain=True)) == "Unknown"
    assert speaker_shown(SimpleNamespace(speaker="Ann Lee", uncertain=True)) == \
        "Ann Lee (uncertain)"


async def test_copying_words_of_no_known_speaker_says_so(tmp_path):
    """c on a quote of Unknown said "Speaker uncertain (Unknown: …)": there is no one
    to be uncertain of; the copy is cited to the article, and the toast says that."""
    (tmp_path / "a.txt").write_text(
        "Harbour plan divides the town\n\nBy Ann Lee\n\nThe council met on Tuesday.\n\n"
        "“Nobody will ever take the quay from this town again.”\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "c")
        await settle(pilot, 0.3)
        assert any("Speaker unknown, cited to the article (no cue names a speaker"
                   in toast for toast in toasts(app)), toasts(app)
        assert app.clipboard.endswith("— Ann Lee, “Harbour plan divides the town.”")
