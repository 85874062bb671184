"""The rules the citation styles share, each in one place and tested one by one
(tests/test_style_rules.py): names, capitalisation, dates, quoted titles and what
stands in for a missing title. Nothing here invents a fact the source lacks."""

from __future__ import annotations

import re

from ..ingest.bylines import suffix
from ..ingest.metadata_limits import real_date
from ..ingest.speakers import is_unnamed_interviewer
from ..model import UNKNOWN_SPEAKER, Author, Metadata, Quote, QuoteKind, names_in_prose
from ..words.lexicon import ARTICLES, MINOR_WORDS, MONTHS, NAME_PARTICLES
from ..words.roles import ORGANISATION_WORDS
from .titles import description, listed_title  # noqa: F401 - the rules' names too

MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()

_WORD_RE = re.compile(r"\S+")
_LEADING_ARTICLE_RE = re.compile(rf"^(?:{'|'.join(ARTICLES)})\s+(?=\S)", re.IGNORECASE)
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# -- names -------------------------------------------------------------------------


def _without_suffix(name: str) -> tuple[list[str], str | None]:
    """"Martin Luther King Jr." -> (["Martin", "Luther", "King"], "Jr.")."""
    words = name.split()
    if len(words) > 2 and suffix(words[-1]):
        return words[:-1], suffix(words[-1])
    return words, None


def surname(name: str, aliases: list[str] | tuple[str, ...] = ()) -> str:
    """The name a parenthetical citation uses: the first one-word alias that is one of
    the name's words (a sidecar lists "Ai" first for Ai Weiwei, "Deng" for Deng
    Xiaoping; a name learned from the text has its last word), else the last word
    ("King" for Martin Luther King Jr.) with the particle before it ("de Bolle"). A
    name that is its own alias (SpeakerBook.learn: nothing says it is a person's,
    "Big Machine") and a speaker that is not a person's name are named whole: an organisation ("White
    House", not "House") or a description ("spokeswoman, Harbour Holdings")."""
    words = _without_suffix(name)[0]
    for alias in aliases:
        if alias == name:  # its own alias: a name nothing says is a person's, whole
            return name
        if alias in words[:-1]:
            return alias
        if alias == words[-1] and len(words) > 1:
            break
    else:
        if not words or not _personal_name(words):
            return name
    if len(words) > 2 and words[-2] in NAME_PARTICLES:
        return f"{words[-2]} {words[-1]}"
    return words[-1]


def _personal_name(words: list[str]) -> bool:
    """Whether a speaker's words read as a person's name: each capitalised (or a
    particle), no comma or bracket, and no word of an organisation's name (a person
    whose surname is such a word, "Emily Post", has it as an alias once named)."""
    for word in words:
        if word[:1].islower() and word not in NAME_PARTICLES or any(c in word for c in ",()"):
            return False
        if word.lower().strip(".’'") in ORGANISATION_WORDS:
            return False
    return True


def _without_article(name: str) -> str:
    """MLA drops an organisation's leading article: "The Associated Press" -> "Associated
    Press"."""
    return _LEADING_ARTICLE_RE.sub("", name)


def _inverted(author: Author) -> str:
    """"Karpel, Ari" for a reference list, "King, Martin Luther, Jr." (MLA 9: a suffix
    after the given name, after a comma); an organisation as it is named."""
    if author.literal:
        return author.literal
    name = f"{author.family}, {author.given}" if author.given else author.family or ""
    return f"{name}, {author.suffix}" if author.suffix else name


def mla_authors(authors: tuple[Author, ...]) -> str | None:
    """MLA 9 works cited: "Karpel, Ari", "Lee, Ann, and Bo Ray", "Lee, Ann, et al."
    (three or more); an organisation without its leading article."""
    if not authors:
        return None
    first = authors[0]
    lead = _without_article(first.literal) if first.literal else _inverted(first)
    if len(authors) == 1:
        return lead
    if len(authors) == 2:
        return f"{lead}, and {authors[1].name}"
    return f"{lead}, et al."


def in_text_names(authors: tuple[Author, ...], joiner: str = "and") -> str | None:
    """The names of an in-text citation: "Karpel", "Lee and Ray" (APA: "Lee & Ray"),
    "Lee et al." for three or more (MLA 9 and APA 7 alike)."""
    if not authors:
        return None
    if len(authors) == 1:
        return authors[0].surname
    if len(authors) == 2:
        return f"{authors[0].surname} {joiner} {authors[1].surname}"
    return f"{authors[0].surname} et al."


