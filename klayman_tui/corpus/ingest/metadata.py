"""Source metadata: from a ``sources.toml`` entry (read by ``sidecar``), else inferred
from the text."""

from __future__ import annotations

import re

from ..model import METADATA_FIELDS, Author, Block, Metadata, Role, names_in_prose
from ..neutralise import neutral_line
from ..words.lexicon import (ABBREVIATIONS, FUNCTION_WORDS, HONORIFICS, MINOR_WORDS,
                             MONTH_STEMS, TITLE_WORDS, UPPER, first_names)
from ..words.roles import ROLE_NOUNS
from .blocks import (BY_LEAD, DATE_RE, EMPHASIS, LABEL_RE, QA_LABELS, QUOTED_RE, TALKING,
                     byline_name,
                     asked_then_told, heading_label, name_shaped, people_talk, says_i,
                     talks)
from .bylines import NEWSROOM_WORDS, author_record, split_byline
from .clipping import date_line
from .dates import find_dates, may_hold_date
from .front_matter import front_matter

_BY_RE = re.compile(rf"^{BY_LEAD}\s+(.+?)(\s*[,|–—-]\s*.*)?$", re.IGNORECASE)
_INTERVIEW_WITH_RE = re.compile(
    r"\b(?:interview(?:ed)?|Q\s*&\s*A|conversation)\s+with\s+(?P<name>(?:[A-Z][\w'’-]+\s?){1,4})",
    re.IGNORECASE)
# "Interview: Alison Klayman on making Never Sorry", "Q&A — Ann Lee": the name that
# follows, when a lower-case word, a comma or the end comes after it (not "Interview:
# The Director Who Filmed Ai Weiwei"), past a role before it ("Q&A: Interim police
# chief Marcus Delaney on …").
_INTERVIEW_LEAD_RE = re.compile(
    r"^(?i:interview|q\s*&\s*a|in conversation)\s*[:|–—-]\s*"
    r"(?:[A-Z][\w'’-]+\s+(?:(?!(?:on|about|in|at|of|for|with|and|to|from|after|over)\s)"
    r"[a-z][\w'’-]+\s+){0,2}(?P<role>[a-z][\w'’-]+)\s+(?=[A-Z]))?"
    r"(?P<name>(?:[A-Z][\w'’-]+\s?){1,4}?)(?=$|[,;:(]|\s+[a-z])")
_MONTH_NUMBERS = {m: i for i, m in enumerate(MONTH_STEMS, start=1)}
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+|\s+#+\s*$")


def curated_metadata(entry: dict) -> Metadata:
    """A ``sources.toml`` entry's fields, each on one line; a blank one is missing
    (an author of spaces is no author to cite). Authors are ``authors = [...]`` (names,
    or tables of ``given`` and ``family``, or ``literal`` for an organisation), else an
    ``author`` byline, split into its people."""
    fields = {k: neutral_line(entry[k]).strip() for k in METADATA_FIELDS
              if k != "authors" and isinstance(entry.get(k), str)}
    metadata = Metadata(**{k: v for k, v in fields.items() if v})  # type: ignore[arg-type]
    return metadata._replace(authors=curated_authors(entry))


def curated_authors(entry: dict) -> tuple[Author, ...]:
    listed = entry.get("authors")
    if isinstance(listed, list):
        found = (author_record(_neutral_record(value)) for value in listed)
        return tuple(a for a in found if a is not None)
    byline = entry.get("author")
    return tuple(split_byline(neutral_line(byline))) if isinstance(byline, str) else ()


def _neutral_record(value: object) -> object:
    if isinstance(value, str):
        return neutral_line(value)
    if isinstance(value, dict):
        return {k: neutral_line(v) for k, v in value.items() if isinstance(v, str)}
    return None


