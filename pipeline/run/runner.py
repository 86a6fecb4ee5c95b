"""A run: read → process (page, language, facts) → write, one document at a time, in one or N processes.

`process.process(doc)` is the whole per-document pipeline and never raises (see there). With `workers > 1` documents go to a process pool in bounded batches (the corpus is
streamed, never held), in tasks of several documents; underthesea and the lexicons are loaded once, in the
main process before the workers are forked, and the workers share them.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import multiprocessing
import resource
import sqlite3
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.documents import Outcome, RawDocument, Rejected
from pipeline.errors import SettingsError
from pipeline.reading.inputs import read_inputs
from pipeline.run.dedup import assign_stories
from pipeline.run.output import ERRORS, RECORDS, JsonlMerge, id_of_line
from pipeline.run.process import process, warm_up
from pipeline.run.storefeed import StoreFeeder
from pipeline.settings import Settings

STAGES = ("page", "language", "extract")
log = logging.getLogger(__name__)


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    rejected: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    stories: int = 0
    copies: int = 0
    db_changed: int = 0
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    chars: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds of the run: `main` (this process), `workers`

    def to_dict(self) -> dict:
        return {"read": self.read, "written": self.written, "rejected": dict(self.rejected), "failed": dict(self.failed),
                "warnings": dict(self.warnings), "facts": dict(self.facts), "stories": self.stories, "copies": self.copies,
                "chars": self.chars, "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
                "cpu_seconds": {k: round(v, 3) for k, v in self.cpu.items()}}

    def add(self, outcome: Outcome) -> None:
        self.read += 1
        self.chars += outcome.chars
        for stage, spent in zip(STAGES, outcome.seconds, strict=False):
            self.seconds[stage] += spent
        if outcome.status == "written":
            self.written += 1
            for kind, n in zip(("officials", "figures", "events", "dates"), outcome.facts, strict=False):
                self.facts[kind] += n
        elif outcome.status == "rejected":
            self.rejected[outcome.reason or "?"] += 1
        else:
            self.failed[outcome.reason or "error"] += 1
        for w in outcome.warnings:
            self.warnings[w.split(":")[0]] += 1


# Documents go to the workers in tasks of `CHUNK` (one message each way per task, not per document: the
# pool's threads and pipes cost the main process CPU per message), the last batch of the corpus one by one
# so that neither worker idles at the end behind the other's last long document.
CHUNK = 16
BATCH_PER_WORKER = 64


def outcomes(items: Iterable[RawDocument | Rejected], settings: Settings) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or a pool of `settings.workers` processes."""
    if settings.workers <= 1:
        for number, item in enumerate(items):
            if number == 0:
                warm_up()
            yield process(item, settings)
        return
    ctx = multiprocessing.get_context("fork")
    batch = BATCH_PER_WORKER * settings.workers
    iterator = iter(items)
    work = functools.partial(process, settings=settings)
    first = list(itertools.islice(iterator, batch))
    # The models and lexicons are loaded here once, before the fork: the workers share them and start
    # extracting at once, instead of each loading them (twice the CPU time, and the faults of copied pages).
    if first:
        warm_up()
    # No more processes than documents: `--workers 32` on one file starts one.
    with ctx.Pool(max(1, min(settings.workers, len(first)))) as pool:
        # Two batches in flight: the workers start the next batch while this one's last documents finish,
        # and no more than two batches are ever held.
        pending: deque = deque()
        chunk = first
        while True:
            if chunk:
                last = len(chunk) < batch
                pending.append(pool.imap(work, chunk, chunksize=1 if last else CHUNK))
            if len(pending) > 1 or (not chunk and pending):
                yield from pending.popleft()
            if not chunk and not pending:
                break
            chunk = list(itertools.islice(iterator, batch))


def _error_line(o: Outcome, level: str, reason: str, detail: str | None) -> dict:
    return {"key": o.key, "source": o.url or o.path, "line": o.line, "level": level, "reason": reason, "detail": detail}


