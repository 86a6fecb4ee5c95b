"""Progress and logs of a real `vnie` process: plain lines on a pipe, a bar on a pseudo-terminal, -q and -v.

The input is a JSON Lines corpus of our own invented articles (tests/data/articles), repeated under other
ids until a run lasts a few seconds."""

from __future__ import annotations

import gzip
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.progress import Progress, plain_line
from pipeline.reading.inputs import count_documents, count_lines

from .conftest import DATA, ROOT

N = 48
LINE = re.compile(r"^vnie: (\d+)/(\d+) documents \((\d+)%\), \d+\.\d docs/s(, ETA \d+:\d\d:\d\d)?$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    path = tmp_path_factory.mktemp("progress") / "slow.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            fh.write(json.dumps({"id": f"p{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return path


def _env(**more: str) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "VNIE_PROGRESS_SECONDS": "0.3", **more}


def test_plain_lines_on_a_pipe_appear_during_the_run(corpus, tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(tmp_path / "out")],
                            cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    first = proc.stderr.readline().decode()
    still_running = proc.poll() is None
    rest, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert LINE.match(first.rstrip("\n")), first
    assert still_running, "the first progress line came while the run was still going"
    lines = [first.rstrip("\n"), *err.decode().splitlines()]
    progress = [m for m in map(LINE.match, lines) if m]
    assert len(progress) >= 2 and len(progress) == len(lines) - 2, lines
    assert lines[-2:] == ["vnie: grouping the records into stories", "vnie: bringing the fact store up to date"]
    assert all(int(m.group(2)) == N for m in progress), "the total is the corpus's line count"
    done = [int(m.group(1)) for m in progress]
    assert done == sorted(done) and 0 < done[0] < N
    assert "\x1b" not in err.decode() and "\r" not in err.decode(), "nothing animated off a terminal"
    summary = rest.decode()
    assert f"read {N}, written {N}" in summary
    assert f"fact store: {tmp_path / 'out' / 'vnie.db'}" in summary and "vnie search" in summary and "vnie serve" in summary


def test_a_bar_with_total_and_percentage_on_a_terminal(corpus, tmp_path):
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(tmp_path / "out")],
                            cwd=tmp_path, env=_env(COLUMNS="160", TERM="xterm-256color"), stdout=subprocess.PIPE,
                            stderr=follower)
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0
    text = seen.decode("utf-8", "replace")
    assert "\x1b[" in text, "drawn with terminal escapes"
    assert re.search(rf"\b\d+/{N}\b", text) and re.search(r"\d+%", text), "count of the total, and a percentage"
    assert "━" in text and "docs/s" in text
    assert not LINE.search(text), "no plain lines on a terminal"


def test_quiet_says_nothing_and_verbose_says_what_it_does(corpus, tmp_path):
    def run(*flags: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline", *flags], cwd=tmp_path, env=_env(), capture_output=True,
                              text=True, timeout=300)

    quiet = run("run", str(corpus), "-o", "out", "-q", "--workers", "64")
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    assert f"read {N}" in quiet.stdout
    noted = run("-v", "run", str(corpus), "-o", "out", "--workers", "64")
    assert "vnie: --workers 64 is more than" in noted.stderr
    assert re.search(r"^vnie: reading .*slow\.jsonl$", noted.stderr, re.M)
    debug = run("run", str(DATA / "articles" / "101_dongthap_hoicho.txt"), "-o", "one", "-vv")
    assert re.search(r"^vnie: debug \[pipeline\.", debug.stderr, re.M), debug.stderr
    bad = run("-q", "search", "x", "--db", "nowhere.db")
    assert bad.returncode == 1 and bad.stderr.startswith("vnie: error:"), "errors still show with -q"


def test_counting_is_cheap_and_exact(tmp_path, corpus):
    assert count_lines(corpus) == N
    packed = tmp_path / "c.jsonl.gz"
    with gzip.open(packed, "wb") as fh:
        fh.write(corpus.read_bytes().rstrip(b"\n"))  # no newline after the last line: still counted
    assert count_lines(packed) == N
    (tmp_path / "pages").mkdir()
    for name in ("a.html", "b.txt", "c.pdf"):
        (tmp_path / "pages" / name).write_text("x", encoding="utf-8")
    assert count_documents([packed, tmp_path / "pages", tmp_path / "missing"]) == N + 3 + 1
    from pipeline.fetching.warcfiles import WarcOut, read_warc

    warc = WarcOut(tmp_path / "pages" / "d.warc.gz")
    for i, kind in enumerate(["text/html; charset=utf-8", "image/png", "text/html", "application/xhtml+xml"]):
        warc.write(f"https://a.vn/{i}", 200, {"content-type": kind}, b"<p>x</p>" * 100, "2024-01-01T00:00:00Z")
    warc.close()
    assert len(list(read_warc(tmp_path / "pages" / "d.warc.gz", 10_000))) == 3
    assert count_documents([tmp_path / "pages"]) == 3 + 3, "a WARC counted by its HTML responses"


def test_plain_line_and_progress_counts(capsys):
    assert plain_line("documents", 1200, 2956, 1200 / 35.2, unit="docs") == \
        "vnie: 1200/2956 documents (41%), 35.2 docs/s, ETA 0:00:50"
    assert plain_line("pages", 7, None, 2.0, "queued 40, failed 1") == "vnie: 7 pages, 3.5 pages/s; queued 40, failed 1"
    with Progress("documents", mode="lines", interval=0, unit="docs") as progress:
        progress.set_total(3)
        for _ in range(4):
            progress.advance()
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" documents")[0] for line in lines] == ["vnie: 1/3", "vnie: 2/3", "vnie: 3/3", "vnie: 4/4"]
    with Progress("documents", mode="off") as progress:
        progress.advance()
    assert capsys.readouterr().err == ""


