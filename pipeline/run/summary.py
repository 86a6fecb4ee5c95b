"""The lines `vnie run` prints when it ends: what was read and written, the facts, where the outputs and the
fact store are, and the commands that read them next."""

from __future__ import annotations

import shlex
from pathlib import Path

from pipeline.run.output import ERRORS, RECORDS
from pipeline.run.runner import Summary


def summary_lines(summary: Summary, out: Path, elapsed: float, default_db: str | None = None,
                  store: Path | None = None) -> list[str]:
    """The closing summary of a run into `out` (`store`: the fact store written, by default `out/vnie.db`;
    None-like `default_db`: the store commands read without `--db`, so the next commands say `--db` only when
    they need it)."""
    from pipeline.db import DB_NAME

    rejected = ", ".join(f"{k} {v}" for k, v in sorted(summary.rejected.items())) or "none"
    failed = ", ".join(f"{k} {v}" for k, v in sorted(summary.failed.items())) or "none"
    facts = ", ".join(f"{k} {summary.facts[k]}" for k in ("officials", "figures", "events", "dates"))
    lines = [f"read {summary.read}, written {summary.written}, rejected {sum(summary.rejected.values())} ({rejected}), "
             f"failed {sum(summary.failed.values())} ({failed})"]
    if summary.warnings:
        lines.append("warnings: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.warnings.items())))
    lines.append(f"facts: {facts}")
    if summary.copies:
        lines.append(f"stories: {summary.stories} ({summary.copies} of the records are copies or near-copies of an earlier one)")
    lines.append(f"wrote {out / RECORDS} and {out / ERRORS} in {elapsed:.1f} s")
    db = store or out / DB_NAME
    lines.append(f"fact store: {db} (articles added or changed: {summary.db_changed})")
    same = default_db is not None and Path(default_db).resolve() == db.resolve()
    flag = "" if same else f" --db {shlex.quote(str(db))}"
    lines.append(f"next: vnie search WORDS{flag}  ·  vnie serve{flag}"
                 + ("" if same else f"  (or export VNIE_DB={shlex.quote(str(db))})"))
    return lines