def run(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    settings: Settings = Settings(),
    on_outcome: Callable[[Outcome], None] | None = None,
    documents: Iterable[RawDocument] = (),
    fetch_errors: Iterable[dict] = (),
    db_path: str | Path | None | bool = None,
    dask: str | None = None,
    on_phase: Callable[[str], None] | None = None,
) -> Summary:
    """Process every input under `paths` (then `documents`, e.g. fetched pages) into `out_dir/records.jsonl`
    and `out_dir/errors.jsonl` (with `fetch_errors`, the pages a fetch skipped or failed), then group the
    records into stories (`dedup.assign_stories`) and bring the fact store up to date (`db_path`, by default
    `out_dir/vnie.db`; False for none). With `dask` (a scheduler address or `local:N`) the documents under
    `paths` are processed on a Dask cluster (`cluster.py`); the output is the same. `on_outcome` is called
    after each document, `on_phase` when the work after the documents starts (`stories`, then `store`)."""
    cpu_before = _cpu_seconds()
    out = Path(out_dir)
    target = None
    if db_path is not False:
        from pipeline.db import DB_NAME

        target = Path(db_path) if isinstance(db_path, (str, Path)) else out / DB_NAME
    check_outputs(out, target)
    out.mkdir(parents=True, exist_ok=True)
    records = JsonlMerge(out / RECORDS, "id")
    errors = JsonlMerge(out / ERRORS, "key")
    summary = Summary()
    signatures: dict[str, bytes] = {}
    for line in fetch_errors:
        errors.forget([line["key"]])
        errors.add(line)
    # With a pool the main process mostly waits: a thread fills the store while the workers extract.
    feeder = StoreFeeder(target) if target is not None and settings.workers > 1 and not dask else None
    try:
        if dask:
            from pipeline.run.cluster import dask_outcomes

            stream: Iterator[Outcome] = itertools.chain(dask_outcomes(paths, settings, out, dask), outcomes(documents, settings))
        else:
            stream = outcomes(itertools.chain(read_inputs(paths, settings), documents), settings)
        first_of: dict[str, str] = {}
        for outcome in stream:
            if outcome.status == "written" and outcome.record_json is not None:
                rid = _id_of(outcome.record_json)
                if rid in first_of:  # the same document twice in one run: the first one is kept
                    outcome = dataclasses.replace(
                        outcome, status="rejected", reason="duplicate", record_json=None, signature=None,
                        detail=f"record {rid} was already written in this run, from {first_of[rid]}", warnings=())
                else:
                    first_of[rid] = outcome.url or f"{outcome.path}" + (f" line {outcome.line}" if outcome.line else "")
            summary.add(outcome)
            log.debug("%s %s%s", outcome.status, outcome.key, f" ({outcome.reason})" if outcome.reason else "")
            errors.forget([outcome.key])
            if outcome.status == "written" and outcome.record_json is not None:
                rid = _id_of(outcome.record_json)
                records.add({"id": rid}, outcome.record_json)
                if feeder is not None:
                    feeder.add(outcome.record_json)
                if outcome.signature is not None:
                    signatures[rid] = outcome.signature
            else:
                level = "error" if outcome.status == "failed" else "rejected"
                errors.add(_error_line(outcome, level, outcome.reason or "error", outcome.detail))
            for warning in outcome.warnings:
                reason, _, detail = warning.partition(":")
                errors.add(_error_line(outcome, "warning", reason, detail.strip()))
            if on_outcome:
                on_outcome(outcome)
    except BaseException:
        records.abort()
        errors.abort()
        if feeder is not None:
            feeder.close()
        raise
    if feeder is not None:
        feeder.finish()  # its last batch goes into the store while the stories pass reads the records
    written = time.perf_counter()
    log.info("grouping the records of %s into stories", out / RECORDS)
    if on_phase:
        on_phase("stories")
    stories: list[tuple[int, int]] = []
    # The stories are assigned in the merged file before it replaces records.jsonl: a kill at any point
    # leaves either the previous file or the finished one, never one without its stories.
    try:
        records.commit(lambda merged: stories.append(assign_stories(merged, signatures)))
        errors.commit()
    finally:
        if feeder is not None:
            feeder.close()
    summary.stories, summary.copies = stories[0]
    summary.seconds["write"] += time.perf_counter() - written
    if target is not None:
        from pipeline.db.sync import sync_records

        stored = time.perf_counter()
        log.info("bringing the fact store %s up to date", target)
        if on_phase:
            on_phase("store")
        changed = feeder.changed if feeder is not None else set()
        try:
            sync_records(target, out / RECORDS, changed_ids=changed, merge_people=bool(changed))
            summary.db_changed = len(changed)
        except sqlite3.DatabaseError as exc:
            raise SettingsError(f"the fact store {target} cannot be written ({exc}); {RECORDS} and {ERRORS} were "
                                f"written: move the store away and run again, or give --db") from None
        summary.seconds["store"] += time.perf_counter() - stored
    main, workers = (after - before for after, before in zip(_cpu_seconds(), cpu_before, strict=True))
    summary.cpu = {"main": main, "workers": workers}
    return summary


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user and system) so far of this process and of its ended child processes (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def check_outputs(out: Path, store: Path | None) -> None:
    """Raise `SettingsError` before any work when the outputs cannot be written: the output folder is a
    file, `records.jsonl` or `errors.jsonl` is a folder, or the fact store is not a SQLite database."""
    if out.exists() and not out.is_dir():
        raise SettingsError(f"the output folder {out} is a file: give a folder with -o")
    for name in (RECORDS, ERRORS):
        if (out / name).exists() and not (out / name).is_file():
            raise SettingsError(f"{out / name} is not a file: move it away or give another folder with -o")
    if store is not None and store.exists():
        if not store.is_file():
            raise SettingsError(f"the fact store {store} is not a file: move it away or give --db")
        with store.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise SettingsError(f"the fact store {store} is not a SQLite database: move it away (a new one is "
                                f"made) or give --db")


def _id_of(record_json: str) -> str:
    rid = id_of_line(record_json)  # the id is the second key of every record line: no need to parse it
    if rid is None:
        raise ValueError("a record line without an id")
    return rid