def test_fetch_shows_its_queue_fetched_and_failed(tmp_path):
    from tests.fixturesite import FixtureSite

    with FixtureSite(hosts=1) as site:
        urls = [site.url(0, p) for p in site.article_paths(0)[:3]] + [site.url(0, "/missing.html")]
        done = subprocess.run([sys.executable, "-m", "pipeline", "fetch", *urls, "--store", str(tmp_path / "s"),
                               "--delay", "0.2", "--ignore-robots"], cwd=tmp_path, env=_env(VNIE_PROGRESS_SECONDS="0"),
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all(re.match(r"^vnie: \d+/4 pages \(\d+%\), \d+\.\d pages/s.*; queued 4, fetched \d, failed \d$", x)
                         for x in lines), lines
    assert lines[-1].startswith("vnie: 4/4 pages (100%)") and lines[-1].endswith("queued 4, fetched 3, failed 1")
    assert "fetched 3," in done.stdout and "failed 1 (http_404 1)" in done.stdout
    assert count_documents([tmp_path / "s"]) == 3, "a corpus store is counted by its article pages"


def test_a_spinner_with_a_count_while_the_total_is_unknown():
    import io

    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=140)
    with Progress("documents", mode="bar", console=console, unit="docs") as progress:
        for _ in range(7):
            progress.advance()
        console.print("")  # let the live display draw once more
    drawn = screen.getvalue()
    assert "7/?" in drawn and "documents" in drawn
    assert any(frame in drawn for frame in "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"), "a spinner"


def test_export_shows_rows_written_and_the_table_it_is_on(corpus, tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(tmp_path / "out"), "-q"],
                          cwd=tmp_path, env=_env(), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    exported = subprocess.run([sys.executable, "-m", "pipeline", "export", "--db", str(tmp_path / "out" / "vnie.db"),
                               "-o", str(tmp_path / "exp"), "--format", "csv"], cwd=tmp_path,
                              env=_env(VNIE_PROGRESS_SECONDS="0"), capture_output=True, timeout=300)
    assert exported.returncode == 0, exported.stderr.decode()
    lines = [line for line in exported.stderr.decode().splitlines() if line.startswith("vnie: ")]
    counts = [int(m.group(1)) for m in (re.match(r"vnie: (\d+) rows, [\d.]+ rows/s; table (\w+)$", x) for x in lines) if m]
    assert len(counts) >= 10 and counts == sorted(counts), lines[:5]
    assert any(line.endswith("table articles") for line in lines) and any(line.endswith("table figures") for line in lines)
    quiet = subprocess.run([sys.executable, "-m", "pipeline", "-q", "export", "--db", str(tmp_path / "out" / "vnie.db"),
                            "-o", str(tmp_path / "exp2")], cwd=tmp_path, env=_env(VNIE_PROGRESS_SECONDS="0"),
                           capture_output=True, timeout=300)
    assert quiet.returncode == 0 and quiet.stderr.decode() == ""
