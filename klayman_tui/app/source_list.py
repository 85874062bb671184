"""The source list: "All sources", then one row per article."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..corpus import Source

ALL_SOURCES = "__all__"


class SourceList(OptionList):
    """Articles with outlet, date, title and quote count."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, sources: list[Source], total_quotes: int, **kwargs) -> None:
        # Built with its options so the first layout already has them.
        super().__init__(*self.options_for(sources, total_quotes), **kwargs)
        self.border_title = Content("Sources")

    @staticmethod
    def options_for(sources: list[Source], total_quotes: int) -> list[Option]:
        options = [Option(Content.assemble(("All sources", "bold"), f"  {total_quotes}"),
                          id=ALL_SOURCES)]
        for source in sources:
            meta = source.metadata
            line = Content.assemble((source.label, "bold"), f"  {meta.date or ''}  ",
                                    (str(len(source.quotes)), "italic"))
            title = Content(meta.title or source.id).stylize("dim")
            options.append(Option(Content("\n").join([line, title]), id=source.id))
        return options

    def show_sources(self, sources: list[Source], total_quotes: int) -> None:
        self.set_options(self.options_for(sources, total_quotes))
        self.highlighted = 0

    def select_source(self, source_id: str) -> None:
        for index, option in enumerate(self.options):
            if option.id == source_id:
                self.highlighted = index
                return
