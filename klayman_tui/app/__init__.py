"""The Textual app: thin widgets over the plain-Python corpus model.

``main_app`` holds ``QuoteExplorer``, which routes the widgets' messages (``messages``)
and owns the copy, the collection and the settings; ``widgets/`` holds what is drawn.
Beside them: ``keys`` (the one list of keys) and ``keymap`` (the user's remaps),
``commands`` (the palette), ``settings``, ``notices`` (what start-up says),
``rendering`` and ``paragraph_lines`` (model text to styled lines), ``clipboard``
(every way a copy leaves the app), ``guard`` and ``crash`` (an exception becomes a
message or a report, never a raw traceback on the screen).
"""
