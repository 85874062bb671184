"""The one list of the app's keys: the key bar shows ``description``, help shows
``tooltip``, settings remap them by ``id``, and the README lists the ids
(tests/test_app.py checks help and the README against it)."""

from __future__ import annotations

from textual.binding import Binding

APP_KEYS = [
    # Priority: the app takes `/` as it arrives, before the keys after it are handed to
    # the focused widget, and moves the focus at once, so they reach the search bar
    # (QuoteExplorer.check_action lets a text field have it as a character).
    Binding("slash", "focus_search", "Search", id="search", priority=True,
            tooltip="search (live, per keystroke)"),
    Binding("escape", "leave_search", "Leave search", id="leave_search", show=False,
            tooltip="leave the search (the query stays: / shows its results again)"),
    Binding("n", "step_quote(1)", "Next quote", id="next_quote",
            tooltip="next quote in the reader"),
    Binding("N", "step_quote(-1)", "Prev quote", id="previous_quote",
            tooltip="previous quote in the reader"),
    Binding("c", "copy(False)", "Copy+cite", id="copy_cite",
            tooltip="copy the current quote with its citation"),
    Binding("C", "copy(True)", "Copy", id="copy_bare",
            tooltip="copy the current quote's exact words only"),
    Binding("s", "star", "Star", id="star",
            tooltip="star (collect) the current quote or result; again to un-star"),
    Binding("question_mark", "help", "Help", id="help", tooltip="this help"),
    Binding("ctrl+b", "toggle_sources", "Sources", id="toggle_sources", show=False,
            tooltip="show / hide the source list"),
    Binding("q", "quit", "Quit", id="quit", tooltip="quit"),
]


# Moving by letter as by arrow in every pane (help's "↑ ↓  j k" and "Home g  End G"):
# in a list the highlight moves, in a scrolled pane the view. Not remappable.
LIST_MOVES = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "End", show=False),
]
SCROLL_MOVES = [
    Binding("j", "scroll_down", "Down", show=False),
    Binding("k", "scroll_up", "Up", show=False),
    Binding("g", "scroll_home", "Top", show=False),
    Binding("G", "scroll_end", "End", show=False),
]
