"""The general English the engine reads names and cues with, defined once.

Titles and first names come from published lists (``lexicon_data/``, written by
``benchmarks/build_lexicon.py`` from nameparser and gender-guesser); reporting verbs are
lemmas (textacy's list and the common verbs of speech), inflected here. The small
closed classes (pronouns, determiners, prepositions, auxiliaries) are English grammar.
Nothing here is about any one article, outlet or subject.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Capital letters beyond ASCII (Öcalan, Łukasz, Ángel), for name patterns.
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())


def _lines(name: str) -> list[str]:
    text = (Path(__file__).parent / "lexicon_data" / name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# -- reporting verbs -------------------------------------------------------------------
_IRREGULAR = {  # lemma: (3rd person, past, -ing)
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"), "think": ("thinks", "thought", "thinking"),
    "go": ("goes", "went", "going"), "have": ("has", "had", "having"),
    "be": ("is", "was", "being"), "put": ("puts", "put", "putting"),
    "speak": ("speaks", "spoke", "speaking"), "cry": ("cries", "cried", "crying"),
    "sum": ("sums", "summed", "summing"), "quip": ("quips", "quipped", "quipping"),
    "snap": ("snaps", "snapped", "snapping"), "plead": ("pleads", "pleaded", "pleading"),
    "hope": ("hopes", "hoped", "hoping"), "offer": ("offers", "offered", "offering"),
    "counter": ("counters", "countered", "countering"), "find": ("finds", "found", "finding"),
    "remember": ("remembers", "remembered", "remembering"),
    "answer": ("answers", "answered", "answering"), "order": ("orders", "ordered", "ordering"),
    "mutter": ("mutters", "muttered", "muttering"), "wonder": ("wonders", "wondered", "wondering"),
    "gloat": ("gloats", "gloated", "gloating"), "scoff": ("scoffs", "scoffed", "scoffing"),
    "concur": ("concurs", "concurred", "concurring"), "admit": ("admits", "admitted", "admitting"),
    "brag": ("brags", "bragged", "bragging"), "chide": ("chides", "chided", "chiding"),
    "submit": ("submits", "submitted", "submitting"),
    "shoot": ("shoots", "shot", "shooting"),
}


def _inflect(lemma: str) -> tuple[str, str, str]:
    """(3rd person singular, past, -ing) of a regular verb."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return third, past, ing


# Past participles that are not the past tense: "has written", "had spoken".
_PARTICIPLES = {"write": "written", "speak": "spoken", "go": "gone", "be": "been"}


def _verb_forms() -> tuple[frozenset[str], frozenset[str], dict[str, str], tuple[str, ...]]:
    """Finite forms (say, says, said), -ing forms, each form's lemma, and the phrasal
    cues in every form ("pointed out", "was quoted as saying")."""
    finite: set[str] = set()
    participles: set[str] = set()
    lemma_of: dict[str, str] = {}
    phrasal: list[str] = []
    for line in _lines("reporting_verbs.txt"):
        words = line.split()
        if _is_phrase(words):
            head, rest = words[0], " ".join(words[1:])
            forms = (head, *_inflect(head)) + (("was", "were", "are") if head == "be" else ())
            phrasal += [f"{form} {rest}" for form in forms]
            continue
        for lemma in words:
            third, past, ing = _inflect(lemma)
            for form in (lemma, third, past, _PARTICIPLES.get(lemma, past)):
                finite.add(form)
                lemma_of[form] = lemma
            participles.add(ing)
            lemma_of[ing] = lemma
    return frozenset(finite), frozenset(participles), lemma_of, tuple(phrasal)


def _is_phrase(words: list[str]) -> bool:
    """A line of the verb list that is one phrasal cue ("point out"), not a row of lemmas."""
    return 1 < len(words) <= 4 and words[-1] in {"out", "in", "on", "up", "it", "say", "saying",
                                                  "back"}


SPEECH_VERBS, SPEECH_PARTICIPLES, VERB_LEMMA, PHRASAL_CUES = _verb_forms()
# The verbs that say nothing but that words were said: they decide most quotes.
CORE_LEMMAS = frozenset("say tell add write ask explain".split())
# Verbs of thinking and feeling: "He said Morrison worried there would be “…”" — the
# words are the one who says so, not the one who worries.
MENTAL_LEMMAS = frozenset("think believe hope fear worry wonder remember".split())
# Verbs that report speech only in some sentences ("the drinking continued", "he called
# it a hoax", "the past described"): a cue with one of them is weighed as such.
WEAK_LEMMAS = frozenset("""continue describe call report order decline offer share post
charge remember think believe hope fear worry estimate cite blame accuse mock praise
promise urge threaten predict recommend maintain observe note relay echo counter
advise inform remind read sing chant dismiss""".split())
# Words that open a clause as its subject for one of a group the sentence before names
# ("Fans reacted. One, posting as …, wrote:").
ONE_OF_A_GROUP = frozenset(("one", "another"))
# Verbs that take the one spoken to or about as their object ("described the mood as",
# "told reporters", "urged voters"): the noun after them is never their subject, as it
# is after "said" ("“…,” said the minister").
OBJECT_LEMMAS = frozenset("""accuse advise assure beg blame call chide cite criticize
criticise describe dismiss inform mock praise remind tell tout urge""".split())

