"""Split an article into paragraphs and give each a role (headline, answer, comment …)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Block, Role, Source
from ..words.lexicon import DAY_PATTERN, MONTH_PATTERN, TITLES, UPPER, first_names
from ..words.roles import ORGANISATION_NOUNS, ORGANISATION_WORDS
from .front_matter import front_matter_span
from .speakers import SpeakerBook, initials, unnamed_interviewer

_SENTENCE_END = ".?!:;\"”’)]…"

# Site furniture: lines that start a certain way, or short lines with certain words.
_FURNITURE_START_RE = re.compile(
    r"(top of page|bottom of page|skip to (main )?content|advertisement|share this"
    r"|about the author|comments are closed|also read:|related:|read more:|follow us"
    r"|sign up|click here)", re.IGNORECASE)
# Searched in most short paragraphs: each pattern opens on its words' first letters in
# either case ("ſ" is an "s" to a case-blind match), then says no letter comes before,
# so the search skips from one such letter to the next instead of trying every position
# (with ``\b`` first and a case-blind flag, the first alone was half ``base_role``'s time).
_FURNITURE_WORD_RE = re.compile(
    r"[SsſNnAa](?<!\w.)(?i:(?<=s)ubscribe|(?<=n)ewsletter|(?<=a)ll rights reserved)\b")
# What makes a newsletter or subscribing named in a short paragraph the page's call to
# sign up ("Sign up for our newsletter", "Subscribe now"), not the story's ("Ostby’s
# newsletter", "the 40,000 people who subscribe to his channel"): an "our", a "your", a
# "now", a "here" or a verb of signing up.
_SIGN_UP_RE = re.compile(r"\b(?:our|your|now|today|here|sign(?:ing)?\s+up)\b",
                         re.IGNORECASE)


def _furniture_words(text: str) -> bool:
    """Whether a short paragraph says the words of a page's furniture."""
    found = _FURNITURE_WORD_RE.search(text)
    return found is not None and (found.group()[:1] in "Aa" or bool(_SIGN_UP_RE.search(text)))


_AUTHOR_BIO_RE = re.compile(r"^about the author$", re.IGNORECASE)
# "Written by Ann Lee", "Interview by Ruth Addison" (a questionnaire's credit, at its end)
BY_LEAD = r"(?:(?:written|story|words|text|posted|interview|interviewed)\s+)?by"
# (a name's capital after "by", whatever the case of the rest: "By accident, really."
# is an answer's first words, no byline)
_BYLINE_RE = re.compile(
    rf"^({BY_LEAD}\s+(?-i:[A-Z]).{{0,80}}|(staff|contributing|senior|special|guest)\s+"
    r"(writer|reporter|correspondent|editor|contributor))$",
    re.IGNORECASE,
)
_MONTH = rf"{MONTH_PATTERN}\.?"
DATE_RE = re.compile(
    rf"\b(\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(
    rf"^({DAY_PATTERN},?\s+)?({DATE_RE.pattern})\.?$", re.IGNORECASE
)
_COMMENT_START_RE = re.compile(r"^\d{1,3}\.\s+\S")
_COMMENT_SAYS_RE = re.compile(r"\bsays:\s*$", re.IGNORECASE)
# Opened by its words' first letters, as ``_FURNITURE_WORD_RE`` is.
_CAPTION_RE = re.compile(
    r"[PpCc(](?i:(?<=p)(?<!\w.)hoto(?:graph)?\b|(?<=c)(?<!\w.)ourtesy\b|(?<=\()credit|(?<=\()$)")
# A turn's label ("AK:", "Q:"), in Markdown's emphasis too ("**Q:**", "**Q**:").
LABEL_RE = re.compile(r"^(?P<em>\*\*|__|\*|_)?"
                      # (a small word of a name between: "Rest of World:")
                      rf"(?P<label>[{UPPER}a-z][\w.'’&-]*(?:\s+(?:of\s+|the\s+|and\s+)?"
                      rf"[{UPPER}][\w.'’&-]*){{0,3}})"
                      # (the outlet a reporter asks for, after a slash: "MARICAR
                      # SANTOS/DZBB:", "JOEL REYES/PHILIPPINE STAR:")
                      rf"(?:/[{UPPER}][\w.'’&-]*(?:\s+[{UPPER}][\w.'’&-]*){{0,3}})?"
                      # (and the role a broadcast transcript gives after the name:
                      # "Rhonda Keller, Superintendent, Harlan Springs School District:")
                      rf"(?:,\s+[{UPPER}][^:,\n]{{0,60}}){{0,2}}"
                      r"(?:(?P=em))?:(?:(?P=em))?\s+(?=\S)")
