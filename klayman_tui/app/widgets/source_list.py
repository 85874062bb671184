"""The source list: "★ Collected (N)", "All sources", then the articles, grouped by sub-folder when
there are several (Enter on a folder folds it), and filtered as you type after `f`."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ...corpus import Source
from ...corpus.cite.titles import listed_title
from ...corpus.search.folding import fold
from ...wording import counted
from ..keys import LIST_MOVES
from ..rendering import STAR

ALL_SOURCES = "__all__"
COLLECTED = "__collected__"
GROUP = "group:"
MORE = "__more__"
# Rows listed at once: every row is laid out up front, so a folder of 30,000 shows its
# sub-folders folded, or its first articles, and `f` finds the rest.
MAX_ROWS = 300


def folder_of(source: Source) -> str:
    return source.id.rpartition("/")[0]


def source_prompt(source: Source) -> Content:
    """Outlet (else title, else file name) and quote count; under it the date and the
    title, the title only when it is not already the first line."""
    meta = source.metadata
    line = Content.assemble((source.label, "bold"), "  ",
                            (counted(source.quote_count, "quote"), "italic"))
    title = listed_title(source)
    under = " · ".join(part for part in (meta.shown_date, None if title == source.label else title)
                     if part)
    return Content("\n").join([line, Content(under).stylize("dim")]) if under else line


class SourceList(OptionList):
    """Articles with outlet, date, title and quote count."""

    BINDINGS = [
        *LIST_MOVES,
        Binding("f", "filter", "Filter", tooltip="filter the source list: type, Esc ends"),
    ]

    filter_text: var[str] = var("", init=False)
    filtering: var[bool] = var(False, init=False)
    collected: var[frozenset | None] = var(None, init=False)  # the collection's keys

    def __init__(self, sources: list[Source], total_quotes: int, **kwargs) -> None:
        self.sources = sources
        self.total_quotes = total_quotes
        self.folded: set[str] = self._folded_at_first(sources)
        self._words: list[str] = []  # the filter's words (read before the node is set up)
        self._prompts: dict[str, Content] = {}
        self._haystacks: dict[str, str] = {}  # what the filter looks in, per source
        # Built with its options so the first layout already has them, "All sources"
        # highlighted (★ Collected, above it, is not opened at start-up).
        super().__init__(*self._build_options(None), **kwargs)
        self.set_reactive(OptionList.highlighted, 1)
        self.border_title = Content("Sources")

    @staticmethod
    def _folded_at_first(sources: list[Source]) -> set[str]:
        """Every sub-folder folded when the whole list would be too long."""
        return {folder_of(s) for s in sources} if len(sources) > MAX_ROWS else set()

    def _source_prompt(self, source: Source) -> Content:
        prompt = self._prompts.get(source.id)
        if prompt is None:
            prompt = self._prompts[source.id] = source_prompt(source)
        return prompt

    def _matches(self, source: Source) -> bool:
        words = self._words
        if not words:
            return True
        haystack = self._haystacks.get(source.id)
        if haystack is None:  # made once per source, not once per typed letter
            meta = source.metadata
            haystack = self._haystacks[source.id] = fold(" ".join(
                (source.id, meta.title or "", meta.outlet or "", source.path)))
        return all(word in haystack for word in words)

    @staticmethod
    def _collected_prompt(collected: frozenset | None) -> Content:
        """"★ Collected (N)"; without the count until the collection is read."""
        count = "" if collected is None else f" ({len(collected):,})"
        return Content.assemble((f"{STAR} Collected", "bold"), count)

    def watch_collected(self, collected: frozenset | None) -> None:
        """The count on the ★ Collected row, once read and after a star or an un-star."""
        self.replace_option_prompt(COLLECTED, self._collected_prompt(collected))

    def _build_options(self, collected: frozenset | None) -> list[Option]:
        options = [Option(self._collected_prompt(collected), id=COLLECTED),
                   Option(Content.assemble(("All sources", "bold"),
                                           f"  {self.total_quotes:,}"), id=ALL_SOURCES)]
        shown = [s for s in self.sources if self._matches(s)]
        groups: dict[str, list[Source]] = {}
        for source in shown:
            groups.setdefault(folder_of(source), []).append(source)
        if len(groups) <= 1:
            return self._capped(options, shown)
        for folder, members in groups.items():
            folded = folder in self.folded and not self._words
            quotes = sum(s.quote_count for s in members)
            options.append(Option(Content.assemble(
                ("▸ " if folded else "▾ ", "bold"), (f"{folder or '.'}/", "bold"),
                f"  {counted(len(members), 'article')}, {counted(quotes, 'quote')}"),
                id=f"{GROUP}{folder}"))
            if not folded:
                options = self._capped(options, members)
        return options

    def _capped(self, options: list[Option], sources: list[Source]) -> list[Option]:
        room = max(20, MAX_ROWS - len(options))
        options += [Option(self._source_prompt(s), id=s.id) for s in sources[:room]]
        if len(sources) > room:
            options.append(Option(Content(
                f"… {len(sources) - room:,} more: press f and type to find them"
            ).stylize("dim italic"), id=f"{MORE}{len(options)}", disabled=True))
        return options

    def _rebuild(self) -> None:
        current = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(self._build_options(self.collected))
        if current is not None:
            self.select_option_id(current)

    def show_sources(self, sources: list[Source], total_quotes: int,
                     keep_place: bool = False) -> None:
        """List ``sources``; ``keep_place``: more of the same folder arrived, so the
        highlight and the folds stay as they are."""
        self.sources, self.total_quotes = sources, total_quotes
        if keep_place:
            self._rebuild()
            return
        self.folded = self._folded_at_first(sources)
        self._prompts, self._haystacks = {}, {}
        self.set_options(self._build_options(self.collected))
        self.select_option_id(ALL_SOURCES)

    def select_source(self, source_id: str) -> None:
        folder = source_id.rpartition("/")[0]
        if folder in self.folded:
            self.folded.discard(folder)
            self._rebuild()
        self.select_option_id(source_id)

    def select_option_id(self, option_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:  # filtered out or folded away: the cursor stays
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a sub-folder folds or unfolds it (and opens nothing)."""
        if (event.option.id or "").startswith(GROUP):
            event.stop()
            self.toggle_group(event.option.id)

    def toggle_group(self, option_id: str) -> None:
        """Fold or unfold a sub-folder's articles."""
        self.folded ^= {option_id[len(GROUP):]}
        self._rebuild()
        self.select_option_id(option_id)

    # -- filtering as you type ----------------------------------------------------------

    def action_filter(self) -> None:
        self.filtering = True

    def watch_filtering(self, filtering: bool) -> None:
        self._show_filter()

    def watch_filter_text(self, text: str) -> None:
        self._words = fold(text).split()  # "cafe" finds "Café", as search does
        self._rebuild()
        self._show_filter()
        if self._words:  # the first match is the one Enter opens
            current = self.highlighted_option.id if self.highlighted_option else ""
            if not self._is_source(current):
                first = next((o.id for o in self.options if self._is_source(o.id)), None)
                if first is not None:
                    self.select_option_id(first)

    @staticmethod
    def _is_source(option_id: str | None) -> bool:
        return bool(option_id) and option_id not in (ALL_SOURCES, COLLECTED, MORE) \
            and not option_id.startswith(GROUP)

    def _show_filter(self) -> None:
        if self.filtering or self.filter_text:
            shown = sum(1 for s in self.sources if self._matches(s))
            typing = "▏" if self.filtering else ""
            self.border_title = Content(f"Sources — {self.filter_text}{typing} "
                                        f"({counted(shown, 'match', 'matches')})")
        else:
            self.border_title = Content("Sources")

    def on_key(self, event: events.Key) -> None:
        if not self.filtering:
            if event.key == "escape" and self.filter_text:
                self.filter_text = ""  # Esc clears a filter left on after Enter
                event.stop()
                event.prevent_default()
            return
        if event.key == "escape":
            self.filtering = False
            self.filter_text = ""
        elif event.key in ("enter", "down", "up", "tab"):
            self.filtering = False
            return  # Enter opens, arrows move: the filter stays
        elif event.key == "backspace":
            self.filter_text = self.filter_text[:-1]
        elif event.is_printable and event.character:
            self.filter_text += event.character
        else:
            return
        event.stop()
        event.prevent_default()

    def on_blur(self) -> None:
        self.filtering = False
