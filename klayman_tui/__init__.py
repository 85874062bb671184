"""klayman-tui: a terminal quote explorer for the press coverage of *Ai Weiwei: Never Sorry*."""

from ._version import __version__

__all__ = ["Corpus", "NothingToLoad", "__version__", "load"]


def __getattr__(name: str):
    # The model is imported when first asked for, so that the command can pause the
    # garbage collector before the imports it makes (gc_pause.py).
    if name in ("Corpus", "NothingToLoad", "load"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