# Characters a label and its colon may take at a paragraph's start (a name and its role:
# "Rhonda Keller, Superintendent, Harlan Springs R-IV School District:").
LABEL_CHARS = 120
EMPHASIS = "*_"  # Markdown's marks around a whole line ("*By Ann Lee*")


class RawParagraph:
    """One paragraph as split: its bounds, and its place in its group of lines. (A
    plain class: compiled, a dataclass's __init__ is still interpreted, five times
    slower, and there is one of these for every paragraph read.)"""

    __slots__ = ("start", "end", "first_in_group", "group_size")

    def __init__(self, start: int, end: int, first_in_group: bool, group_size: int) -> None:
        self.start, self.end = start, end
        self.first_in_group, self.group_size = first_in_group, group_size


_LINE_RE = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[RawParagraph]:
    """Paragraphs are separated by blank lines or by line breaks; a line that
    continues a sentence (the previous line has no end mark, this one starts in lower
    case) is joined to the paragraph before it."""
    paragraphs: list[RawParagraph] = []
    group: list[list[int]] = []  # [start, end] of each paragraph in the current group

    def close_group() -> None:
        size = len(group)
        for position, (start, end) in enumerate(group):
            paragraphs.append(RawParagraph(start, end, position == 0, size))
        group.clear()

    previous_end = 0
    for match in _LINE_RE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            close_group()
            continue
        line_start = match.start()
        if text.count("\n", previous_end, line_start) > 1:
            close_group()  # a blank line came before this one
        previous_end = match.end()
        start = line_start + len(line) - len(line.lstrip())
        end = start + len(stripped)
        if group:
            last = group[-1]
            if text[last[1] - 1] not in _SENTENCE_END and stripped[0].islower():
                last[1] = end
                continue
        group.append([start, end])
    close_group()
    return paragraphs


# A quotation closed on its own sentence's end with words after it (“… now.” — X):
# a quoted line with its credit, not a heading.
_CREDITED_QUOTE_RE = re.compile(r"[.!?][”\"]\s+\S")


_HEADING_CHARS = 70  # a heading is no longer
_ENDS_A_CLAUSE = frozenset(".!?:;,”’\"')]…")
_CAPTION_FREE_MARKS = frozenset("“”\"«»„")  # (a credited quotation is no caption)


def _is_heading(text: str) -> bool:
    if len(text) > _HEADING_CHARS or _CREDITED_QUOTE_RE.search(text):
        return False
    words = text.split()
    core = text.rstrip("”’\"'")  # “… then.” ends a sentence, ‘A moving target’ does not
    return (len(text) <= 70 and len(words) <= 9 and core[-1:] not in ".!?:,;"
            and (text[0].isupper() or text[0] in "‘“'\"" or text[0].isdigit()))


def _is_caption(text: str) -> bool:
    if len(text) > 140 or text.rstrip("”’\"'")[-1:] in ".!?":
        return False
    if _CAPTION_RE.search(text):
        return True
    if len(text) > _HEADING_CHARS and text[-1:] not in _ENDS_A_CLAUSE and not (
            _CAPTION_FREE_MARKS.intersection(text)):
        # Too long for a heading, and no sentence: an image's caption set in the flow
        # ("Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up
        # through the harbourside silt"), not narration whose subject may speak.
        return True
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words) and len(text) < 40


# A person's name alone: a given name and a surname or two, capitalised, and no more.
_BARE_NAME_RE = re.compile(rf"[{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+){{1,2}}")


def bare_name(text: str) -> bool:
    """Whether a line is only a person's name: "Jessica Tran" (its first word a given
    name, no word a body's or a title: not "Getty Images", "Staff Reporter"; a surname
    may be a word of places, "Allison Park", not a body's noun, "Victoria Station"; nor
    a place over a date line, "Kuala Lumpur" ¶ "28 May 2024", whose first word no list
    of given names has)."""
    if len(text) > 40 or not _BARE_NAME_RE.fullmatch(text):
        return False
    words = text.lower().split()
    return words[0] in first_names() and (
        ORGANISATION_WORDS.isdisjoint(words[:-1]) and words[-1] not in ORGANISATION_NOUNS
        and TITLES.isdisjoint(words[1:]))


