"""Crash safety: `vnie run` and `vnie fetch` killed with SIGKILL at random points, again and again, then run
once more, end exactly where an uninterrupted run ends (issue 13).

- `vnie run` (one process, and `--workers 2`): after every kill the outputs of the last complete run are
  intact (never half written); the final re-run's `records.jsonl`, `errors.jsonl` and fact store equal an
  uninterrupted run's, byte for byte (the store: every row of every table).
- `vnie fetch`: every page fetched before a kill is kept unchanged; the final re-run's store holds the same
  pages with the same bytes as an uninterrupted fetch, and the records made from it are the same.

The kill times are drawn from a seeded generator (`VNIE_CRASH_SEED` to change it), between the start-up
and the end of an uninterrupted run, so kills land in reading, extracting, writing and storing.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, store_rows
from tests.fixturesite import FixtureSite

SEED = int(os.environ.get("VNIE_CRASH_SEED", "13"))


def _vnie(*args: str, kill_after: float | None = None, cwd: Path = ROOT) -> int | None:
    """Run `python -m pipeline ARGS`; with `kill_after`, SIGKILL it then (None if it had finished first)."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode(errors="replace")
        return proc.returncode
    try:
        proc.wait(timeout=kill_after)
        return None
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return -9


def _outputs(out: Path) -> dict[str, object]:
    return {"records": (out / "records.jsonl").read_bytes(), "errors": (out / "errors.jsonl").read_bytes(),
            "store": store_rows(out / "vnie.db")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A corpus of about 25 documents: the test articles as a JSON Lines corpus (with variants), page files
    and a few bad inputs, so that a run takes a few seconds and writes records and errors."""
    folder = tmp_path_factory.mktemp("crash-corpus")
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for round_ in range(3):
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"{round_}-{i}", "text": text + f"\nBài {round_}-{i}."}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    pages = folder / "pages"
    pages.mkdir()
    for path in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        (pages / path.name).write_bytes(path.read_bytes())
    (pages / "empty.html").write_bytes(b"")
    (pages / "report.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def _args(corpus: Path) -> list[str]:
    return [str(corpus / "corpus.jsonl"), str(corpus / "pages"), "--quiet"]


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[dict[str, object], float]:
    """The outputs of one uninterrupted run (one process), and how long it took."""
    out = tmp_path_factory.mktemp("crash-reference")
    started = time.monotonic()
    _vnie("run", *_args(corpus), "-o", str(out))
    return _outputs(out), time.monotonic() - started


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_during_vnie_run_then_rerun_equals_an_uninterrupted_run(corpus, reference, tmp_path, workers):
    rng = random.Random(SEED + int(workers))
    expected, took = reference
    args = [*_args(corpus), "--workers", workers, "--force-workers"]
    out = tmp_path / "killed"
    _vnie("run", str(corpus / "pages"), "--quiet", "-o", str(out))  # an earlier, smaller complete run
    earlier = (out / "records.jsonl").read_bytes()
    kills = 0
    for _ in range(2):
        if _vnie("run", *args, "-o", str(out), kill_after=rng.uniform(0.6, took)) is not None:
            kills += 1
        now = (out / "records.jsonl").read_bytes()
        assert now in (earlier, expected["records"]), "records.jsonl is the earlier run's or the whole new one, never half"
    assert kills >= 1, "at least one run was killed before it finished"
    _vnie("run", *args, "-o", str(out))
    assert _outputs(out) == expected, "the same outputs as an uninterrupted run in one process"
    assert not [p.name for p in out.iterdir() if p.name.endswith((".part", ".merge", ".stories"))], \
        "killed runs' temporary files are gone"


def test_kill_9_during_vnie_fetch_then_rerun_equals_an_uninterrupted_fetch(tmp_path):
    from pipeline.fetching.store import CorpusStore

    rng = random.Random(SEED)
    with FixtureSite(hosts=2, crawl_delay=None, slow_seconds=0.5) as site:
        sources = ["--sitemap", site.url(0, "/sitemap_index.xml"), "--sitemap", site.url(1, "/sitemap.xml"),
                   "--feed", site.url(0, "/rss.xml"), "--delay", "0.1", "--attempts", "2", "--backoff", "0.1",
                   "--timeout", "1", "--quiet"]
        reference = tmp_path / "reference"
        started = time.monotonic()
        _vnie("fetch", *sources, "--store", str(reference))
        took = time.monotonic() - started
        killed = tmp_path / "killed"
        kept: dict[str, str] = {}
        kills = 0
        for _ in range(2):
            site.reset()
            if _vnie("fetch", *sources, "--store", str(killed), kill_after=rng.uniform(0.8, took)) is not None:
                kills += 1
            if (killed / "fetched.sqlite").exists():
                with CorpusStore(killed) as store:
                    now = {r["url"]: r["content_hash"] for r in store.rows("fetched")}
                assert all(now.get(u) == h for u, h in kept.items()), "a page fetched before a kill was lost or changed"
                kept = now
        assert kills >= 1
        site.reset()
        _vnie("fetch", *sources, "--store", str(killed))

    def pages(folder: Path) -> dict[str, tuple]:
        with CorpusStore(folder) as store:
            rows = {r["url"]: (r["status"], r["reason"], r["role"], r["content_hash"]) for r in store.rows()}
            bodies = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM pages").fetchone()
        assert bodies[0] == bodies[1], "one stored page per URL"
        return rows

    assert pages(killed) == pages(reference)
    outs = []
    for folder in (reference, killed):
        out = tmp_path / f"out-{folder.name}"
        _vnie("run", str(folder / "fetched.sqlite"), "-o", str(out), "--quiet")
        records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
        for record in records:
            record["source"]["fetched_at"] = None  # the time of the fetch is the one thing that differs
        outs.append(records)
    assert outs[0] == outs[1] and len(outs[0]) > 10