# -- names -----------------------------------------------------------------------------
# Honorifics as the news of their countries writes them before a name, none of them
# part of it: Burmese U and Daw (Mr, Mrs), Thai Khun, Malaysian Datuk, Dato', Datin,
# Seri, Tun, Encik and Puan, Fijian Ratu, Indian Shri, Smt and Shrimati, Nigerian
# Alhaji, Alhaja, Hajia, Malam and Mallam, Australian Aunty for an Aboriginal Elder (as
# Uncle, Auntie and Aunt already are). (Not the ones that are also surnames: Burmese Ko
# and Ma, Indonesian Pak and Bu, South Asian Begum.)
_HONORIFICS_ABROAD = ("u daw khun datuk dato datin seri tun encik puan ratu shri smt "
                      "shrimati alhaji alhaja hajia malam mallam aunty comrade otunba")
# Words of nameparser's titles that are parts of longer ones ("Grand Duke", "High
# Commissioner", "Supreme Court Justice", "Software Engineer"), not titles alone: before
# a capitalised word they make no person of it ("the Grand Concourse", "High Street").
_TITLE_PARTS = frozenset("""grand high most royal united states state rock blues film
radio television travel tax software computer credit discovery field flag flying kingdom
knowledge mathematics mystery opera operating revenue risk strategy theater theatre uk us
""".split())
# Words of nameparser's titles that open longer ones ("Senior Minister", "Vice
# President", "British Ambassador", "Family Liaison Officer") but name no one alone:
# before one capitalised word they make no person of it ("Lakeshore Senior Living", "the
# British Library"). Some are words for people still ("a senior at Howard", "the
# family said": ``roles.ROLE_NOUNS``).
TITLE_OPENERS = frozenset("""senior associate assistant vice first executive british
english federal municipal military political legal judicial financial corporate civil
social special technical classical literary intelligence information marketing business
foreign criminal customs biblical behavioral award-winning family group metropolitan prime
rear right superior designated hereditary presiding excellent petty""".split())
TITLES = (frozenset(_lines("titles.txt")) - _TITLE_PARTS - TITLE_OPENERS) | frozenset(
    ("mr mrs ms dr " + _HONORIFICS_ABROAD).split())
# Words that count people ("A third witness", "the First Minister", "Her first was born
# there"): no role alone.
ORDINALS = frozenset("first second third".split())
# A title's every word, alone or opening a longer one: what a word before a name may be
# without being its given name ("Vice President Kamala Harris", "Senior Tories").
TITLE_WORDS = TITLES | TITLE_OPENERS
# The ranks of the peerage, a title before a peer's name ("Lord Bach", "Baroness
# Kennedy") and a word for the peer alone ("the duke writes").
PEERAGE = frozenset("lord lady baroness baron viscount viscountess earl countess "
                    "marquess marchioness duke duchess".split())
HONORIFICS = frozenset(("mr mrs ms miss mx dr prof sir dame lord lady madam madame mme "
                        "mlle monsieur herr frau rev " + _HONORIFICS_ABROAD).split())
FEMALE_TITLES = frozenset("mrs ms miss dame lady madam madame mme mlle frau queen princess "
                          "duchess baroness countess sister mother aunt daw datin puan".split())
MALE_TITLES = frozenset("mr sir lord monsieur herr king prince duke baron count father "
                        "brother uncle u encik ratu".split())


# Given names as South and Southeast Asian news abbreviates them ("Md Shahidul Islam",
# "Mohd Azmi"), which the names list lacks: Muhammad's.
ABBREVIATED_GIVEN_NAMES = {"md": "m", "mohd": "m", "muhd": "m"}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name -> "m", "f" or "?" (either)."""
    # The file is comment lines, then "name<TAB>gender" lines (build_lexicon.py writes
    # it; a name has no blank). Split at once, 53,000 names are read in a third of the
    # time a loop over lines took: a worker pool waits for them before it starts.
    text = (Path(__file__).parent / "lexicon_data" / "first_names.txt").read_text("utf-8")
    while text.startswith("#"):
        text = text.partition("\n")[2]
    fields = text.split()
    if len(fields) % 2:
        raise ValueError("first_names.txt: every line is a name and its gender")
    return dict(zip(fields[::2], fields[1::2])) | ABBREVIATED_GIVEN_NAMES



@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, in lower case (ISO 3166-1, by way of pycountry:
    ``lexicon_data/places.txt``)."""
    return frozenset(_lines("places.txt"))


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
# His, her and the like after a name, as one alternation for a pattern: "Woods shared
# her belief" says who Woods is.
OWN_PRONOUNS = "|".join(w for w in PRONOUN_GENDER if w not in ("he", "she"))
SUBJECT_PRONOUNS = frozenset("he she they i we".split())
OBJECT_PRONOUNS = frozenset("him her his hers them their its it".split())

