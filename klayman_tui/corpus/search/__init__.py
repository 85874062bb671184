"""Search: from what a person types to ranked hits.

``query`` reads a query (words, phrases, ``speaker:`` and ``source:`` filters) and
``folding`` folds case, accents and curly quotes. ``index`` holds ``SearchIndex``, one
class composed of parts with explicit inputs: ``documents`` (the documents and their
words' postings, ``postings``), ``terms`` (a query's words matched: whole, prefixes,
stems, typos), ``ranking`` (the hits as each tier adds them; the tiers in ``tiers``),
``context`` (quotes whose question or paragraph holds the other words) and ``beyond``
(what is built once past the words, ``meaning``, ``vectors`` and ``articles``, and the
last tier: the words held word for word, whole or by words of like meaning, ``alike``,
a like meaning, and the words their articles hold). ``results`` holds what a search returns: a
``SearchResult`` of ``Hit``s.

May import the shared base only; never ``ingest``, ``extract``, ``cite``, ``state``
or the app.
"""
