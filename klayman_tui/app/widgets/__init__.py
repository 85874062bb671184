"""The app's widgets, each thin: it shows view state held in reactives and posts typed
messages (``app/messages.py``) up to the app, which routes them.

``source_list`` (the articles), ``search_panel`` (the search bar) with ``result_list``
(its results), ``reader`` (switches between ``overview``, ``article_view`` and
``collection_view``), ``key_bar``, ``help_screen``, ``loader`` (a large folder's
progress) and ``copier`` (delivers a copy off the UI thread). They import the corpus model and the app's helpers,
never ``main_app``.
"""
