"""The reader's own state: the starred collection and moving from quote to quote.

``collection`` keeps the starred quotes and passages (written whole, merged under a
lock with another window's changes); ``navigation`` decides what ``n`` and ``N`` do.

May import the shared base, ``ingest``, ``search`` and ``cite``; never the app.
"""
