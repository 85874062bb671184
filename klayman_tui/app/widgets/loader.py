"""The loader: parses a large folder after the first paint and shows how far it is."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from ...corpus import Corpus, LoadPlan, LoadStopped, NothingToLoad
from ..messages import CorpusReady, LoadFailed, LoadProgress, SourcesArrived


def progress_line(done: int, total: int) -> str:
    return (f"Reading {total:,} article{'' if total == 1 else 's'}: {done:,} done. The "
            "list fills in as they are read: open and search them meanwhile.")


class Loader(Vertical):
    """Runs ``plan`` in a thread, showing files parsed / total as a progress bar.
    ``CorpusReady`` goes up to the app, which removes the loader; if nothing can be
    read the loader stays, saying why."""

    DEFAULT_CSS = """
    Loader { height: auto; border: round $primary; padding: 0 1; }
    Loader ProgressBar { margin-top: 1; }
    """

    def __init__(self, plan: LoadPlan, **kwargs) -> None:
        super().__init__(**kwargs)
        self.plan = plan

    def compose(self) -> ComposeResult:
        total = len(self.plan.found)
        yield Static(Content(progress_line(0, total)), id="load-text")
        yield ProgressBar(total=total, show_eta=False, id="load-bar")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="load")  # an error ends the app: no hang
    def load(self) -> None:
        """Parsing runs in spawned worker processes for a large folder (nothing is
        forked from a program with threads); articles arrive as they are parsed."""
        def progress(done: int, total: int) -> None:
            self.post_message(LoadProgress(done, total))

        def arrived(sources: list) -> None:
            self.post_message(SourcesArrived(list(sources)))

        worker = get_current_worker()  # cancelled when the app quits: parsing stops
        try:
            result = self.plan.finish(progress=progress, arrived=arrived,
                                      stop=lambda: worker.is_cancelled)
        except LoadStopped:
            return
        except NothingToLoad as error:
            self.post_message(LoadFailed(str(error)))
            return
        self.post_message(CorpusReady(Corpus.from_result(result)))

    def on_load_progress(self, message: LoadProgress) -> None:
        message.stop()
        self.query_one(Static).update(Content(progress_line(message.done, message.total)))
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    def on_load_failed(self, message: LoadFailed) -> None:
        message.stop()
        self.query_one(ProgressBar).display = False
        self.query_one(Static).update(Content(message.reason))
        self.notify(message.reason, severity="error", markup=False, timeout=30)
