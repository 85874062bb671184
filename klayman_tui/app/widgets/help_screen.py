"""The `?` screen: every key, and where the last copy and the settings live."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from ...corpus.neutralise import neutral_line
from ..settings import last_copy_path, settings_path

# Moving about is the widgets' own (not remappable); the app's keys come live.
MOVING = [
    ("↑ ↓  j k", "move"),
    ("Enter", "open the selected source or search hit"),
    ("Tab  Shift+Tab", "next / previous pane"),
    ("Home g  End G", "top / end"),
    ("PgUp  PgDn", "a page up / down"),
]
SEARCH_TIPS = ('Words AND together; "exact phrase"; speaker:fineran; source:wrap. '
               "Case, accents and curly quotes are ignored; typos are forgiven.")


def live_keys(app: App, screen: Screen) -> list[tuple[str, str]]:
    """(keys as shown, what they do) for the app's keys as bound now, remaps included:
    the bindings are the one list, so help never disagrees with the keys."""
    keys: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.id is None and binding.action != "command_palette":
            continue
        shown = app.get_key_display(binding)
        if binding.action in seen:
            index = seen[binding.action]
            keys[index] = (f"{keys[index][0]}  {shown}", keys[index][1])
            continue
        seen[binding.action] = len(keys)
        keys.append((shown, binding.tooltip or binding.description))
    # A pane's own keys that it explains (f filters the source list), whichever pane
    # has the focus now.
    for node in screen.walk_children():
        for binding in getattr(type(node), "BINDINGS", ()):
            if (isinstance(binding, Binding) and binding.tooltip and binding.id is None
                    and binding.action not in seen):
                seen[binding.action] = len(keys)
                keys.append((app.get_key_display(binding), binding.tooltip))
    return keys


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("q", "dismiss", "Close", show=False),
    ]

    def __init__(self, style: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.style = style
        self.keys = keys

    def compose(self) -> ComposeResult:
        rows = self.keys + MOVING
        width = max(len(k) for k, _ in rows) + 2
        lines = [Content.assemble(("Keys", "bold"))]
        lines += [Content.assemble((key.ljust(width), "bold"), text) for key, text in rows]
        lines += [Content(""), Content.assemble(("Search", "bold")), Content(SEARCH_TIPS),
                  Content(""), Content.assemble(("Files", "bold")),
                  Content(f"Last copy: {neutral_line(last_copy_path())}"),
                  Content(f"Settings:  {neutral_line(settings_path())}"),
                  Content(f"Citation style: {self.style}"),
                  Content(""), Content("Esc closes this help; ↑ ↓ scroll it.").stylize("dim")]
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()  # so ↑ ↓ PgUp PgDn scroll a long help
