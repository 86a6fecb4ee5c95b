"""Progress of a long command on standard error: a bar on a terminal, a plain line every few seconds elsewhere.

`Progress(what, total, mode)` is a context manager; `advance()` counts one item done, `set_total()` gives
the size once it is known (counting can go on in a thread while the work runs: `count_in_background`),
`note()` adds counts shown beside the progress (a fetch's queue, fetched and failed).

- `bar`, when standard error is a terminal: rich's bar with the count, percentage, rate and time left
  when the total is known; a spinner with the count and the time spent while it is not.
- `lines`, when standard error is not a terminal (cron, nohup, CI, a pipe): nothing animated, one line
  every `interval` seconds (`VNIE_PROGRESS_SECONDS`, default 5):
  `vnie: 1200/2956 documents (41%), 35.2 docs/s, ETA 0:00:50`; without a total
  `vnie: 1200 documents, 35.2 docs/s`.
- `off` (`-q`): nothing.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from types import TracebackType
from typing import Any, Literal

Mode = Literal["bar", "lines", "off"]
DEFAULT_INTERVAL = 5.0


def choose_mode(quiet: bool, stream=None) -> Mode:  # type: ignore[no-untyped-def]
    """`off` when quiet, `bar` when the stream (standard error) is a terminal, else `lines`."""
    if quiet:
        return "off"
    stream = stream if stream is not None else sys.stderr
    return "bar" if getattr(stream, "isatty", lambda: False)() else "lines"


def interval_from_env() -> float:
    """Seconds between two plain progress lines: `VNIE_PROGRESS_SECONDS`, else 5."""
    try:
        return max(0.0, float(os.environ.get("VNIE_PROGRESS_SECONDS", DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def eta(seconds: float) -> str:
    """A duration as `H:MM:SS`."""
    return str(timedelta(seconds=max(0, round(seconds))))


def plain_line(what: str, done: int, total: int | None, elapsed: float, extra: str = "", unit: str = "") -> str:
    """`vnie: 1200/2956 documents (41%), 35.2 docs/s, ETA 0:00:50` (no total: `vnie: 1200 documents, ...`);
    `extra` after a semicolon."""
    rate = done / elapsed if elapsed > 0 else 0.0
    unit = unit or what
    if total:
        share = round(100 * done / total) if done >= total else min(99, round(100 * done / total))
        shown = f"{done}/{total} {what} ({share}%), {rate:.1f} {unit}/s"
        if rate > 0 and done < total:
            shown += f", ETA {eta((total - done) / rate)}"
    else:
        shown = f"{done} {what}, {rate:.1f} {unit}/s"
    return f"vnie: {shown}" + (f"; {extra}" if extra else "")


class Progress:
    """Progress of `what` (`documents`, `pages`) on standard error, in one of the modes above."""

    def __init__(self, what: str, total: int | None = None, mode: Mode = "lines", interval: float | None = None,
                 console=None, unit: str = "") -> None:  # type: ignore[no-untyped-def]
        self.what = what
        self.unit = unit or what
        self.total = total
        self.mode = mode
        self.interval = interval_from_env() if interval is None else interval
        self.done = 0
        self.notes: dict[str, object] = {}
        self.started = time.monotonic()
        self.last_line = self.started
        self.lock = threading.Lock()
        self._console = console
        self._rich: Any = None  # rich.progress.Progress, imported only for a bar
        self._task: Any = None

    def __enter__(self) -> Progress:
        self.started = self.last_line = time.monotonic()
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                SpinnerColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            console = self._console or Console(stderr=True)
            self._rich = RichProgress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
                TaskProgressColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), TimeElapsedColumn(),
                TextColumn("{task.fields[notes]}"), console=console, transient=True)
            self._rich.__enter__()
            self._task = self._rich.add_task(self.what, total=self.total, count=self._count_text(), rate="", notes="")
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._rich is not None:
            self._rich.__exit__(kind, value, tb)
            self._rich = None

    def set_total(self, total: int | None) -> None:
        """The number of items, once known (never less than the items already done)."""
        with self.lock:
            self.total = None if total is None else max(total, self.done)
            if self._rich is not None and self._task is not None:
                self._rich.update(self._task, total=self.total, count=self._count_text())

    def note(self, **counts: object) -> None:
        """Counts (or names) shown beside the progress, e.g. `note(queued=40, failed=2)`."""
        with self.lock:
            self.notes.update(counts)
            if self._rich is not None and self._task is not None:
                self._rich.update(self._task, notes=self._notes_text())

    def _count_text(self) -> str:
        return f"{self.done}/{self.total if self.total is not None else '?'}"

    def _notes_text(self) -> str:
        return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in self.notes.items())

    def advance(self, n: int = 1) -> None:
        """`n` more items done; in `lines` mode, a line when `interval` seconds passed since the last one."""
        with self.lock:
            self.done += n
            if self.total is not None and self.done > self.total:
                self.total = self.done
            now = time.monotonic()
            if self._rich is not None and self._task is not None:
                elapsed = now - self.started
                rate = f"{self.done / elapsed:.1f} {self.unit}/s" if elapsed > 0 else ""
                self._rich.update(self._task, completed=self.done, total=self.total, rate=rate, count=self._count_text())
            elif self.mode == "lines" and now - self.last_line >= self.interval:
                self.last_line = now
                print(plain_line(self.what, self.done, self.total, now - self.started, self._notes_text(), self.unit),
                      file=sys.stderr, flush=True)

    def phase(self, text: str) -> None:
        """A step after the items (`grouping the records into stories`): on a terminal a line of its own with a
        spinner and the time it takes (the items' bar is put away); a plain line says it once, in a run that has
        lasted long enough for plain progress lines."""
        with self.lock:
            if self._rich is not None and self._task is not None:
                self._rich.update(self._task, visible=False)
                self._task = self._rich.add_task(text, total=None, count="", rate="", notes="")
            elif self.mode == "lines" and time.monotonic() - self.started >= self.interval:
                print(f"vnie: {text}", file=sys.stderr, flush=True)  # only in a run long enough for progress lines

    def callback(self) -> Callable[..., None]:
        """A function that counts one item per call, whatever it is given (for `runner.run`'s `on_outcome`)."""
        return lambda *args, **kwargs: self.advance()


def count_in_background(progress: Progress, count: Callable[[], int | None]) -> threading.Thread:
    """Run `count()` in a daemon thread and give its result to `progress.set_total` (the work does not wait
    for the count; a count that fails leaves the total unknown)."""
    def work() -> None:
        try:
            total = count()
        except Exception:  # the total is a nicety: an input that cannot be counted is reported by the run itself
            return
        if total is not None:
            progress.set_total(total)

    thread = threading.Thread(target=work, name="vnie-count", daemon=True)
    thread.start()
    return thread