def iso_date(found: str) -> str:
    """``Monday, September 10, 2012`` -> ``2012-09-10`` (best effort, else as found)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", found):
        return found
    year = re.search(r"\d{4}", found)
    month = re.search(r"[A-Za-z]{3}", found)
    day = re.search(r"\b\d{1,2}\b", found)
    if year and month and month.group().lower() in _MONTH_NUMBERS:
        number = _MONTH_NUMBERS[month.group().lower()]
        if day:
            return f"{year.group()}-{number:02d}-{int(day.group()):02d}"
        return f"{year.group()}-{number:02d}"
    return found


# A first line longer than this, or holding two sentences, is the article's first
# paragraph, not its headline (headlines run to about fifteen words, in one sentence).
TITLE_MAX_WORDS = 25
_OPEN_END_RE = re.compile(r"[,;:…]['’\"”)]*$")
_NEXT_SENTENCE_RE = re.compile(r"(\S+)[.?!]['’\"”)]*(?=\s+['‘\"“(]?[A-Z])")


def _under_a_label(blocks: list[Block]) -> str | None:
    """The headline a text's first line only labels: "The Harbour Gazette", "OPINION"
    (an outlet's name or a section's, in capitals, "The …" or with a newsroom word),
    then a longer line that is no sentence, then the byline: that line is the title."""
    shown = [b for b in blocks[:8] if b.role is not Role.BOILERPLATE][:3]
    if len(shown) < 3 or [b.role for b in shown] != [Role.HEADLINE, Role.HEADING, Role.BYLINE]:
        return None
    label, headline = shown[0].text.split(), shown[1].text.split()
    labels = (len(label) <= 3 and len(headline) > len(label) and (
        shown[0].text.isupper() or label[0] == "The" and all(w[:1].isupper() for w in label)
        or any(w.lower() in NEWSROOM_WORDS for w in label)))
    return shown[1].text if labels else None


_RULE_RE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$", re.MULTILINE)


def _title_line(line: str) -> str | None:
    """The first line as a title when it reads as one; else None (missing stays
    missing: a citation then describes the work rather than cite a cut paragraph)."""
    line = line.strip()
    if not line or len(line.split()) > TITLE_MAX_WORDS or _OPEN_END_RE.search(line) \
            or not any(c.isalnum() for c in line):
        return None
    if _ends_sentence(line) and not _headline_form(line):
        return None  # a standfirst or the first sentence: a headline has no full stop
    for found in _NEXT_SENTENCE_RE.finditer(line):
        word = found.group(1).lower().strip("‘“\"'(")
        if len(word) > 1 and "." not in word and word not in ABBREVIATIONS:
            return None  # "… across the country? Please share your videos …"
    return line


# "Insiders: Trump will rebound …": a kicker of at most three capitalised words, a
# colon, then the headline.
_KICKER_RE = re.compile(r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}:\s+\S")


def _headline_form(line: str) -> bool:
    """A headline however it ends (some archives end every headline on a full stop): a
    kicker before a colon, or more than three in four of its longer words after the
    first capitalised ("Jeb Bush Says Trump Is a Jerk."); a sentence has neither."""
    if _KICKER_RE.match(line):
        return True
    words = [w for w in line.split()[1:] if len(w.strip("‘“\"'(.,:;")) > 3]
    capitals = sum(w.lstrip("‘“\"'(")[:1].isupper() for w in words)
    return len(words) >= 2 and capitals * 4 > len(words) * 3


def _ends_sentence(line: str) -> bool:
    """Ends on a full stop that is no abbreviation's ("… and the quay closed." does;
    "… to leave the U.S.", "… Harbour Holdings Inc." do not)."""
    core = line.rstrip("'’\"”)]")
    if not core.endswith(".") or core.endswith(".."):
        return False
    word = core.split()[-1].lower().strip("‘“\"'(")
    return "." not in word[:-1] and word[:-1] not in ABBREVIATIONS


_CAPS_WORD_RE = re.compile(rf"[{UPPER}][{UPPER}'’]*")


def readable_title(title: str, text: str) -> str:
    """A headline printed all in capitals ("HARBOUR PLAN DIVIDES THE TOWN"), as every
    guide and reference manager wants it: in headline style ("Harbour Plan Divides the
    Town"), a word the article also writes in capitals keeping them ("US"), and so a
    word with no vowel ("BBC", "NHS"). A title with any small letter is as printed."""
    if any(c.islower() for c in title) or sum(c.isalpha() for c in title) < 4:
        return title
    body = text.replace(title, " ")
    kept = {w for w in _CAPS_WORD_RE.findall(body) if len(w) > 1
            and re.search(rf"(?<![{UPPER}]){re.escape(w)}(?![{UPPER}])", body)} if body else set()
    words = title.split(" ")

    def cased(match: re.Match[str], index: int) -> str:
        word = match.group()
        if word in kept or not set(word.lower()) & set("aeiouy"):
            return word
        if 0 < index < len(words) - 1 and word.lower() in MINOR_WORDS and not (
                words[index - 1].endswith((":", "—", "–", "?", "!"))):
            return word.lower()  # (a subtitle's first word keeps its capital)
        if len(word) > 3 and word[1] in "'’":  # "O’BRIEN" is O’Brien
            return word[:3] + word[3:].lower()
        return word[0] + word[1:].lower()

    return " ".join(_CAPS_WORD_RE.sub(lambda m, i=i: cased(m, i), word)  # type: ignore[misc]
                    for i, word in enumerate(words))


# Roles of one spoken to who asks ("spoke with Vulture senior editor Nate Oyelaran",
# "spoke with CBC host Anna Laurin").
ASKING_ROLES = frozenset("editor reporter journalist correspondent host presenter anchor "
                         "interviewer writer".split())
# A surname opening its sentence right before the verb of talk ("Hollis spoke to …").
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w'’-]+)\s+$")
# "The Courier spoke to Ms Ní Bhriain", "sat down with Dr. Okafor", "in an interview
# with John Smith": the person the turns after it answer for.
_SPOKE_TO_RE = re.compile(
    r"(?<!\b[Hh]e )(?<!\b[Ss]he )(?<!\bwho )(?<!\b[Tt]hey )"  # "he spoke with POLITICO"
    r"\b(?:spoke|talked|chatted|sat down|caught up|[Aa]n [Ii]nterview"
    r"|[IiAa]n? [Cc]onversation)\s+"
    # (past a role set off before the name: "spoke with the head of the Riau Disaster
    # Mitigation Agency (BPBD), Syamsul Bahri, about …")
    r"(?:to|with)\s+(?:(?:the|its|their|our)\s+[^,.;:]{1,80},\s+)?"
    rf"(?:(?i:{'|'.join(sorted(HONORIFICS))})\.?\s+)?"
    r"((?:[A-Z][\w'’-]+|N[íi]|Mac|Mc|de|van|von|al|bin)(?:\s+(?:[A-Z][\w'’-]+|N[íi]|de|van|der|von|al|bin)){0,3})")


# After a body's name, the role of the one spoken to and their name: "Panen Raya
# co-founder and CEO Rina Kusumawardani".
_HELD_BY_RE = re.compile(r"\s+((?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){1,5})"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def _a_role(words: list[str]) -> bool:
    """Whether words between a body's name and a person's are a role ("co-founder and
    CEO"), not a phrase of where ("at his Cringila home")."""
    lows = [word.lower() for word in words]
    return any(low in ROLE_NOUNS for low in lows) and all(
        low == "and" or low not in FUNCTION_WORDS for low in lows)


def _untitled(name: str) -> str:
    """A name without the titles before it: "Vice President Joe Biden" is Joe Biden
    (a name of one word keeps them: "President Obama")."""
    words = name.split()
    first = 0
    while first < len(words) - 2 and (words[first].lower().rstrip(".") in TITLE_WORDS
                                      or words[first].lower().rstrip(".") in HONORIFICS):
        first += 1
    return " ".join(words[first:])


def _turn(paragraph: str) -> tuple[str, str]:
    """A labelled paragraph's label and its words after it."""
    match = LABEL_RE.match(paragraph)
    return (match.group("label"), paragraph[match.end():]) if match else ("", paragraph)


def _introduced(text: str, before: list[Block]) -> str | None:
    """The person the prose just before an article's Q and A turns (labelled or not)
    says was interviewed, by the fullest name the article gives them ("Ms Ní Bhriain" is
    "Siobhán Ní Bhriain" named earlier); None when it says nobody."""
    for block in reversed(before):
        said = block.text
        if said.isupper():  # a headline in capitals: its names read as written
            said = readable_title(said, text)  # ("… A CONVERSATION WITH NORA VANCE")
        found = _SPOKE_TO_RE.search(said)
        if found is None:
            continue
        speaker = _SUBJECT_BEFORE_RE.search(said, 0, found.start())
        held = _HELD_BY_RE.match(said, found.end(1))
        asks = held is not None and not ASKING_ROLES.isdisjoint(
            held.group(1).lower().split())
        if speaker is not None:
            named = re.search(rf"(?:\b([a-z]+)[ \t]+)?\b([A-Z][\w'’-]+)[ \t]+"
                              rf"{re.escape(speaker.group(1))}\b", text)
            if named and (named.group(2).lower() in first_names() or asks
                          or (named.group(1) or "") in ROLE_NOUNS):
                # "Hollis spoke to Jonathan Pereira on RN's Sound Check": a person who
                # spoke to someone answers (the one the article names in full so, a
                # person by a given name or a role: "Country singer Bec Hollis"; not
                # "Rolling Stone spoke with Haddad")
                return _untitled(named.group(2) + " " + speaker.group(1))
        name = found.group(1)
        if name.isupper() or name.startswith("The "):
            continue  # "spoke with POLITICO", "spoke to The Indian Express": the outlet asks
        if held is not None and _a_role(held.group(1).split()):
            name = held.group(2)  # "spoke to Panen Raya co-founder and CEO Rina …": hers
        fuller = re.search(rf"((?:[A-Z][\w'’-]+[ \t]+){{1,2}}){re.escape(name)}\b", text)
        # (within a line: not "…life after Hollywood" ¶ "Austin Butler earned …"; nor a
        # word of a question before it, "Is Panen Raya profitable now?", nor a body's in
        # the possessive, "Panen Raya's Rina Kusumawardani")
        if fuller and not any(w.lower().rstrip(".") in HONORIFICS or w.lower() in FUNCTION_WORDS
                              or w.endswith(("'s", "’s")) for w in fuller.group(1).split()):
            return _untitled(fuller.group(0))
        return _untitled(name)
    return None


# Unlabelled questions that make an exchange: at least this many, each set apart.
EXCHANGE_QUESTIONS = 3
# Questions that make an exchange with nothing before them to say so.
UNINTRODUCED_QUESTIONS = 5
# A question set apart is a paragraph of at most this many characters.
QUESTION_CHARACTERS = 400
# The note a Q and A's introduction may end on instead of a colon: "This interview has
# been edited for length and clarity.", "… She spoke to the i before Friday's walkout.
# The conversation has been condensed." (one short sentence: a note, not a sentence of
# the story that mentions an edit).
EDITED_NOTE_RE = re.compile(
    r"\b(?:interview|conversation|exchange|transcript|excerpts?|discussion|q\s*&\s*a)\b"
    r".*\b(?:edited|condensed|abridged|shortened)\b", re.IGNORECASE)
EDITED_NOTE_CHARACTERS = 200
# Or a note that what follows is part of the talk: "Here is part of their
# conversation.", "Below is an excerpt from the interview."
_EXCERPT_NOTE_RE = re.compile(
    r"^(?:Here|Below|What follows)\b[^.!?]*\b(?:conversation|interview|exchange|"
    r"transcript|excerpts?|discussion|chat)\b", re.IGNORECASE)
# A last sentence that says who talked with whom may be longer, with the role of the one
# who answers: "The Post’s Sujata Adhikari spoke with Ramesh Prasad Khanal, executive
# director of the Melamchi Water Supply Development Board, about the state of …".
TALK_NOTE_CHARACTERS = 320
# Or the writer's own talk with the one who answers, anywhere in the paragraph before
# the questions: "She is talking to me over video from her kitchen, …".
_TALKS_TO_WRITER_RE = re.compile(r"\b(?:talking|talks|talked|spoke|speaks|speaking|chatted|"
                                 r"chats|chatting)\s+(?:to|with)\s+(?:me|us)\b")
# Or the paper's note of where the talk was: "We spoke in her lab, surrounded by
# fridges of carefully labelled sewage." (not a columnist's "I spoke to him afterwards")
_WE_MET_RE = re.compile(r"(?:(?:Here|Below|Recently|Today|Now|So),\s+)?[Ww]e\s+"
                        r"(?:spoke|talked|met|chatted|sat\s+down|caught\s+up|speak|talk|"
                        r"meet|chat|sit\s+down|catch\s+up)\b")
# Or the paper's own sitting with someone, set down just before the questions: "The
# Mercury sat down with Mr Marinelli at his home the week before his birthday.", "Here,
# Kearney talks to Niall Moran about home support". (Not _SPOKE_TO_RE, which takes the
# one named after it for the one who answers: here either may be; the engine reads the
# other of the two as the one who asks.)
_TALKING = rf"\b{TALKING}\s+"
# (or a he or she, when the writer is not the one talking: "Petrina Wright sat down with
# him before his last week of shifts", not a column's "I spoke to him afterwards")
TALKS_WITH_RE = re.compile(rf"{_TALKING}(?=[A-Z])|(?<!\bI )(?<!\b[Ww]e ){_TALKING}"
                           r"(?=(?:him|her|them)\b)")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def unlabelled_exchange(blocks: list[Block]) -> int | None:
    """Where prose introduces a Q and A with no labels: the index of a paragraph of
    narration (or the dek: "She spoke to us in her Lagos office:") ending in a colon ("In
    an interview, Iyer spoke about the cap … Edited excerpts:"), or the short note that
    says it was edited ("This interview has been edited for length and clarity."), that
    the story's last paragraphs follow as questions set apart, short,
    quoting nobody and ending in a question mark, each answered by a paragraph or more
    that asks nothing, most of them in the words of one who talks (I, we, you: not an
    explainer's "What happened?" ¶ "The bridge collapsed at 1.30am …") and one at least
    saying I (not a paper's "Here is what you need to know:" ¶ "Can I get a refund?" ¶
    "Yes. … you are entitled …"); at least three questions, the first right after the
    colon. With nothing before to say so, a questionnaire (``UNINTRODUCED_QUESTIONS`` or
    more, put to "you", answered in the first person, after an introduction not in the
    writer's own voice). None when the article has no such exchange."""
    body = [b for b in blocks if b.role is Role.NARRATION or b.role is Role.DEK]
    for at, block in enumerate(body):
        if at + 1 >= len(body) or not _set_apart_question(body[at + 1]):
            continue  # (the first question comes right after, introduced or not)
        words = block.text.rstrip()
        note = _SENTENCE_BREAK_RE.split(words)[-1]  # (its last sentence)
        introduced = (
            words.endswith(":")
            or len(note) <= EDITED_NOTE_CHARACTERS and (
                EDITED_NOTE_RE.search(note) is not None or _WE_MET_RE.match(note) is not None
                or _EXCERPT_NOTE_RE.match(note) is not None)
            or len(note) <= TALK_NOTE_CHARACTERS and TALKS_WITH_RE.search(note) is not None
            or _TALKS_TO_WRITER_RE.search(words) is not None)
        questions = answers = talking = oneself = asks_you = asks_oneself = 0
        answered = True  # the last question has its answer
        told = 0  # paragraphs in nobody's voice since the last answer's first
        for after in body[at + 1:]:
            words = after.text.rstrip()
            if _set_apart_question(after):
                if not answered:
                    break  # two questions in a row: no exchange
                questions, answered = questions + 1, False
                asks_you += _YOU_RE.search(words) is not None
                asks_oneself += says_i(words)
                answers, told = answers + told, 0  # (an answer's own, after all)
            elif questions == 0:
                break  # the colon's paragraph is followed by no question
            elif not answered and _NARRATED_RE.search(words):
                break  # a question the story answers, quoting ("I ask her this first …
                #        “Life,” she says."): a profile's, no exchange
            elif answered and not talks(words):
                told += 1  # (past the last answer's first paragraph, the story going on
                #            after it, "Platt's group has …": not counted)
            else:
                answered = True
                answers += 1
                talking += talks(words)
                oneself += says_i(words)
        else:
            if introduced and questions >= EXCHANGE_QUESTIONS and answered and oneself and (
                    talking * 3 >= answers * 2 or talking * 2 >= answers and not asks_oneself):
                # (half the answers talking is enough when no question asks for the one
                # asking, an interviewer's prompts that ask nothing leaving answers in
                # nobody's voice among them; not a paper's "Does the cap limit my
                # bill?" ¶ "No. … you pay per unit" ¶ "The figure is based on …")
                return blocks.index(block)
            if questions >= UNINTRODUCED_QUESTIONS and answered and oneself * 2 >= answers and (
                    asks_you * 2 >= questions and not asks_oneself
                    and not says_i(block.text)):
                # (no colon or note: a magazine's questionnaire, "When were you
                # happiest?" ¶ "The summer I was 19 …": many questions, most put to
                # "you" and none saying I, most answers saying I, after an introduction
                # not in the writer's own voice; not a column's "Did I miss it?", nor an
                # editor's "so I want to answer your questions:")
                return blocks.index(block)
    return None


_YOU_RE = re.compile(r"\b(?i:you|your)\b")
# A quotation the writer gives to a he or she: "“Life,” she says." (the story telling
# the answer, not an answer in its speaker's own words).
_NARRATED_RE = re.compile(r"[,.!?][”\"’']\s+(?:she|he)\s+(?:says|said|adds|added)\b")


def _set_apart_question(block: Block) -> bool:
    """A paragraph that is a question set apart: short, ending in a question mark, quoting
    nobody or asking of what it quotes in a sentence of its own after it ("You have said
    the warming is “not a forecast but a fact”. What does it actually mean for
    Ireland?"; not "“Why?” she asked.")."""
    words = block.text.rstrip()
    if len(words) > QUESTION_CHARACTERS:
        return False
    if not words.endswith("?"):
        return asked_then_told(words)
    closing = max(words.rfind(mark) for mark in "”\"")
    return closing < 0 and "“" not in words or _ASKS_AFTER_QUOTING_RE.fullmatch(
        words, closing + 1) is not None or all(
        # (or quoting only a title or a term, a few words: "Where were you when you
        # realized “Marigold” was blowing up?")
        len(term.split()) <= TERM_WORDS for term in QUOTED_RE.findall(words))


# A title or a term a question quotes is this many words at most.
TERM_WORDS = 3
# After the last quotation a question asks: a sentence of its own, two words or more.
_ASKS_AFTER_QUOTING_RE = re.compile(r"[.,]?\s+[A-Z][^“”\"]*\s[^“”\"]*\?")


def infer_metadata(text: str, blocks: list[Block], markdown: bool = False) -> Metadata:
    """Title from the headline (or first line), author from a "By …" byline, a date
    from a date pattern near the top; anything not found stays missing. ``markdown``:
    a Markdown file's, whose front matter says what it gives."""
    front = (front_matter(text) if markdown else None) or Metadata()
    # (A paragraph that opens on a rule, "---", is no headline: front matter that is
    # not YAML, or a rule of the text's own.)
    title = front.title or next((b.text for b in blocks if b.role is Role.HEADLINE
                                 and not _RULE_RE.match(b.text)), None)
    if title and not front.title:
        title = _under_a_label(blocks) or title
    if title is None:
        first = next((b for b in blocks if b.role is not Role.BOILERPLATE), None)
        # A text that opens on its byline or dateline has no headline: one comes
        # before them, and what follows them is the article ("By Kevin Mazur/WireImage."
        # is not a title, nor the paragraph after it).
        if first is not None and first.role is not Role.BYLINE:
            title = _title_line(first.text.split("\n")[0])
    if title:  # one line ("…the council\nvotes…" wrapped), without "# " marks
        title = _MARKDOWN_HEADING_RE.sub("", " ".join(title.split())) or None
    if title and not front.title:
        title = readable_title(title, text)
    authors: tuple[Author, ...] = ()
    bylines = [block.text.strip(EMPHASIS) for block in blocks  # ("*By Ann Lee*" in Markdown)
               if block.role is Role.BYLINE]
    # A "By" line first; else a name alone the paragraphs' roles set as a byline
    # ("Jessica Tran"; one no list of given names holds, "Thandeka Mokoena", where its
    # place says so), not over a "By" line (a photographer's credit above it).
    for byline in [b for b in bylines if _BY_RE.match(b)] or [
            b for b in bylines if byline_name(b)] or [b for b in bylines if name_shaped(b)]:
        authors = tuple(split_byline(byline))
        if authors:
            break
    date = None
    # A publication date is in the byline or a dateline of its own near the top,
    # never any date in the body (a report's "year to 31 December 2004").
    near_top = [b.text for b in blocks if b.role is Role.BYLINE]
    near_top += [b.text for b in blocks[:6] if b.role is not Role.BOILERPLATE and (
        len(b.text) <= 60 or len(b.text) <= 120 and date_line(b.text))]
    for candidate in near_top:
        if not may_hold_date(candidate):
            continue
        printed = find_dates(candidate)  # "Nov. 19, 2019", "11/19/2019", "19 November…"
        match = DATE_RE.search(candidate)
        if printed or match:
            date = printed[0].settled() if printed else iso_date(match.group())  # type: ignore[union-attr]
            break
    kind = None
    interviewee = None
    if title:
        found = _INTERVIEW_WITH_RE.search(title) or _INTERVIEW_LEAD_RE.match(title)
        if found is not None and found.re is _INTERVIEW_LEAD_RE and found.group("role") and (
                found.group("role") not in ROLE_NOUNS):
            found = None  # (a sentence, not a role: "INTERVIEW-WFP warns Lebanon food aid
            #               could run out")
        if found:
            kind = "interview"
            named = found.group("name").strip(" ,")
            # (not one whose words own what follows: "Interview: Nigeria's finance
            # minister on subsidy reform" names no one; its introduction may)
            interviewee = None if named.endswith(("'s", "’s")) else _untitled(named)
        elif re.search(r"\bQ\s*&\s*A\b", title):
            kind = "interview"
    labelled = [i for i, b in enumerate(blocks)  # (no paragraph copied to read 40 characters)
                if text.find(":", b.start, min(b.end, b.start + 40)) >= 0
                and LABEL_RE.match(b.text)]
    # (labels over lists are no interview: a match report's line-ups, "Ashcombe:
    # Whitlock, Okafor, …", "Subs not used: …", "Ref: P Crossley")
    # (nor are a list's headings: "Color: Stores use color …", "Want: You …")
    turned = [(i, turn) for i in labelled
              if not heading_label((turn := _turn(blocks[i].text))[0], text)]
    labelled = [i for i, _ in turned]
    turns = [turn for _, turn in turned]
    if len(labelled) >= 4 and (people_talk(turns) or any(
            label.lower() in QA_LABELS for label, _ in turns)):
        # (a Q and A is an interview by its form, whatever its other labels: "Photo:")
        kind = "interview"
        if interviewee is None:
            interviewee = _introduced(text, blocks[max(0, labelled[0] - 3):labelled[0]])
    if kind is None:
        opened = unlabelled_exchange(blocks)
        if opened is not None:
            # "… Edited excerpts:" ¶ "What was your first reaction?" ¶ "Honestly, …":
            # a Q and A whose questions are set apart by their question marks alone
            kind = "interview"
            # (whom with: the one its introduction says was spoken with, "The Daily
            # Courier spoke with Wanjiru Kamau, a community health promoter, …"; else
            # the engine reads it in the introduction)
            interviewee = interviewee or _introduced(
                text, blocks[max(0, opened - 1):opened + 1])
    # In an interview the byline's author is the one asking.
    interviewer = names_in_prose([a.name for a in authors]) or None \
        if kind == "interview" else None
    inferred = Metadata(title=title, authors=authors, date=date,
                        date_source="printed" if date else None, kind=kind,
                        interviewee=interviewee, interviewer=interviewer,
                        subject=interviewee)
    return front._replace(**{name: getattr(inferred, name) for name in Metadata._fields
                             if getattr(front, name) in (None, ())})
