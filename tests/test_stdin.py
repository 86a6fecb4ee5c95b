"""`vnie run -`: a page or a corpus on standard input, through a real pipe into a real `vnie` process.

Ids come from the bytes (a page) or the entry (a corpus line), so piping the same thing twice replaces
its record, and a different page adds one."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.reading.stdin import NAME, read_stdin, sniff
from pipeline.settings import Settings

from .conftest import DATA, ROOT, read_jsonl

PAGES = ROOT / "tests" / "fixturesite" / "pages"


def _vnie(args: list[str], data: bytes | None, cwd: Path, stdin=None) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    """`python -m pipeline ARGS` with `data` written into its standard input through an OS pipe."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=data, stdin=stdin, cwd=cwd, env=env,
                          capture_output=True, timeout=180)


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_the_same_page_piped_twice_is_one_record_and_another_page_adds_one(tmp_path):
    out = tmp_path / "out"
    page = _page("nghe-an-tong-ket-khuyen-cong.html")
    first = _vnie(["run", "-", "-o", str(out)], page, tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    assert b"read 1, written 1" in first.stdout
    (record,) = read_jsonl(out / "records.jsonl")
    assert record["source"]["path"] == NAME and record["source"]["extractor"].startswith("trafilatura")
    assert "Nghệ An" in record["text"] and record["officials"]

    again = _vnie(["run", "-", "-o", str(out)], page, tmp_path / "..")  # another working folder too
    assert again.returncode == 0, again.stderr.decode()
    assert [r["id"] for r in read_jsonl(out / "records.jsonl")] == [record["id"]], "piped twice: not duplicated"

    other = _vnie(["run", "-", "-o", str(out)], _page("tra-vinh-phien-cho-hang-viet.html"), tmp_path)
    assert other.returncode == 0
    ids = [r["id"] for r in read_jsonl(out / "records.jsonl")]
    assert len(ids) == len(set(ids)) == 2 and record["id"] in ids, "another page is not lost, and loses nothing"
    import sqlite3

    with sqlite3.connect(out / "vnie.db") as db:
        assert sorted(r[0] for r in db.execute("SELECT id FROM articles")) == sorted(ids)


def test_plain_text_is_sniffed_and_the_format_can_be_forced(tmp_path):
    dump = (DATA / "articles" / "102_nghean_khuyencong.txt").read_bytes()
    done = _vnie(["run", "-", "-o", str(tmp_path / "text")], dump, tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    (record,) = read_jsonl(tmp_path / "text" / "records.jsonl")
    assert record["source"]["extractor"] == "dump" and record["officials"]

    page = _page("nghe-an-tong-ket-khuyen-cong.html")
    forced = _vnie(["run", "-", "--stdin-format", "text", "-o", str(tmp_path / "forced")], page, tmp_path)
    assert forced.returncode == 0
    (as_text,) = read_jsonl(tmp_path / "forced" / "records.jsonl")
    assert as_text["source"]["extractor"] == "dump", "an HTML page read as text when told so"


def test_a_corpus_on_stdin_is_streamed_keyed_by_its_ids_and_never_duplicated(tmp_path):
    corpus = (DATA / "answers" / "articles.jsonl").read_bytes()
    lines = [line for line in corpus.splitlines() if line.strip()][:4]
    entries = [json.loads(line) for line in lines]
    anonymous = [json.dumps({"text": e["text"]}, ensure_ascii=False).encode() for e in entries[:2]]
    data = b"\n".join(lines + anonymous) + b"\n"
    out = tmp_path / "out"
    done = _vnie(["run", "-", "-o", str(out)], data, tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    first = {r["id"]: r for r in read_jsonl(out / "records.jsonl")}
    assert len(first) == 6

    # The same entries again, in another order: the same ids (an entry without an id is named by its bytes).
    shuffled = b"\n".join(list(reversed(anonymous)) + list(reversed(lines))) + b"\n"
    again = _vnie(["run", "-", "-o", str(out)], shuffled, tmp_path)
    assert again.returncode == 0
    assert sorted(r["id"] for r in read_jsonl(out / "records.jsonl")) == sorted(first)


def test_empty_stdin_is_rejected_and_a_terminal_is_refused(tmp_path):
    empty = _vnie(["run", "-", "-o", str(tmp_path / "out")], b"  \n", tmp_path)
    assert empty.returncode == 0
    (error,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert (error["source"], error["reason"]) == (NAME, "empty")

    leader, follower = pty.openpty()
    try:
        tty = _vnie(["run", "-", "-o", str(tmp_path / "tty")], None, tmp_path, stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert tty.returncode == 1
    assert b"standard input" in tty.stderr and tty.stderr.count(b"\n") == 1, "one line, not a hang"

    lonely = _vnie(["run", "corpus", "--stdin-format", "html", "-o", str(tmp_path / "x")], None, ROOT)
    assert lonely.returncode == 1 and b"--stdin-format" in lonely.stderr


@pytest.mark.parametrize("head, kind", [
    (b'{"id": 1, "text": "..."}\n', "jsonl"),
    (b"\xef\xbb\xbf  \n{\"text\": \"x\"}", "jsonl"),
    (b"<!DOCTYPE html><html><body><p>Tin</p>", "html"),
    (b"\n\n  <html lang='vi'>", "html"),
    ("Trang chủ | Tin tức\nHà Nội, ngày 3/5 <b>quan trọng</b> <p>".encode(), "html"),
    ("Hội nghị tổng kết công tác khuyến công năm 2024\nNgày 10/3, tại Hà Nội ...".encode(), "text"),
    ("Giá điện < 2.000 đồng/kWh và > 1.500 đồng/kWh".encode(), "text"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_a_page_over_the_cap_is_rejected_without_reading_it_whole():
    big = io.BytesIO(b"x" * 50_000)
    (item,) = list(read_stdin(big, Settings(max_bytes=10_000)))
    assert item.reason == "too_large" and "50000 bytes" in item.detail
    assert big.tell() == 50_000, "read to the end so the writer is not left blocked"


def test_a_pipe_delivering_a_corpus_in_small_pieces_is_read_whole():
    lines = [json.dumps({"id": f"a{i}", "text": "Hội nghị khuyến công " * 20}, ensure_ascii=False) for i in range(30)]
    data = ("\n".join(lines) + "\n").encode()

    class Trickle(io.RawIOBase):
        """A pipe that gives at most 7 bytes a read."""

        def __init__(self) -> None:
            self.data = data

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            n = min(7, len(buffer), len(self.data))
            buffer[:n] = self.data[:n]
            self.data = self.data[n:]
            return n

    items = list(read_stdin(io.BufferedReader(Trickle(), buffer_size=7), Settings()))
    assert [item.meta["id"] for item in items] == [f"a{i}" for i in range(30)]
