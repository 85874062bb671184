"""The command line: the app, and ``sources`` / ``quotes`` / ``search`` for scripts."""

from __future__ import annotations

import sys
from typing import Sequence

from . import gc_pause

PROG = "klayman-tui"


class UsageError(Exception):
    """A wrong command line; the message is one line for the user."""


def _progress_on_terminal():
    """Files parsed / total on stderr, only when stderr is a terminal (never in a pipe
    or a log); a line rewritten in place and cleared at the end."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\r\x1b[K" if done >= total else ""
        print(f"\r{PROG}: reading {done:,}/{total:,} files", end=end, file=sys.stderr,
              flush=True)

    return show


def _load(paths: list[str] | None):
    from .corpus import Corpus, plan

    pending = plan(paths)
    corpus = Corpus.from_result(pending.finish(
        progress=None if pending.quick else _progress_on_terminal()))
    for warning in corpus.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return corpus


def run(argv: Sequence[str]) -> int:
    if not argv:  # the app on the bundled articles: no need to build the parser
        return _run_app(None)
    from .arguments import SUBCOMMANDS, app_parser, build_parser, first_positional

    first = first_positional(argv)
    if first is not None and first not in SUBCOMMANDS:
        _not_a_mistyped_command(first, SUBCOMMANDS)
        _no_command_after_a_path(argv, SUBCOMMANDS)
        args = app_parser().parse_args(argv)
        return _run_app((args.data or []) + args.paths or None)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run_app(args.data)
    if args.command == "search" and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    corpus = _load(args.data)
    try:
        _print(args, corpus)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:  # a full disk, a device error: one line, not a traceback
        _silence_stdout()
        raise UsageError(f"could not write the output ({error.strerror or error})") from None
    return 0


def _not_a_mistyped_command(word: str, commands: Sequence[str]) -> None:
    """``klayman-tui serch …``: a word that is no file and looks like a command is a
    mistyped command, named with the nearest one (not a missing path)."""
    import difflib
    import os

    if os.path.lexists(word):
        return
    nearest = difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.6)
    if nearest:
        raise UsageError(f"no command or file {word!r}; did you mean `{PROG} {nearest[0]}`? "
                         f"(commands: {', '.join(commands)})")


def _no_command_after_a_path(argv: Sequence[str], commands: Sequence[str]) -> None:
    """``klayman-tui page.html sources``: a command's name after the paths, where no
    file or folder has that name, is a command in the wrong place (not a missing path
    for the app); the error shows the command line that runs it."""
    import os
    import shlex

    from .corpus.neutralise import neutral_line

    data: list[str] = []
    taken = False  # the argument is the value of --data
    for index, arg in enumerate(argv):
        if taken:
            data += ["--data", arg]
            taken = False
        elif arg == "--data":
            taken = True
        elif arg.startswith("--data="):
            data += ["--data", arg.partition("=")[2]]
        elif arg in commands and not os.path.lexists(arg):
            form = shlex.join([PROG, *data, *argv[index:]])
            raise UsageError(neutral_line(
                f"`{arg}` is a command: put it first, with each file or folder after "
                f"--data: {form}"))
        elif not arg.startswith("-"):  # a path for the app, given before the command
            data += ["--data", arg]


def _nothing_matched(corpus, speaker: str | None, source: str | None) -> str:
    """One line for stderr when ``quotes`` found none: what was asked, and the
    nearest speaker when the name looks mistyped."""
    import difflib

    from .corpus.neutralise import neutral_line

    asked = " ".join(part for part in (speaker and f"by {speaker!r}",
                                           source and f"in {source!r}") if part)
    line = f"{PROG}: no quotes {asked}" if asked else f"{PROG}: no quotes"
    if speaker:  # matched against each speaker's whole name and each of its words
        names: dict[str, str] = {}
        for name, _ in reversed(corpus.speaker_counts()):  # the most quoted wins a tie
            names.update({part.lower(): name for part in (name, *name.split())})
        nearest = difflib.get_close_matches(speaker.lower(), names, n=1, cutoff=0.6)
        if nearest:
            line += f" (did you mean {names[nearest[0]]!r}?)"
    return neutral_line(line)


def _silence_stdout() -> None:
    """What is still buffered goes nowhere, so the exit does not fail on it again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _print(args, corpus) -> None:
    from .output import (  # not for the app
        print_collection,
        print_hits,
        print_quotes,
        print_sources,
    )

    if args.command == "sources":
        print_sources(corpus, as_json=args.json)
    elif args.command == "quotes":
        if args.source and corpus.source(args.source) is None:
            raise UsageError(f"no source with id {args.source!r} "
                             f"(see `{PROG} sources`)")
        quotes = corpus.quotes_by(speaker=args.speaker, source=args.source)
        print_quotes(quotes, args.format, args.style, corpus.speakers.aliases)
        if not quotes:
            print(_nothing_matched(corpus, args.speaker, args.source), file=sys.stderr)
    elif args.command == "search":
        scope = "paragraphs" if args.paragraphs else "quotes"
        hits = corpus.search(args.query, limit=args.limit, scope=scope)
        print_hits(hits, as_json=args.json)
    elif args.command == "collection":
        from .corpus.state.collection import Collection

        collection = Collection.for_paths(args.data)
        if collection.warning:
            print(f"{PROG}: warning: {collection.warning}", file=sys.stderr)
        print_collection(corpus, collection, args.format)


def _run_app(paths: list[str] | None) -> int:
    from .app.main_app import QuoteExplorer
    from .corpus import Corpus, plan
    from .corpus.ingest.speakers import SpeakerBook

    pending = plan(paths)
    if pending.quick:  # cached, or small: parsed before the first paint
        corpus = Corpus.from_result(pending.finish())
        for warning in corpus.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
        app = QuoteExplorer(corpus, collection_paths=paths)
    else:  # the app paints at once and parses in the background, showing progress
        from .corpus.loading import start_worker_support

        start_worker_support()
        app = QuoteExplorer(Corpus([], [], SpeakerBook()), pending=pending,
                            collection_paths=paths)
    app.run()
    if app.return_code:
        print(app.crash_message or f"{PROG}: error: the app stopped unexpectedly",
              file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    gc_pause.pause()  # until the first paint, or the end of the command
    try:
        return _main(argv)
    finally:
        gc_pause.resume()


def _main(argv: Sequence[str] | None) -> int:
    from .corpus import NothingToLoad

    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A terminal that cannot show a character gets an escape, never a traceback.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        return run(argv)
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
    except NothingToLoad as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): not an error
        return 0
    except KeyboardInterrupt:
        return 130
    return 2