# A name and, in brackets, the outlet its writer files for: "Arya Pratama (The Jakarta
# Post)", a byline whatever list holds the given name.
_NAME_WITH_OUTLET_RE = re.compile(rf"{_BARE_NAME_RE.pattern}(?:\s*\((?:The\s+)?[{UPPER}][^()]{{1,40}}\)"
                                  # (or after a dot or bar: "Adrian Leclerc · CBC Books")
                                  rf"|\s+[·|•]\s+(?:The\s+)?[{UPPER}][^·|•]{{1,40}})")


def _name_with_outlet(text: str) -> bool:
    return len(text) <= 80 and _NAME_WITH_OUTLET_RE.fullmatch(text) is not None


def name_shaped(text: str) -> bool:
    """Whether a line has a name's shape: two or three capitalised words, whatever list
    holds the first ("Thandeka Mokoena")."""
    return len(text) <= 40 and _BARE_NAME_RE.fullmatch(text) is not None


def byline_name(text: str) -> bool:
    """Whether a line is a byline without "By": a person's name alone (``bare_name``),
    or a name and its outlet in brackets, or a name and where it was filed from
    ("Daniel Ashcroft in Coventry")."""
    placed = _NAME_IN_PLACE_RE.fullmatch(text) if len(text) <= 80 else None
    return bare_name(text) or _name_with_outlet(text) or placed is not None and bare_name(
        placed.group(1))


_NAME_IN_PLACE_RE = re.compile(
    rf"({_BARE_NAME_RE.pattern}) in [{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+)?")


def _named_below(line: str, below: list[str]) -> bool:
    """Whether the story names the last word of a byline's name: the one it is about (an
    obituary's subject over her dates, an interviewee over the date), not its author (who
    may be named as the one who talks with the person it is about: "Petrina Wright sat
    down with him before his last week of shifts")."""
    name = line.partition(" (")[0]
    placed = _NAME_IN_PLACE_RE.fullmatch(name)
    if placed is not None:
        name = placed.group(1)  # (not the place: "Daniel Ashcroft in Coventry")
    word = re.compile(rf"\b{re.escape(name.split()[-1])}\b(?!\s+{TALKING}\b)")
    return any(word.search(text) for text in below)


# What an interviewer does with the one interviewed, or the other way round, in the
# story's words ("sat down with", "talks to"): metadata.TALKS_WITH_RE reads it too.
TALKING = (r"(?:s[ai]ts?\s+down|catch(?:es)?\s+up|caught\s+up|spoke|speaks|talked|talks|"
           r"chatted|chats)\s+(?:with|to)")


def base_role(text: str, is_first: bool) -> Role:
    if len(text) > 300:  # furniture, bylines, headings and captions are all short
        return Role.NARRATION
    if _FURNITURE_START_RE.match(text) or (len(text) <= 200 and _furniture_words(text)):
        return Role.BOILERPLATE
    bare = text.strip(EMPHASIS)
    if len(text) <= 100 and (_BYLINE_RE.match(bare) or _DATE_LINE_RE.match(bare)):
        return Role.BYLINE
    if is_first and len(text) <= 200 and text[-1] != ".":
        return Role.HEADLINE
    if _is_caption(text) and not is_first:
        return Role.CAPTION
    if _is_heading(text):
        return Role.HEADING
    return Role.NARRATION


def _mark_comments(texts: list[str], roles: list[Role]) -> list[int | None]:
    """Find a reader-comment section (numbered entries, "Name says:") after the
    article; returns for each paragraph the index of the comment it belongs to."""
    owner: list[int | None] = [None] * len(texts)
    current: int | None = None
    for i, text in enumerate(texts):
        if text[0].isdigit() and _COMMENT_START_RE.match(text):
            after_furniture = i > 0 and roles[i - 1] is Role.BOILERPLATE
            says = _COMMENT_SAYS_RE.search(text.split("\n")[0]) is not None
            if current is not None or after_furniture or says:
                current = i
                owner[i] = i
                continue
        if current is not None:
            if roles[i] is Role.BOILERPLATE and not (
                    text[0].isdigit() and _COMMENT_START_RE.match(text)):
                current = None
                continue
            owner[i] = current
    return owner


