"""The key bar: the keys that work now, on one line at the bottom.

It does what Textual's Footer does for this app (the focused pane's and the app's
shown bindings, remapped keys included, Ctrl+P at the right, a click presses the key)
as one widget instead of one per key, so its keys are there in the first frame."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

_KEY_STYLE = "bold $footer-key-foreground"
# Kept when a narrow terminal has no room for every key: how to get help and how to
# leave (at 80 columns "q Quit" gave way, and a newcomer could not see how to quit).
_ALWAYS = ("help", "quit")
# Then, as room allows, in this order (the rest after these, Prev quote and bare Copy
# last: at 60 columns "c Copy+cite" and "s Star" gave way to them, and at 80 the palette,
# the only way to a citation style or an export); each shown where it belongs.
_NEXT = ("search", "copy_cite", "star", "next_quote", "palette")
_LAST = ("copy_bare", "previous_quote")
_DISABLED_STYLE = "dim"


def _rank(binding: Binding, palette) -> int:
    """Which keys a narrow key bar keeps first (``_ALWAYS``, ``_NEXT``, the rest, ``_LAST``)."""
    name = "palette" if palette is not None and binding is palette.binding else (
        binding.id or "")
    if binding.action in _ALWAYS:
        return 0
    if name in _NEXT:
        return 1 + _NEXT.index(name)
    if name in _LAST:
        return 2 + len(_NEXT) + _LAST.index(name)
    return 1 + len(_NEXT)


class KeyBar(Static):
    """``/ Search  n Next quote … ^p palette``, kept in step with the focus."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, str]] = []  # (start, end, key) per entry

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.update(self._keys_content(self.size.width or self.app.size.width))

    def on_resize(self) -> None:
        self._bindings_changed(self.screen)

    def _keys_content(self, width: int) -> Content:
        """The shown keys, spaced out if they fit in ``width``, else close together;
        in a narrow terminal the later ones give way, but never ``? Help`` or ``q Quit``."""
        app = self.app
        active = self.screen.active_bindings
        keys: list[tuple[Binding, bool, str]] = []  # binding, enabled, description
        seen_actions: set[str] = set()
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in seen_actions:
                seen_actions.add(binding.action)
                keys.append((binding, enabled, binding.description))
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        for spacious in (True, False):
            entries = [self._entry(*key, spacious) for key in keys]
            if palette is not None:
                entries.append(self._entry(palette.binding, True, "palette", spacious))
            if sum(entry.cell_length for _key, entry in entries) <= width:
                return self._lay_out(entries, width, palette_at_right=palette is not None)
        ranked = sorted(range(len(entries)), key=lambda i: _rank(entries[i][0], palette))
        used, kept = 0, set()
        for index in ranked:
            key, entry = entries[index]
            if key.action in _ALWAYS or used + entry.cell_length <= width:
                kept.add(index)
                used += entry.cell_length
        return self._lay_out([e for i, e in enumerate(entries) if i in kept], width,
                             palette_at_right=False)

    def _entry(self, binding: Binding, enabled: bool, description: str,
               spacious: bool) -> tuple[Binding, Content]:
        entry = Content.assemble(" " if spacious else "",
                                 (self.app.get_key_display(binding), _KEY_STYLE),
                                 f" {description} ")
        return binding, entry if enabled else entry.stylize(_DISABLED_STYLE)

    def _lay_out(self, entries: list[tuple[Binding, Content]], width: int,
                 palette_at_right: bool) -> Content:
        """Join the entries, the palette's pushed to the right edge, and remember
        where each key is for clicks."""
        self._spans = []
        parts: list[Content] = []
        offset = 0
        for index, (binding, entry) in enumerate(entries):
            if palette_at_right and index == len(entries) - 1:
                gap = width - offset - entry.cell_length
                parts.append(Content(" " * gap))
                offset += gap
            parts.append(entry)
            self._spans.append((offset, offset + entry.cell_length, binding.key))
            offset += entry.cell_length
        return Content("").join(parts)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
