"""A run: read → process (page, language, facts) → write, one document at a time, in one or N processes.

`process.process(doc)` is the whole per-document pipeline and never raises (see there). With `workers > 1` documents go to a process pool in bounded batches (the corpus is
streamed, never held), each worker loading underthesea and the lexicons once.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.documents import Outcome, RawDocument, Rejected
from pipeline.reading.inputs import read_inputs
from pipeline.run.dedup import assign_stories
from pipeline.run.output import ERRORS, RECORDS, JsonlMerge
from pipeline.run.process import process, warm_up
from pipeline.settings import Settings

STAGES = ("page", "language", "extract")


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

    def to_dict(self) -> dict:
        return {"read": self.read, "written": self.written, "rejected": dict(self.rejected), "failed": dict(self.failed),
                "warnings": dict(self.warnings), "facts": dict(self.facts), "stories": self.stories, "copies": self.copies,
                "chars": self.chars, "seconds": {k: round(v, 3) for k, v in self.seconds.items()}}

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


def outcomes(items: Iterable[RawDocument | Rejected], settings: Settings) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or a pool of `settings.workers` processes."""
    if settings.workers <= 1:
        for number, item in enumerate(items):
            if number == 0:
                warm_up()
            yield process(item, settings)
        return
    ctx = multiprocessing.get_context("fork")
    batch = 32 * settings.workers
    iterator = iter(items)
    work = functools.partial(process, settings=settings)
    with ctx.Pool(settings.workers, initializer=warm_up) as pool:
        # Two batches in flight: the workers start the next batch while this one's last documents finish,
        # and no more than two batches are ever held.
        pending: deque = deque()
        while True:
            chunk = list(itertools.islice(iterator, batch))
            if chunk:
                pending.append(pool.imap(work, chunk, chunksize=2))
            if len(pending) > 1 or (not chunk and pending):
                yield from pending.popleft()
            if not chunk and not pending:
                break


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
) -> Summary:
    """Process every input under `paths` (then `documents`, e.g. fetched pages) into `out_dir/records.jsonl`
    and `out_dir/errors.jsonl` (with `fetch_errors`, the pages a fetch skipped or failed), then group the
    records into stories (`dedup.assign_stories`) and bring the fact store up to date (`db_path`, by default
    `out_dir/vnie.db`; False for none). With `dask` (a scheduler address or `local:N`) the documents under
    `paths` are processed on a Dask cluster (`cluster.py`); the output is the same."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records = JsonlMerge(out / RECORDS, "id")
    errors = JsonlMerge(out / ERRORS, "key")
    summary = Summary()
    signatures: dict[str, bytes] = {}
    for line in fetch_errors:
        errors.forget([line["key"]])
        errors.add(line)
    try:
        if dask:
            from pipeline.run.cluster import dask_outcomes

            stream: Iterator[Outcome] = itertools.chain(dask_outcomes(paths, settings, out, dask), outcomes(documents, settings))
        else:
            stream = outcomes(itertools.chain(read_inputs(paths, settings), documents), settings)
        for outcome in stream:
            summary.add(outcome)
            errors.forget([outcome.key])
            if outcome.status == "written" and outcome.record_json is not None:
                rid = _id_of(outcome.record_json)
                records.add({"id": rid}, outcome.record_json)
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
        raise
    written = time.perf_counter()
    records.commit()
    errors.commit()
    summary.stories, summary.copies = assign_stories(out / RECORDS, signatures)
    summary.seconds["write"] += time.perf_counter() - written
    if db_path is not False:
        from pipeline.db import DB_NAME
        from pipeline.db.sync import sync_records

        stored = time.perf_counter()
        target = db_path if isinstance(db_path, (str, Path)) else out / DB_NAME
        summary.db_changed, _ = sync_records(target, out / RECORDS)
        summary.seconds["store"] += time.perf_counter() - stored
    return summary


def _id_of(record_json: str) -> str:
    # The id is the second key of every record line: avoid parsing the whole text again.
    start = record_json.index('"id": "') + 7
    return record_json[start:record_json.index('"', start)]
