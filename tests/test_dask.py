"""The per-article stages on a Dask cluster: the same records as a local run, even when a worker dies."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest

from pipeline.run import cluster
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.conftest import DATA

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A JSONL corpus of 36 entries (our own articles, each under three ids) and a folder of page files."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    texts = [json.loads(x)["text"] for x in (DATA / "store" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for copy in range(3):
            for n, text in enumerate(texts):
                fh.write(json.dumps({"id": f"{copy}-{n}", "text": text, "published": f"202{copy}-05-0{n % 9 + 1}"},
                                    ensure_ascii=False) + "\n")
        fh.write("not json\n")
    return folder


@pytest.fixture(scope="module")
def local_cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        yield lc


def _inputs(corpus):
    return [str(corpus / "corpus.jsonl"), str(DATA / "articles")]


def test_partitions_cover_every_entry_once(corpus, monkeypatch):
    monkeypatch.setattr(cluster, "LINES_PER_PARTITION", 5)
    parts = cluster.partitions(_inputs(corpus), lines=5, files=4)
    ranges = [(p.start, p.end) for p in parts if p.files[0].endswith(".jsonl")]
    assert ranges[0] == (0, 5) and ranges[-1][1] == 37 and all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    pages = [f for p in parts if p.end < 0 for f in p.files]
    from pipeline.reading.inputs import iter_files

    assert pages == [str(p) for p in iter_files([DATA / "articles"])]


def test_a_dask_run_gives_the_records_of_a_local_run(corpus, local_cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "LINES_PER_PARTITION", 5)
    monkeypatch.setattr(cluster, "FILES_PER_PARTITION", 4)
    local = run(_inputs(corpus), tmp_path / "local", Settings(progress=False))
    remote = run(_inputs(corpus), tmp_path / "dask", Settings(progress=False), dask=local_cluster.scheduler_address)
    for name in ("records.jsonl", "errors.jsonl"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    assert (remote.read, remote.written, dict(remote.rejected)) == (local.read, local.written, dict(local.rejected))
    assert remote.rejected["bad_json"] == 1
    assert not (tmp_path / "dask" / cluster.PARTS).exists()
    again = run(_inputs(corpus), tmp_path / "dask", Settings(progress=False), dask=local_cluster.scheduler_address)
    assert again.written == local.written
    assert (tmp_path / "dask" / "records.jsonl").read_bytes() == (tmp_path / "local" / "records.jsonl").read_bytes()


def test_a_lost_worker_is_replaced_and_nothing_is_lost(corpus, local_cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "LINES_PER_PARTITION", 3)
    client = distributed.Client(local_cluster.scheduler_address)
    pids = list(client.run(os.getpid).values())
    client.close()
    parts = tmp_path / "dask" / cluster.PARTS
    killed: list[int] = []

    def kill_one() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (parts.exists() and any(parts.glob("*.jsonl"))):
            time.sleep(0.02)
        os.kill(pids[0], signal.SIGKILL)
        killed.append(pids[0])

    killer = threading.Thread(target=kill_one, daemon=True)
    killer.start()
    remote = run(_inputs(corpus), tmp_path / "dask", Settings(progress=False), dask=local_cluster.scheduler_address)
    killer.join()
    local = run(_inputs(corpus), tmp_path / "local", Settings(progress=False))
    assert killed, "a worker was killed during the run"
    assert (tmp_path / "dask" / "records.jsonl").read_bytes() == (tmp_path / "local" / "records.jsonl").read_bytes()
    assert remote.written == local.written


def test_a_bad_address_is_one_line(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["run", str(DATA / "articles"), "-o", str(tmp_path), "--dask", "local:zero"]) == 1
    assert "local:N needs a number" in capsys.readouterr().err