def apa_initials(given: str) -> str:
    """"Mary Clare" -> "M. C.", "Ta-Nehisi" -> "T.-N.", "J.K." -> "J. K."."""
    parts = []
    for word in re.findall(r"[^\s.]+", given):
        parts.append("-".join(f"{piece[0]}." for piece in word.split("-") if piece))
    return " ".join(parts)


def apa_authors(authors: tuple[Author, ...]) -> str | None:
    """APA 7 references: "Karpel, A.", "Lee, A., & Ray, B.", up to 20 names with "&"
    before the last; from 21 on, the first 19, an ellipsis and the last."""
    if not authors:
        return None

    def one(author: Author) -> str:  # "King, M. L., Jr." (APA 7 9.8: suffix last)
        if author.literal:
            return author.literal
        initials = apa_initials(author.given or "")
        name = f"{author.family}, {initials}" if initials else author.family or ""
        return f"{name}, {author.suffix}" if author.suffix else name

    names = [one(a) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        return f"{', '.join(names[:19])}, . . . {names[-1]}"
    return f"{', '.join(names[:-1])}, & {names[-1]}"


def chicago_names(authors: tuple[Author, ...]) -> str | None:
    """Chicago 17 notes (14.76): "Ari Karpel", "Ann Lee and Bo Ray", "Ann Lee, Bo Ray,
    and Cy Wu"; four or more, "Ann Lee et al."."""
    if not authors:
        return None
    if len(authors) > 3:
        return f"{authors[0].name} et al."
    return names_in_prose([a.name for a in authors])


def interviewer(meta: Metadata) -> str | None:
    """Who asked the questions, as a byline names them: the sidecar's interviewer, else
    the article's authors; None when the article does not name them."""
    if meta.interviewer and not is_unnamed_interviewer(meta.interviewer):
        return meta.interviewer
    return chicago_names(meta.authors)


def inverted_name(name: str, surname_: str) -> str:
    """A person named as the first element of a works-cited entry (MLA 9): "Klayman,
    Alison"; a name written family name first ("Ai Weiwei", surname "Ai") stays as it
    is written, with no comma."""
    words, after = _without_suffix(name)
    if len(words) < 2 or words[0] == surname_ or surname_ not in words:
        return name
    at = words.index(surname_)
    inverted = f"{' '.join(words[at:])}, {' '.join(words[:at])}"
    return f"{inverted}, {after}" if after else inverted


def same_name(one: str, other: str) -> bool:
    """"The BBC News" and "BBC News": the same organisation, case, articles and
    punctuation aside."""
    def squashed(name: str) -> str:
        return re.sub(r"[\W_]+", "", _without_article(name).lower())

    return squashed(one) == squashed(other)


def end_with_period(text: str) -> str:
    """A reference-list element ends with one period: "Lee, Ann, et al." keeps its own."""
    return text if text.endswith(".") else f"{text}."


def reference_name(author: Author) -> tuple[str, str | None, str | None]:
    """(family, given, suffix) for the reference exports; an organisation is all
    family, with no given name (so that no reader inverts it)."""
    if author.literal:
        return author.literal, None, None
    return author.family or "", author.given, author.suffix


# -- capitalisation -----------------------------------------------------------------


def _core(token: str) -> tuple[str, str, str]:
    """``“Never,`` -> (``“``, ``Never``, ``,``): the word and what wraps it."""
    match = _LETTERS_RE.search(token)
    if not match:
        return token, "", ""
    return token[:match.start()], match.group(), token[match.end():]


def _leads(tokens: list[str], index: int) -> bool:
    """True for the first word and the first word after a colon (or a dash)."""
    return index == 0 or tokens[index - 1].endswith((":", "—", "–", "?", "!"))


def _has_inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def title_case(title: str) -> str:
    """Headline style: major words capitalised, minor words lower case unless first,
    last or after a colon. Words with capitals inside (``CinemaTalk``, ``dGenerate``)
    are names and stay as written."""
    tokens = _WORD_RE.findall(title)
    out = []
    for index, token in enumerate(tokens):
        before, word, after = _core(token)
        if word and not _has_inner_capital(word) and not before[-1:].isdigit():
            # A preposition before a comma ends a phrasal verb ("Heating Up, Scores").
            edge = (_leads(tokens, index) or index == len(tokens) - 1
                    or after[:1] in (",", ";"))
            if word.lower() in MINOR_WORDS and not edge:
                word = word.lower()
            else:
                word = word[0].upper() + word[1:]
        out.append(f"{before}{word}{after}")
    return " ".join(out)


def _is_sentence_case(tokens: list[str]) -> bool:
    """A title with a lower-case major word is already in sentence case (a number's
    letters, "50th", "3-hour", say nothing of it)."""
    for index, token in enumerate(tokens):
        before, word, _ = _core(token)
        if word and not _leads(tokens, index) and word.lower() not in MINOR_WORDS \
                and word[0].islower() and not _has_inner_capital(word) \
                and not any(c.isdigit() for c in before):
            return True
    return False


def proper_words(text: str) -> frozenset[str]:
    """Words ``text`` capitalises in mid-sentence and never writes in lower case:
    the names a sentence-case title keeps (``Internet`` in an article that always
    capitalises it, ``Chinese``; ``America`` where it writes ``American``)."""
    capital: set[str] = set()
    lower: set[str] = set()
    previous = "."
    for token in _WORD_RE.findall(text):
        word = _core(token)[1]
        if word:
            if word[0].islower():
                lower.add(word.lower())
            elif not previous.endswith((".", "?", "!", ":", "“", '"')) \
                    and not _core(token)[0] and not (len(word) > 1 and word.isupper()):
                capital.add(word.lower())  # (capitals throughout: a headline's, or
                # an acronym's, which keeps them anyway)
        previous = token
    # A place named in the title, its people's word in the text: "North America" where
    # the article says "North American", "Africa" by "African".
    capital |= {word[:-1] for word in capital if word.endswith("an") and len(word) > 4}
    return frozenset(capital - lower)


def sentence_case(title: str, names: frozenset[str] = frozenset()) -> str:
    """APA's sentence case: the first word, the first after a colon, and names keep
    their capital; other words go to lower case. ``names`` are words known to be names
    (from ``proper_words`` over the article). A title already in sentence case is
    left as written."""
    tokens = _WORD_RE.findall(title)
    if _is_sentence_case(tokens):
        return title
    out = []
    for index, token in enumerate(tokens):
        before, word, after = _core(token)
        keep = (not word or _leads(tokens, index) or _has_inner_capital(word)
                or word.lower() in names or word == "I")
        out.append(token if keep else f"{before}{word.lower()}{after}")
    return " ".join(out)


# -- quoted titles ------------------------------------------------------------------


def nested_quotes(text: str) -> str:
    """Double quotation marks inside a quotation become single: “ ” -> ‘ ’, and a
    straight " opens or closes by what stands before it."""
    text = text.replace("“", "‘").replace("”", "’")
    return re.sub('"', lambda m: "‘" if _opens(text, m.start()) else "’", text)


def _opens(text: str, index: int) -> bool:
    return index == 0 or text[index - 1].isspace() or text[index - 1] in "([{‘—–-"


def curled(title: str) -> str:
    """A title's straight single marks as a typesetter sets them: 'Taste' is ‘Taste’,
    Can't is Can’t (a PDF's core fonts, or a plain text, have only the straight one)."""
    if "'" not in title:
        return title
    return re.sub("'", lambda m: "‘" if _opens(title, m.start())
                  and title[m.end():m.end() + 1].isalpha() else "’", title)


def in_quotes(title: str, closing: str = "") -> str:
    """“Title,” with inner double quotes turned single and the comma or period inside
    (American punctuation, which MLA, APA and Chicago all follow)."""
    inner = nested_quotes(curled(title))
    single = "’" if inner.endswith("’") else ""  # a closing single mark stays last
    core = inner[:len(inner) - len(single)]
    if core[-1:] in ("?", "!"):
        closing = ""  # “Is It Dead?” takes no comma or period of its own
    elif core.endswith(".") and closing:
        if closing == "." or "." not in core.split()[-1][:-1]:
            core = core[:-1]  # the headline's own full stop: one mark, not “….,”
    return f"“{core}{closing}{single}”"


def end_sentence(text: str) -> str:
    """``text`` ending with a period, put inside a closing quotation mark."""
    if text[-1:] in ".?!":
        return text
    words = text.rstrip("”’")
    if words != text:
        return text if not words or words[-1] in ".?!" else \
            f"{words}.{text[len(words):]}"
    return f"{text}."


def short_title(title: str, words: int = 4) -> str:
    """The first few words of a title, for an in-text citation with no author. Never
    only a title quoted inside it (“‘Ai Weiwei: Never Sorry’” would cite the film):
    it then runs on to the next major word."""
    every = nested_quotes(title).split()
    kept = every[:words]
    for index, word in enumerate(kept[:-1]):
        # A title's own part, before its subtitle: "Reading Notes", not "Reading Notes:
        # The Housing" (a colon inside a quoted title is the title's: ‘Ai Weiwei: …’).
        head = " ".join(kept[:index + 1])
        if word.endswith(":") and head.count("‘") <= head.count("’"):
            kept = kept[:index + 1]
            break
    while len(kept) > 1 and kept[-1].lower().strip("‘’,:;") in MINOR_WORDS:
        kept.pop()
    if _one_quotation(" ".join(kept).rstrip(",:;")):
        for word in every[len(kept):]:
            kept.append(word)
            if word.lower().strip("‘’,:;") not in MINOR_WORDS:
                break
    return " ".join(kept).rstrip(",:;")


def _one_quotation(text: str) -> bool:
    return text.startswith("‘") and text.endswith("’") and "’ " not in text


# -- dates --------------------------------------------------------------------------


def date_parts(date: str | None) -> tuple[str, int | None, int | None] | None:
    if not date:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not match or not real_date(date):  # 2012-13-99 is shown as written, never split
        return None
    year, month, day = match.groups()
    return year, int(month) if month else None, int(day) if day else None


def _supplied(meta: Metadata, text: str) -> str:
    """A date not printed in the source goes in square brackets (MLA 9, APA 7 and
    Chicago 17 mark supplied facts the same way)."""
    return f"[{text}]" if meta.date_inferred else text


def spelled_date(meta: Metadata, months: list[str] = MONTHS,
                 with_day: str = "{month} {day}, {year}") -> str | None:
    """``2012-09-10`` -> ``September 10, 2012``; an inferred year -> ``[2012]``."""
    parts = date_parts(meta.date)
    if parts is None:
        return meta.date
    year, month, day = parts
    if not month:
        text = year
    else:
        name = months[month - 1]
        text = with_day.format(day=day, month=name, year=year) if day else f"{name} {year}"
    return _supplied(meta, text)


def mla_date(meta: Metadata) -> str | None:
    """``2012-09-10`` -> ``10 Sept. 2012``."""
    return spelled_date(meta, MLA_MONTHS, "{day} {month} {year}")


def apa_date(meta: Metadata) -> str:
    """The reference-list date: ``(2012, September 10)``, ``([2012])``, ``(n.d.)``."""
    parts = date_parts(meta.date)
    if parts is None:
        return f"({meta.date or 'n.d.'})"
    year, month, day = parts
    text = year
    if month:
        text = f"{year}, {MONTHS[month - 1]}" + (f" {day}" if day else "")
    return f"({_supplied(meta, text)})"


def apa_year(meta: Metadata) -> str:
    """The in-text year: ``2012``, ``[2012]`` or ``n.d.``."""
    return _supplied(meta, meta.year) if meta.year else "n.d."


def bare_url(url: str) -> str:
    """MLA 9 gives URLs without ``http://`` or ``https://``."""
    return re.sub(r"^https?://", "", url)


# -- speakers -----------------------------------------------------------------------


def is_author(name: str, meta: Metadata) -> bool:
    """``name`` is one of the article's authors (or all of them, as one line)."""
    return name == meta.author or any(name == a.name for a in meta.authors)


def is_interview_answer(quote: Quote) -> bool:
    """An answer in an interview, by a named interviewee: the interviewee's own words,
    which the guides cite as an interview, not as a source quoted in another."""
    return (quote.kind is QuoteKind.ANSWER and quote.speaker != UNKNOWN_SPEAKER
            and not is_unnamed_interviewer(quote.speaker)
            and not is_author(quote.speaker, quote.source.metadata))


def is_question(quote: Quote) -> bool:
    return quote.kind is QuoteKind.QUESTION and not is_author(quote.speaker,
                                                              quote.source.metadata)
