"""The `vnie` command: parse arguments, build settings once, call the library, report in one line on error."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Optional

from . import __version__
from .errors import SettingsError, VnieError
from .settings import Settings

EPILOG = """examples:
  vnie run corpus/ -o extracted/                 every page under corpus/ into extracted/records.jsonl
  vnie run ../shared/bench/vi-news-2956.jsonl.gz -o /tmp/out --workers 2
  vnie show 1a2b3c --html -o article.html        one record with its facts highlighted
  vnie schema                                    the JSON Schema of a record
"""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnie", description="Vietnamese news in, fact records out (officials, figures, events, dates).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vnie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract records from pages, page dumps and JSON Lines corpora",
                         description="Read every .html/.htm(.gz), .txt and .jsonl(.gz) input under PATH, write "
                                     "DIR/records.jsonl (replaced by id on re-runs) and DIR/errors.jsonl (one line "
                                     "per rejected or failed input), and print a summary.")
    run.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (walked recursively)")
    run.add_argument("-o", "--out", default="extracted", metavar="DIR", help="output folder (default: extracted)")
    run.add_argument("--workers", type=_positive, default=1, metavar="N", help="processes (default 1)")
    run.add_argument("--max-bytes", type=_positive, default=Settings.max_bytes, metavar="N",
                     help=f"reject inputs larger than this (default {Settings.max_bytes})")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    show = sub.add_parser("show", help="show one record, as text or as HTML with facts highlighted")
    show.add_argument("record_id", metavar="RECORD_ID", help="a record id or its first characters")
    show.add_argument("--records", default="extracted/records.jsonl", metavar="FILE",
                      help="records file (default extracted/records.jsonl)")
    show.add_argument("--html", action="store_true", help="render HTML with displaCy")
    show.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    sub.add_parser("schema", help="print the JSON Schema of a record")
    return parser


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .runner import run

    settings = Settings(max_bytes=args.max_bytes, workers=args.workers, progress=not args.quiet)
    console = Console(stderr=True)
    started = time.perf_counter()
    for path in args.paths:
        if not Path(path).exists():
            raise SettingsError(f"no such file or directory: {path}")
    if settings.progress and console.is_terminal:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task("extracting", total=None)
            summary = run(args.paths, args.out, settings, on_outcome=lambda o: progress.advance(task))
    else:
        summary = run(args.paths, args.out, settings)
    elapsed = time.perf_counter() - started
    rejected = ", ".join(f"{k} {v}" for k, v in sorted(summary.rejected.items())) or "none"
    failed = ", ".join(f"{k} {v}" for k, v in sorted(summary.failed.items())) or "none"
    facts = ", ".join(f"{k} {summary.facts[k]}" for k in ("officials", "figures", "events", "dates"))
    print(f"read {summary.read}, written {summary.written}, rejected {sum(summary.rejected.values())} ({rejected}), "
          f"failed {sum(summary.failed.values())} ({failed})")
    if summary.warnings:
        print("warnings: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.warnings.items())))
    print(f"facts: {facts}")
    print(f"wrote {Path(args.out) / 'records.jsonl'} and {Path(args.out) / 'errors.jsonl'} in {elapsed:.1f} s")
    return 0


def _show(args: argparse.Namespace) -> int:
    from .show import find_record, render_html, render_text

    record = find_record(Path(args.records), args.record_id)
    text = render_html(record) if args.html else render_text(record)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        print(text)
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .schema import schema_text

    sys.stdout.write(schema_text())
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"run": _run, "show": _show, "schema": _schema}[args.command]
    try:
        return handler(args)
    except VnieError as exc:
        print(f"vnie: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("vnie: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130
