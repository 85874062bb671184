"""klayman-tui: a terminal quote explorer for the press coverage of *Ai Weiwei: Never Sorry*."""

from ._version import __version__
from .corpus import Corpus, NothingToLoad, load

__all__ = ["Corpus", "NothingToLoad", "__version__", "load"]