# The labels of an interview's questions and answers whoever speaks ("Q:", "A:").
_ASKING_LABELS = ("q", "question")
# An interview's turns set off by a full stop, not a colon ("Q. Why salt?" / "A. My
# grandfather …"): only question and answer, and only where both are used, so that an
# initial opening a paragraph ("A. Smith said …") is not an answer.
# (or spelled out, as Spanish papers set them: "Question. You have been …" / "Answer. I
# understand …")
_QA_STOP_RE = re.compile(r"^(?P<label>[QA]|Question|Answer)\.\s+(?=\S)")
_ANSWERING_LABELS = ("a", "answer")
QA_LABELS = frozenset(_ASKING_LABELS + _ANSWERING_LABELS)


# Paragraphs before a transcript's first turn that may say it was a news conference.
CONFERENCE_PARAGRAPHS = 2
_CONFERENCE_RE = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing)s?\b"
                            # ("took questions from reporters outside the fire station")
                            r"|\bquestions\s+from\s+(?:the\s+)?(?:reporters|journalists|media)\b",
                            re.IGNORECASE)
UNNAMED_REPORTER = "reporter"


def _label_roles(texts: list[str], candidates: list[int], book: SpeakerBook,
                 interviewee: str | None, interviewer: str | None,
                 outlet: str | None, lede: int | None
                 ) -> dict[int, tuple[str, int, Role, str | None]]:
    """Labelled interview turns ("AK: …"): index -> (label, body offset, role, speaker).
    ``lede``: the story's first paragraph of narration."""
    found: dict[int, tuple[str, int]] = {}
    stopped: dict[int, tuple[str, int]] = {}  # "Q. …" and "A. …"
    for i in candidates:
        text = texts[i]
        # A label ("AK:", "dGenerate Films:") ends within the first few words.
        match = LABEL_RE.match(text) if ":" in text[:LABEL_CHARS] else None
        if match and match.group("label").lower().replace(" ", "") == "q&a":
            continue  # "Q&A: Two minutes with Tawera Ngata": the exchange's heading
        if match:
            found[i] = (match.group("label"), match.end())
        elif match := _QA_STOP_RE.match(text):
            stopped[i] = (match.group("label"), match.end())
    stops = {label[0] for label, _ in stopped.values()}
    if stops == {"Q", "A"} or stops == {"Q"} and found:
        # ("Q. How is the shoulder?" ¶ "BENCE VARGA: It started …": questions so marked,
        # answers under the one answering's name)
        found.update(stopped)
    # A list's headings are no one's turns ("Color: Stores use color …", "Want: You
    # bought this item because …"): a label of words the article also writes in small
    # letters names no speaker (not a name in capitals, nor a first name: "Rose:").
    if found:
        whole = "\n".join(texts)
        found = {i: turn for i, turn in found.items() if not heading_label(turn[0], whole)}
    # The story's first paragraph under a label used nowhere else, in words that do not
    # talk, opens with a dateline ("SINGAPORE: Hazy skies returned …"), not a turn.
    if lede in found:
        label, offset = found[lede]
        if (sum(other == label for other, _ in found.values()) == 1
                and not talks(texts[lede][offset:])):
            del found[lede]
    # A transcript is people talking: most turns say I, we or you, or ask (outside any
    # quotation). Notes under labels say none of it ("Kraken: At Chicago on Monday.",
    # "Blues: The Blues' top line was dominant …"): no turns.
    # A broadcast transcript's labels are names in capitals, each taking several turns
    # ("KATE TINDALL: At first glance …"): people, however much of it is narration.
    if not people_talk([(label, texts[i][offset:]) for i, (label, offset) in found.items()]):
        talk = _talk_introduced(texts, found)
        if talk is None:
            return {}
        found = {i: turn for i, turn in found.items() if i >= talk}
    labels = {label for label, _ in found.values()}
    # "Q: …" with answers set below, unlabelled: three questions make an interview.
    if len(labels) == 1 and _asks_only(labels) and len(found) >= 3:
        pass
    elif len(found) < 4 or len(labels) < 2:
        return {}
    # Questions put at a news conference are the reporters' there, not one interviewer's
    # ("The following are excerpts from the post-match press conference …").
    if any(_CONFERENCE_RE.search(texts[i]) for i in candidates
           if min(found) - CONFERENCE_PARAGRAPHS <= i < min(found)):
        interviewer = outlet = UNNAMED_REPORTER
    asking = {interviewer, outlet} - {None}
    ask_initials = {initials(name).lower() for name in asking}  # type: ignore[arg-type]

    def role_of(label: str) -> tuple[Role, str | None]:
        resolved = book.resolve(label)
        if label.lower() in _ASKING_LABELS:
            return Role.QUESTION, interviewer or unnamed_interviewer(outlet)
        if label.lower() in _ANSWERING_LABELS:
            return Role.ANSWER, interviewee
        if interviewee and (resolved == interviewee
                            or label.lower() == initials(interviewee).lower()):
            return Role.ANSWER, interviewee
        if resolved in asking or label in asking or label.lower() in ask_initials:
            # ("HC:" for the interviewer Harriet Cole: her name)
            named = resolved or next((name for name in asking if name is not None
                                      and initials(name).lower() == label.lower()), label)
            if named == outlet and not interviewer:  # the outlet asks: nobody is named
                named = unnamed_interviewer(outlet)
            return Role.QUESTION, named
        # Otherwise whoever mostly asks questions is the interviewer.
        turns = [texts[i] for i, (lab, _) in found.items() if lab == label]
        asks = sum(t.rstrip().endswith("?") for t in turns)
        return (Role.QUESTION if asks * 2 > len(turns) else Role.ANSWER), resolved or label

    cache = {label: role_of(label) for label in labels}
    return {i: (label, offset, *cache[label]) for i, (label, offset) in found.items()}


