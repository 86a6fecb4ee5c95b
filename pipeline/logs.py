"""Logging for the command line: one handler on standard error for vnie's loggers, at the level `-q`/`-v`/`-vv` ask.

Every module logs through `logging.getLogger(__name__)`, so vnie's loggers form one hierarchy under the
package's name, `pipeline` (`pipeline.run.runner`, `pipeline.fetching.crawl`, ...); a library user
configures them as any other (`logging.getLogger("pipeline").setLevel(logging.INFO)`). The `vnie`
command calls `setup(verbosity)` once: `-q` (-1) errors only, nothing said (0) warnings and errors, `-v`
(1) what a run is doing, `-vv` (2) debugging detail with each line's logger. Lines read `vnie: ...`
(`vnie: error: ...` for errors), so they look like the rest of vnie's messages.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

ROOT = "pipeline"
LEVELS = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO, 2: logging.DEBUG}


class _Formatter(logging.Formatter):
    def __init__(self, detailed: bool) -> None:
        super().__init__()
        self.detailed = detailed

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info and self.detailed:
            message += "\n" + self.formatException(record.exc_info)
        if self.detailed:
            return f"vnie: {record.levelname.lower()} [{record.name}] {message}"
        return f"vnie: error: {message}" if record.levelno >= logging.ERROR else f"vnie: {message}"


class StderrHandler(logging.StreamHandler):
    """A handler that writes to whatever `sys.stderr` is when a line is logged (a progress bar that takes
    over standard error, or a test capturing it, gets the lines)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:  # StreamHandler.__init__ sets it; sys.stderr is read at each line
        pass


def level(verbosity: int) -> int:
    """The logging level of a verbosity: -1 (`-q`) and below ERROR, 0 WARNING, 1 (`-v`) INFO, 2 and more DEBUG."""
    return LEVELS[max(-1, min(2, verbosity))]


def setup(verbosity: int = 0) -> logging.Logger:
    """Send vnie's log lines to standard error at the level of `verbosity`; calling it again replaces the
    earlier setup (no line is written twice). Returns the package's root logger."""
    logger = logging.getLogger(ROOT)
    for handler in list(logger.handlers):
        if isinstance(handler, StderrHandler):
            logger.removeHandler(handler)
    handler = StderrHandler()
    handler.setFormatter(_Formatter(detailed=verbosity >= 2))
    logger.addHandler(handler)
    logger.setLevel(level(verbosity))
    logger.propagate = False
    return logger
