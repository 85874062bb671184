"""The command line: the app, and ``sources`` / ``quotes`` / ``search`` for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, Sequence

from . import __version__
from .corpus import Corpus, NothingToLoad, load

SUBCOMMANDS = ("sources", "quotes", "search")
PROG = "klayman-tui"


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Errors are one line on stderr with exit status 2, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _data_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data", action="append", metavar="PATH", default=default,
        help="a file or folder of .txt/.md articles, instead of the bundled ones "
             "(repeatable; folders are searched recursively)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A keyboard-driven quote explorer for the press coverage of "
                    "“Ai Weiwei: Never Sorry”. With no command, opens the app.",
        epilog=f"`{PROG} PATH…` opens the app on those files or folders.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _data_option(parser, None)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    sources = commands.add_parser("sources", help="list the sources")
    _data_option(sources, argparse.SUPPRESS)
    sources.add_argument("--json", action="store_true", help="print JSON")

    quotes = commands.add_parser("quotes", help="list the quotes")
    _data_option(quotes, argparse.SUPPRESS)
    quotes.add_argument("--speaker", metavar="NAME", help="only this speaker (name or alias)")
    quotes.add_argument("--source", metavar="ID", help="only this source id")
    quotes.add_argument("--format", choices=("text", "json", "csv", "md"), default="text")
    quotes.add_argument("--style", choices=("plain", "markdown", "mla", "apa", "chicago"),
                        default=None, help="citation style for text and md output")

    search = commands.add_parser("search", help="search the quotes")
    _data_option(search, argparse.SUPPRESS)
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--paragraphs", action="store_true",
                        help="search every paragraph, not only quotes")
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, add_help=False)
    _data_option(parser, None)
    parser.add_argument("paths", nargs="*")
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--data":
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def _load(paths: list[str] | None) -> Corpus:
    corpus = load(paths)
    for warning in corpus.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return corpus


def run(argv: Sequence[str]) -> int:
    first = _first_positional(argv)
    if first is not None and first not in SUBCOMMANDS:
        args = _app_parser().parse_args(argv)
        return _run_app((args.data or []) + args.paths or None)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run_app(args.data)
    if args.command == "search" and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    from .output import print_hits, print_quotes, print_sources  # not needed by the app

    corpus = _load(args.data)
    if args.command == "sources":
        print_sources(corpus, as_json=args.json)
    elif args.command == "quotes":
        if args.source and corpus.source(args.source) is None:
            raise UsageError(f"no source with id {args.source!r} "
                             f"(see `{PROG} sources`)")
        quotes = corpus.quotes_by(speaker=args.speaker, source=args.source)
        print_quotes(quotes, args.format, args.style)
    elif args.command == "search":
        scope = "paragraphs" if args.paragraphs else "quotes"
        hits = corpus.search(args.query, limit=args.limit, scope=scope)
        print_hits(hits, as_json=args.json)
    return 0


def _run_app(paths: list[str] | None) -> int:
    from .app.main_app import QuoteExplorer

    corpus = _load(paths)
    QuoteExplorer(corpus).run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
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
