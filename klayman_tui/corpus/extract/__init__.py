"""Extraction: from an article's text to its quotes and who said each.

The data path, one stage a module: ``quotations`` pairs quotation marks and groups a
quote's parts; ``tokens`` reads the narration around them into classed tokens with
sentence breaks; ``names`` finds the people and organisations a run of capitals names;
``entities`` makes one entity per person per article (``persons`` weighs what the
article shows about each, so that a he or she stands only for a person); ``frames`` is the table of cue
frames (each a named sieve over token classes); ``candidates`` gathers who could have
said a quote, with the features the decision weighs; ``decide`` scores them with the
fitted ``weights`` and keeps the evidence; ``engine`` runs the stages for one source.
``evidence`` words a decision as one line a reader can check; ``surnames`` gives a bare
surname the one full name the corpus holds for it.

May import the shared base, ``words`` and ``ingest`` (blocks, the curated speakers);
never ``cache``, ``search``, ``cite``, ``state`` or the app.
"""
