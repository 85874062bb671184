"""The command line's grammar (argparse), loaded only when there are arguments."""

from __future__ import annotations

import argparse
from typing import NoReturn, Sequence

from ._version import __version__
from .cli import PROG, UsageError
from .corpus.cite.styles import STYLES
from .corpus.ingest.discovery import ARTICLE_SUFFIXES

SUBCOMMANDS = ("sources", "quotes", "search", "collection")


class _Parser(argparse.ArgumentParser):
    """Errors are one line on stderr with exit status 2, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _data_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data", action="append", metavar="PATH", default=default,
        help=f"a file or folder of articles ({' '.join(ARTICLE_SUFFIXES)}), instead of "
             "the bundled ones (repeatable; folders are searched recursively)")


def build_parser() -> argparse.ArgumentParser:
    from .output_formats import EXPORT_FORMATS, QUOTE_FORMATS  # not for the app's parser

    parser = _Parser(
        prog=PROG,
        description="A keyboard-driven quote explorer for the press coverage of "
                    "“Ai Weiwei: Never Sorry”. With no command, opens the app.",
        epilog=f"`{PROG} PATH…` opens the app on those files or folders "
               f"({' '.join(ARTICLE_SUFFIXES)}).")
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
    quotes.add_argument("--format", choices=QUOTE_FORMATS, default="text")
    quotes.add_argument("--style", choices=STYLES,
                        default=None, help="citation style for text and md output")

    search = commands.add_parser("search", help="search the quotes")
    _data_option(search, argparse.SUPPRESS)
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--paragraphs", action="store_true",
                        help="search every paragraph, not only quotes")

    collection = commands.add_parser(
        "collection", help="the quotes starred with s in the app (one collection per corpus)")
    _data_option(collection, argparse.SUPPRESS)
    actions = collection.add_subparsers(dest="action", parser_class=_Parser, required=True)
    export = actions.add_parser("export", help="print the collection for a reference "
                                               "manager or an essay")
    _data_option(export, argparse.SUPPRESS)
    export.add_argument("--format", choices=EXPORT_FORMATS, default="md")
    return parser


def app_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, add_help=False)
    _data_option(parser, None)
    parser.add_argument("paths", nargs="*")
    return parser


def first_positional(argv: Sequence[str]) -> str | None:
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
