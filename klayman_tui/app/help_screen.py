"""The `?` screen: every key, and where the last copy and the settings live."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .settings import last_copy_path, settings_path

KEYS = [
    ("/", "search (live, per keystroke)"),
    ("Esc", "leave the search bar"),
    ("↑ ↓  j k", "move"),
    ("Enter", "open the selected source or search hit"),
    ("Tab  Shift+Tab", "next / previous pane"),
    ("n  N", "next / previous quote"),
    ("c", "copy the current quote with its citation"),
    ("C", "copy the bare quote"),
    ("?", "this help"),
    ("Ctrl+P", "command palette: citation style, speaker filter, sources, scope"),
    ("Ctrl+B", "show / hide the source list"),
    ("q", "quit"),
]
SEARCH_TIPS = ('Words AND together; "exact phrase"; speaker:fineran; source:wrap. '
               "Case, accents and curly quotes are ignored; typos are forgiven.")


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("q", "dismiss", "Close", show=False),
    ]

    def __init__(self, style: str) -> None:
        super().__init__()
        self.style = style

    def compose(self) -> ComposeResult:
        width = max(len(k) for k, _ in KEYS) + 2
        lines = [Content.assemble(("Keys", "bold"))]
        lines += [Content.assemble((key.ljust(width), "bold"), text) for key, text in KEYS]
        lines += [Content(""), Content.assemble(("Search", "bold")), Content(SEARCH_TIPS),
                  Content(""), Content.assemble(("Files", "bold")),
                  Content(f"Last copy: {last_copy_path()}"),
                  Content(f"Settings:  {settings_path()}"),
                  Content(f"Citation style: {self.style}"),
                  Content(""), Content("Esc closes this help.").stylize("dim")]
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines), id="help-text")
