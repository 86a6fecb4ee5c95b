"""Running the per-article stages on a Dask distributed cluster (`vnie run ... --dask ADDRESS|local:N`).

The inputs are cut into partitions: line ranges of JSON Lines corpora, record ranges of WARC files, and
groups of page files. Each partition is one Dask task, `run_partition`, which reads its slice itself
(workers read the inputs from the same paths, so they must see the same files), runs `runner.process`
on every document (models load once per worker process and stay loaded across tasks) and writes its
outcomes to `OUT/.parts/<partition id>.jsonl` through a temporary file and `os.replace`. The client
then reads the part files in input order and writes records, errors, stories and the store exactly as
a local run does, so the output is identical. A task whose worker dies is simply run again by Dask
(its part file is replaced whole, never appended), and a re-run of the command reuses nothing but the
inputs, so no record is lost or duplicated.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import SettingsError
from pipeline.reading.inputs import iter_inputs, iter_named, kind_of, read_file, read_jsonl
from pipeline.settings import Settings

LINES_PER_PARTITION = 200
FILES_PER_PARTITION = 50
PARTS = ".parts"


@dataclass(frozen=True)
class Partition:
    """A slice of the inputs: `files` whole, or entries [start, end) of one JSONL or WARC file; `names`:
    the files' stable names (`inputs.iter_named`), from which record ids are made."""

    number: int
    files: tuple[str, ...]
    start: int = 0
    end: int = -1
    names: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        text = json.dumps([self.files, self.start, self.end])
        return f"{self.number:06d}-{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def _count_entries(path: Path, kind: str) -> int:
    if kind == "jsonl":
        import gzip

        opener = gzip.open if path.name.lower().endswith(".gz") else open
        from pipeline.reading.inputs import bounded_lines

        with opener(path, "rb") as fh:
            return sum(1 for _ in bounded_lines(fh, 1 << 20))
    return sum(1 for _ in read_file(path, Settings(progress=False)))


def partitions(paths: Iterable[str | Path], lines: int = LINES_PER_PARTITION,
               files: int = FILES_PER_PARTITION) -> list[Partition]:
    """The partitions of the inputs, in input order."""
    parts: list[Partition] = []
    singles: list[tuple[str, str]] = []

    def flush() -> None:
        if singles:
            parts.append(Partition(len(parts), tuple(f for f, _ in singles), names=tuple(n for _, n in singles)))
            singles.clear()

    for item in iter_named(paths):
        if not isinstance(item, tuple):
            continue
        path, name = item
        kind = kind_of(path.name)
        if kind in ("jsonl", "warc", "store"):
            flush()
            total = _count_entries(path, kind)
            for start in range(0, max(total, 1), lines):
                parts.append(Partition(len(parts), (str(path),), start, min(start + lines, total), (name,)))
        else:
            singles.append((str(path), name))
            if len(singles) >= files:
                flush()
    flush()
    return parts


def read_partition(part: Partition, settings: Settings) -> Iterator:
    """The raw documents (or rejections) of a partition, as a local run would read them."""
    names = part.names or tuple(Path(f).name for f in part.files)
    if part.end < 0:
        for file, name in zip(part.files, names, strict=True):
            yield from read_file(Path(file), settings, name)
        return
    path = Path(part.files[0])
    if kind_of(path.name) == "jsonl":
        yield from read_jsonl(path, settings, part.start, part.end, names[0])
        return
    yield from itertools.islice(read_file(path, settings, names[0]), part.start, part.end)


def run_partition(part: Partition, settings: Settings, parts_dir: str) -> str:
    """Process one partition on a worker; write its outcomes to a part file; return that file's path."""
    from pipeline.run.process import process, warm_up

    warm_up()
    target = Path(parts_dir) / f"{part.id}.jsonl"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for item in read_partition(part, settings):
            data = dataclasses.asdict(process(item, settings))
            data["signature"] = data["signature"].hex() if data["signature"] else None
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return str(target)


def _client(address: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SettingsError("--dask needs the `distributed` package: pip install 'dask[distributed]'") from None
    if address.startswith("local:"):
        count = address.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise SettingsError(f"--dask local:N needs a number of workers, not {count!r}")
        cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except OSError as exc:
        raise SettingsError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def dask_outcomes(paths: Iterable[str | Path], settings: Settings, out_dir: Path, address: str) -> Iterator:
    """Outcomes of every input, computed on a Dask cluster, yielded in input order."""
    from pipeline.documents import Outcome

    parts = partitions(paths)
    parts_dir = out_dir / PARTS
    parts_dir.mkdir(parents=True, exist_ok=True)
    client, cluster = _client(address)
    try:
        from pipeline.documents import Rejected
        from pipeline.run.process import process

        for item in iter_inputs(paths):  # paths that cannot be read: rejected here, before the partitions
            if isinstance(item, Rejected):
                yield process(item, settings)
        futures = [client.submit(run_partition, part, settings, str(parts_dir), key=f"vnie-{part.id}", retries=3, pure=False)
                   for part in parts]
        for future in futures:
            path = Path(future.result())
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    data = json.loads(line)
                    data["facts"] = tuple(data["facts"])
                    data["warnings"] = tuple(data["warnings"])
                    data["seconds"] = tuple(data["seconds"])
                    data["signature"] = bytes.fromhex(data["signature"]) if data["signature"] else None
                    yield Outcome(**data)
            path.unlink()
        try:
            parts_dir.rmdir()
        except OSError:
            pass
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
