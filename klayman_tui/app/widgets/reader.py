"""The reader pane: the overview, an article or the collection, one at a time."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from textual.widgets import ContentSwitcher

if TYPE_CHECKING:  # mounted after the first paint (QuoteExplorer._mount_unseen)
    from .article_view import ArticleView
    from .collection_view import CollectionView
    from .overview import Overview


class View(StrEnum):
    """What the reader shows (each is also its widget's id)."""

    OVERVIEW = "overview"
    ARTICLE = "article"
    COLLECTION = "collection"


class Reader(ContentSwitcher):
    """Holds an Overview, an ArticleView and a CollectionView, their ids the Views.
    ``current``, a View, is the one reactive that says which is shown; the app sets
    it. The views keep their own state."""

    def __init__(self, **kwargs) -> None:
        super().__init__(initial=View.OVERVIEW, **kwargs)

    @property
    def view(self) -> Overview | ArticleView | CollectionView:
        """The view shown now."""
        return self.get_child_by_id(self.current or View.OVERVIEW)