# -- closed classes ----------------------------------------------------------------------
ARTICLES = ("the", "a", "an")
DEFINITE_DETERMINERS = frozenset("the this that these those".split())
DETERMINERS = frozenset(ARTICLES) | DEFINITE_DETERMINERS | frozenset(
    "one another some his her their its our my same two three several many other each "
    "every".split())
AUXILIARIES = frozenset("""has had have would will did does do also then later once again
was is were been being just only still reportedly simply quickly quietly flatly publicly
privately recently repeatedly earlier previously himself herself themselves itself may might
could should can must not never already often sometimes always first last yesterday today
tonight tomorrow cannot somehow""".split())
PREPOSITIONS = frozenset("""of in on at by from with about for into onto over under like
than as via between among against toward towards after before during since through
without within across behind beyond near upon amid around outside inside throughout
along alongside beside despite""".split())
CONJUNCTIONS = frozenset("and but or nor so yet".split())
# Words that open a clause inside a sentence ("when Stern asked", "support Clinton if he
# loses"): never a verb after a name.
SUBORDINATORS = frozenset("""when if as after before while because although though since
until unless once whether""".split())
RELATIVES = frozenset("who whom whose which".split())
# Words that open a sentence or clause and so are no part of a name after them (an
# auxiliary opens a question or a condition: "Had Sanders won"; not "will", "may" and
# "can", which open names).
FUNCTION_WORDS = frozenset("""a an the and but or nor so yet for of to in on at by from with
without about above after against along among around as because before behind below beneath
beside between beyond during except inside into like near off onto out outside over past
since through throughout till toward towards under underneath until up upon via within when
whenever where wherever while whilst if unless though although whether than then that this
these those there here it its it's they them their we our you your i me my he him his she
her hers who whom whose which what why how all any both each either every few many more most
much neither no none not nothing some such also just only even still now later earlier
meanwhile instead indeed however nevertheless nonetheless moreover furthermore consequently
hence thus therefore otherwise besides likewise accordingly regardless notably yes well oh
please thanks thank today tonight tomorrow yesterday last next first second third finally
perhaps maybe never always often sometimes already again despite given unlike amid once
twice other another one two three four five six seven eight nine ten previously currently
recently eventually ultimately okay ok sure dear hi hello according had has have did does do
was were is are would should could must
""".split())
# -- the calendar ------------------------------------------------------------------------
MONTHS = ("January February March April May June July August September October "
          "November December").split()
# The three letters every spelling of a month starts with, in calendar order ("sep" for
# Sept. and September); they are also BibTeX's month macros.
MONTH_STEMS = [month[:3].lower() for month in MONTHS]
# The months news copy shortens with a full stop ("Jan.", "Sept."; May never is).
MONTH_ABBREVIATIONS = frozenset(MONTH_STEMS) - {"may"} | {"sept"}
# A month spelled out or abbreviated, with no groups of its own; the caller adds the
# case flag and any full stop.
MONTH_PATTERN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                 r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# Lower-case words inside a person's name ("Monica de Bolle", "Ludwig van Beethoven",
# "Osman bin Laden", "Nur Aisyah binti Zainal", and Irish "na" inside the names of
# bodies, "Raidió na Gaeltachta"), for names read in text, in bylines and in citations.
NAME_PARTICLES = frozenset("""de da di del della der den van von le la du dos das ter ten
bin binti bint ibn al el st st. sta sta. sto sto. na ap""".split())
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# A day's name spelled out, the same way.
DAY_PATTERN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DAYS_AND_MONTHS = frozenset(
    [name.lower() for name in DAYS + MONTHS] + [*MONTH_ABBREVIATIONS]
    + "mon tue tues wed thu thurs fri sat sun".split())

# Words written with a full stop that ends no sentence: titles before a name and the
# common abbreviations of news copy. (Initials, "J." and "U.S.", are told by their shape.)
ABBREVIATIONS = frozenset("""mr mrs ms messrs mmes dr prof sen sens rep reps gov govs gen
lt col capt cmdr cdr sgt cpl pvt maj adm rev fr st sta sto jr sr hon pres supt insp det atty sec
secy amb brig del ald adj msgr esq dept inc corp co ltd bros no nos vs etc approx fig mt ft ave
spc pfc sfc ssg ens cwo lcpl ltc cpt const ofc tpr coun cllr cr eng
""".split()) | MONTH_ABBREVIATIONS
# (the last row: the AP Stylebook's military and police ranks beside the rest, "Spc.
# Latoya Granger", "Pfc.", "Sgt. 1st Class" as SFC, "Ens.", "Const.", "Tpr."; a
# councillor as British, Australian and New Zealand papers write it, "Cllr", "Cr"; and
# the engineer's title of Arab, African and Latin American papers, "Eng.")


# Words a headline-style title keeps in lower case unless first, last or after a colon
# (articles, coordinating conjunctions, prepositions and "to"/"as": Chicago 8.159,
# MLA 9 2.90).
MINOR_WORDS = frozenset(ARTICLES) | CONJUNCTIONS | frozenset(
    "for as at by in of off on per to up via with from into onto over than upon amid among "
    "about after along until unto versus vs".split())
