"""Turn an unexpected exception in a handler into an on-screen message, so one bad
paragraph or clipboard tool never takes the whole app down."""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from ..corpus.neutralise import error_line

F = TypeVar("F", bound=Callable[..., Any])

# Every exception turned into a message, so a test can fail on one the user would only
# have seen as a toast (tests/conftest.py checks it after every test).
SWALLOWED: list[BaseException] = []


def swallowed(error: BaseException) -> None:
    """Record an exception that was shown to the user instead of raised."""
    SWALLOWED.append(error)


__all__ = ["SWALLOWED", "error_line", "guarded", "swallowed"]


def guarded(method: F) -> F:
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - reported to the user, app goes on
            swallowed(error)
            app = self.app
            app.log.error(f"{method.__name__} failed", error)
            app.notify(f"Something went wrong ({method.__name__}): {error_line(error)}",
                       severity="error", markup=False, timeout=8)
            return None

    return wrapper  # type: ignore[return-value]
