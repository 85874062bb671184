"""klayman-tui: a terminal quote explorer for the press coverage of *Ai Weiwei: Never Sorry*."""

from importlib.metadata import PackageNotFoundError, version

from .corpus import Corpus, NothingToLoad, load

try:
    __version__ = version("klayman-tui")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"

__all__ = ["Corpus", "NothingToLoad", "__version__", "load"]
