"""Search: from what a person types to ranked hits.

``query`` reads a query (words, phrases, ``speaker:`` and ``source:`` filters) and
``folding`` folds case, accents and word forms; ``index`` holds ``SearchIndex``, the
lexical tiers (exact, phrase, word forms, typos; ``tiers``, ``postings``) and ranks;
``beyond`` adds the tiers past the words (related words, the meaning tier, a
quote's context) from ``meaning``, ``vectors`` and ``context``.

May import the shared base only; never ``ingest``, ``extract``, ``cite``, ``state``
or the app.
"""