def heading_label(label: str, whole: str) -> bool:
    """Whether a label heads an item of a list rather than naming who speaks: each of
    its words is one the article (``whole``, its text) writes in small letters, none a
    first name, and the story past its first line never writes the label inside a
    sentence as a name; never a name in capitals, nor Q or A."""
    words = label.split()
    low = label.lower()
    if not words or label.isupper() or low in _ASKING_LABELS or low in _ANSWERING_LABELS:
        return False
    given = first_names()
    if not all(word.lower() not in given and re.search(
            rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", whole) for word in words):
        return False
    # (nor a name the story writes inside a sentence past its first line: "Senator
    # Mark Brown and executive Laura Wood sparred …" ¶ "Brown: …", "Wood: …")
    body = whole.partition("\n")[2]
    return re.search(rf"(?<=[\w,;] ){re.escape(label)}(?![\w’'-])", body) is None


_GLUED_Q_RE = re.compile(r"Q(?=[A-Z][a-z]+ )")
_TALKING_RE = re.compile(r"\?|\bI\b|\b(?i:I[’']m|me|my|we|us|our|you|your)\b")
QUOTED_RE = re.compile(r"[“\"][^“”\"]*[”\"]")


_SPEAKING_FOR_ONESELF_RE = re.compile(r"\bI\b|\b(?i:I[’']m|I[’']ve|me|my)\b")


def says_i(turn: str) -> bool:
    """Whether a turn's own words (not what it quotes) say I, me or my: one person
    answering, not a paper's "we" and "you" ("Here is what you need to know")."""
    return _SPEAKING_FOR_ONESELF_RE.search(QUOTED_RE.sub(" ", turn)) is not None


# A question of two words or more, then one sentence of five words or more, quoting
# nobody.
_ASKED_THEN_TOLD_RE = re.compile(
    r"[A-Z][^“”\"?.!]*\s[^“”\"?.!]*\?\s+([A-Z][^“”\"?!\s]*(?:\s+[^“”\"?!\s]+){4,}\.)")


def asked_then_told(turn: str) -> bool:
    """Whether a paragraph is a question, then a word on why it is asked, in nobody's
    own voice ("Why batteries? It is not the most obvious path for a young Emirati
    engineer."): an interviewer's, set apart as one ending in a question mark is."""
    asked = _ASKED_THEN_TOLD_RE.fullmatch(turn) if "? " in turn else None
    return asked is not None and not says_i(asked.group(1))


def _prompts(turn: str, after: str) -> bool:
    """Whether a paragraph after an answer is the interviewer's prompt that asks nothing:
    one short sentence in nobody's own voice, put to the one answering or telling what
    another says ("Your family says you never took a sick day.", "The education secretary
    says last year's 6.5% was the best deal in a generation."), or answered in the first
    person ("The book is about three women and a cafe, but really it’s about grief." ¶
    "It is. My dad died in 2018, …")."""
    own = QUOTED_RE.sub(" ", turn)
    if len(turn) > PROMPT_CHARACTERS or _SENTENCE_INSIDE_RE.search(turn.rstrip()) or (
            _SPEAKING_FOR_ONESELF_RE.search(own) or _SPEAKING_FOR_US_RE.search(own)):
        return False
    if after.rstrip().endswith("?") or after[:1] in _QUOTE_MARKS:
        return False  # (an answer follows a prompt, not a question, nor the story quoting
        #               someone it names: "Her editor, Joanna Platt, …, says she had been
        #               braced …" ¶ "“I was expecting a tribute act,” she says.")
    return bool(_ADDRESSED_OR_TOLD_RE.search(own)) or says_i(after)


# A prompt is one sentence of this many characters at most.
PROMPT_CHARACTERS = 200
_SENTENCE_INSIDE_RE = re.compile(r"[.!?][”’\"']?\s+[“‘\"']?[A-Z]")
_SPEAKING_FOR_US_RE = re.compile(r"\b(?i:we|us|our)\b")
# Put to "you" as its subject, or telling what another says: "Your family says", "You
# work closely with …", "Critics argue" (not an answer's "… with your family doctor").
_ADDRESSED_OR_TOLD_RE = re.compile(r"^(?:You|Your)\b|\b(?:says|said|argue|argues|claim|"
                                   r"claims|insist|insists)\b")


def talks(turn: str) -> bool:
    """Whether a turn's own words (not what it quotes) speak as people do: "I", "we",
    "you", or a question."""
    return _TALKING_RE.search(QUOTED_RE.sub(" ", turn)) is not None


def people_talk(turns: list[tuple[str, str]]) -> bool:
    """Whether labelled paragraphs, (label, words after it), are people talking: most
    say I, we or you or ask, or two full names take several turns each."""
    counts = Counter(label for label, _ in turns)
    # (a name of words each with a capital: "KATE TINDALL", "Carlos Montero")
    voices = sum(count >= 2 and " " in label and all(w[:1].isupper() for w in label.split())
                 for label, count in counts.items())
    return sum(talks(words) for _, words in turns) * 2 >= len(turns) or voices >= 2


# A paragraph that brings in a talk set out below it: "The interview, conducted by VRK
# presenter Kari Dahl, included a short exchange about the proposal:".
_TALK_INTRODUCED_RE = re.compile(r"\b(?:interview|exchange|conversation|transcript|excerpts?|"
                                 r"discussion|dialogue|debate)\b[^.!?]*:\s*$", re.IGNORECASE)


def _talk_introduced(texts: list[str], found: dict[int, tuple[str, int]]) -> int | None:
    """Where labelled turns begin under a paragraph that brings in a talk, ending on a
    colon, when every label from there on is a name in capitals: turns, however little
    each says of I or you ("Mattias Berg: On a ferry, actually."); None when no paragraph
    does."""
    for first in sorted(found):
        if first - 1 not in found and first > 0 and _TALK_INTRODUCED_RE.search(texts[first - 1]):
            if all(all(word[:1].isupper() for word in label.split())
                   for i, (label, _) in found.items() if i >= first):
                return first
    return None


def _asks_only(labels) -> bool:
    """Whether every label is the question's ("Q:"): the answers are unlabelled."""
    return all(label.lower() in _ASKING_LABELS for label in labels)


_QUOTE_MARKS = ("“", "”", '"')


@dataclass
class Turn:
    """Who speaks in an interview paragraph."""

    role: Role
    speaker: str | None


def build_blocks(source: Source, *, kind: str | None, interviewee: str | None,
                 interviewer: str | None, outlet: str | None, title: str | None,
                 extra_boilerplate: frozenset[str], book: SpeakerBook,
                 markdown: bool = False) -> tuple[list[Block], dict[int, Turn]]:
    """Paragraphs with roles, plus the speaker of each interview turn. ``markdown``:
    the text is a Markdown file's, whose front matter is furniture."""
    text = source.text
    raw = split_paragraphs(text)
    texts = [text[p.start:p.end] for p in raw]
    roles: list[Role] = []
    seen_content = False
    front_end = front_matter_span(text) if markdown else 0  # a clipping's metadata
    for para, at in zip(texts, raw):
        if para in extra_boilerplate or at.start < front_end:
            roles.append(Role.BOILERPLATE)
            continue
        # With the title known (front matter, a page, sources.toml), a first paragraph
        # that is a labelled turn ("Q: Why did you make the film?") is the first turn.
        # (A headline printed in capitals is its title re-cased: the same words.)
        headline = bool(title) and para.lower() == title.lower()  # type: ignore[union-attr]
        first = not seen_content and not (title and not headline and LABEL_RE.match(para))
        role = base_role(para, is_first=first)
        if headline:
            role = Role.HEADLINE
        if role is not Role.BOILERPLATE:
            seen_content = True
        roles.append(role)
    # The paragraph after the headline is its dek when it is a sentence-length summary;
    # a person's name alone on a line right under them is the byline, "By" left out
    # ("Jessica Tran" ¶ "Central Alberta Chronicle" ¶ "Published Oct. 22, 2021").
    for i, role in enumerate(roles):
        if role is Role.HEADLINE:
            nxt = i + 1
            if nxt < len(roles) and roles[nxt] in (
                    Role.NARRATION, Role.HEADING, Role.CAPTION) and (
                    _name_with_outlet(texts[nxt]) or (
                        bare_name(texts[nxt]) or name_shaped(texts[nxt])
                        and nxt + 1 < len(roles) and roles[nxt + 1] is Role.BYLINE)
                    and not _named_below(texts[nxt], texts[nxt + 1:])):
                # "Arya Pratama (The Jakarta Post)", "Petrina Wright" ¶ "05:00, Mar 22
                # 2024", "MARCUS KEARNEY": a name is no summary, no dek, no heading (nor,
                # over a date line, one whose given name no list has: "Thandeka
                # Mokoena" ¶ "29 Nov 2019")
                roles[nxt] = Role.BYLINE
                break
            if (nxt < len(roles) and roles[nxt] in (Role.NARRATION, Role.CAPTION)
                    and len(texts[nxt]) < 400
                    and not LABEL_RE.match(texts[nxt]) and texts[nxt][0] not in "“\"‘'"):
                # (one a caption's words would make a caption elsewhere too: "The battery
                # start-up’s boss on raising money in a downturn, …")
                roles[nxt] = Role.DEK
                nxt += 1
            if nxt < len(roles) and roles[nxt] is not Role.BOILERPLATE and (byline_name(
                    texts[nxt])) and not _named_below(texts[nxt], texts[nxt + 1:]):
                roles[nxt] = Role.BYLINE
            break
    # An author bio: everything from "About the author" on.
    for i, para in enumerate(texts):
        if _AUTHOR_BIO_RE.match(para):
            for j in range(i, len(roles)):
                roles[j] = Role.BOILERPLATE
            break
    owners = _mark_comments(texts, roles)
    for i, owner in enumerate(owners):
        if owner is not None:
            roles[i] = Role.COMMENT

    turns: dict[int, Turn] = {}
    labels: dict[int, tuple[str, int, Role, str | None]] = {}
    body_roles = (Role.NARRATION, Role.DEK)
    candidates = [i for i, r in enumerate(roles) if r in body_roles or r is Role.HEADING]
    lede = next((i for i in candidates if roles[i] is Role.NARRATION), None)
    labels = _label_roles(texts, candidates, book, interviewee, interviewer, outlet, lede)
    if labels:
        current: Turn | None = None
        last_label = max(labels)
        # Only questions labelled ("Q: …"): the paragraphs after one are its answer.
        answer = (Turn(Role.ANSWER, interviewee)
                  if _asks_only({label for label, *_ in labels.values()}) else None)
        # A transcript whose every turn is labelled ends at its last label: a paragraph
        # after it, set apart and not talking, is the story again ("Back in Singapore,
        # residents said …"); a line run on under the last turn is still its words.
        all_labelled = all(i in labels or roles[i] not in body_roles
                           for i in range(min(labels), last_label))
        for i in range(len(roles)):
            if i in labels:
                _, _, role, speaker = labels[i]
                current = Turn(role, speaker)
            elif current is None or roles[i] not in body_roles:
                continue
            elif answer is not None and current.role is Role.QUESTION:
                current = answer
            elif i > last_label and (
                    all_labelled and raw[i].first_in_group and not talks(texts[i])
                    or any(mark in texts[i] for mark in _QUOTE_MARKS)) or (
                    answer is None and current.role is Role.ANSWER
                    and raw[i].first_in_group and not talks(texts[i])):
                # After the turns, a paragraph quoting someone, or set apart and not
                # talking, is the story; so is one set apart and not talking between two
                # exchanges whose every turn is labelled ("A: Four hours." ¶ "Prosecutors
                # also introduced a sworn statement …" ¶ "Q: You never told anyone?").
                current = None
                continue
            roles[i] = current.role
            turns[i] = current
    elif kind == "interview":
        asker = interviewer or unnamed_interviewer(outlet)
        in_qa = False
        asked = [roles[i] in body_roles and (
            paragraph.first_in_group and paragraph.group_size >= 2
            # (a question's "Q" whose bold lost its space: "QLast October, …")
            or paragraph.group_size == 1 and (texts[i].endswith("?")
                                              or bool(_GLUED_Q_RE.match(texts[i]))
                                              or asked_then_told(texts[i])))
            for i, paragraph in enumerate(raw)]
        last_asked = max((i for i, question in enumerate(asked) if question), default=-1)
        for i, paragraph in enumerate(raw):
            if roles[i] not in body_roles:
                continue
            glued = _GLUED_Q_RE.match(texts[i])
            label = LABEL_RE.match(texts[i]) if ":" in texts[i][:LABEL_CHARS] else None
            said = label.group("label").lower() if label else ""
            if asked[i] or in_qa and roles[i - 1] is Role.ANSWER and i < last_asked and (
                    not label and _prompts(texts[i], texts[i + 1])):
                in_qa = True
                roles[i] = Role.QUESTION
                turns[i] = Turn(Role.QUESTION, asker)
                if glued or said in _ASKING_LABELS:  # the label is left out
                    labels[i] = ("Q", label.end() if label else 1, Role.QUESTION, asker)
            elif in_qa and (roles[i - 1] is Role.QUESTION or talks(texts[i]) or not (
                    i > last_asked or any(mark in texts[i] for mark in _QUOTE_MARKS))):
                # (not a paragraph after an answer that quotes someone and does not talk:
                # the story again, "Mr Barclay said last week that he remained “open to
                # talks” …"; nor one after the last answer that does not talk: "The
                # Quiet Hours begins on ITV on Sunday at 9pm.")
                roles[i] = Role.ANSWER
                turns[i] = Turn(Role.ANSWER, interviewee)
                if said in _ANSWERING_LABELS:
                    labels[i] = (label.group("label"), label.end(),  # type: ignore[union-attr]
                                 Role.ANSWER, interviewee)

    blocks: list[Block] = []
    for i, paragraph in enumerate(raw):
        labelled = labels.get(i)
        blocks.append(Block(
            source=source, index=i, role=roles[i], start=paragraph.start, end=paragraph.end,
            label=labelled[0] if labelled else None,
            body_start=paragraph.start + labelled[1] if labelled else None,
        ))
    # Reader comments: one block per comment, so "the two comments" are two blocks.
    new_index = _new_indexes(owners)
    return _merge_comments(blocks, owners), {new_index[i]: t for i, t in turns.items()}


def _new_indexes(owners: list[int | None]) -> list[int]:
    """Each paragraph's index once comment paragraphs are merged (one pass: a count of
    the paragraphs merged away before each)."""
    indexes, removed = [], 0
    for old, owner in enumerate(owners):
        indexes.append(old - removed)
        if owner is not None and owner != old:
            removed += 1
    return indexes


def _merge_comments(blocks: list[Block], owners: list[int | None]) -> list[Block]:
    merged: list[Block] = []
    for block, owner in zip(blocks, owners):
        if owner is not None and owner != block.index and merged:
            merged[-1].end = block.end
            continue
        merged.append(block)
    for index, block in enumerate(merged):
        block.index = index
    return merged
