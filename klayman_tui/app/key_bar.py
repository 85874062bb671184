"""The key bar: the keys that work now, on one line at the bottom.

It does what Textual's Footer does for this app (the focused pane's and the app's
shown bindings, remapped keys included, Ctrl+P at the right, a click presses the key)
as one widget instead of one per key, so its keys are there in the first frame."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

_KEY_STYLE = "bold $footer-key-foreground"
_DISABLED_STYLE = "dim"


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
        app = self.app
        active = self.screen.active_bindings
        parts: list[Content] = []
        self._spans = []
        seen_actions: set[str] = set()
        offset = 0
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            entry = Content.assemble(" ", (app.get_key_display(binding), _KEY_STYLE),
                                     f" {binding.description} ")
            if not enabled:
                entry = entry.stylize(_DISABLED_STYLE)
            parts.append(entry)
            self._spans.append((offset, offset + entry.cell_length, binding.key))
            offset += entry.cell_length
        if palette is not None:
            entry = Content.assemble((app.get_key_display(palette.binding), _KEY_STYLE),
                                     " palette ")
            gap = max(1, width - offset - entry.cell_length)
            parts.append(Content(" " * gap))
            self._spans.append((offset + gap, offset + gap + entry.cell_length,
                                palette.binding.key))
            parts.append(entry)
        return Content("").join(parts)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
