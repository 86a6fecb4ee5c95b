"""Hostile input: every bad file, name, path, text and command line ends as a clean record, a documented
reject or one line of error, and nothing good is lost (issue 13). Everything is generated here, at test time.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pipeline import process_html, process_text
from pipeline.cli import main
from pipeline.errors import Skip
from pipeline.reading.inputs import read_jsonl
from pipeline.settings import Settings

from .conftest import ROOT
from .conftest import read_jsonl as read_lines

ARTICLE = (ROOT / "corpus" / "seeds" / "002_d76d8008020dd247.txt").read_text(encoding="utf-8")
BODY = "\n".join(line for line in ARTICLE.splitlines()[4:30] if line.strip())
SPEECH = ("Hôm nay tại diễn đàn Quốc hội, ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nghệ An, phát biểu về "
          "chương trình khuyến công năm 2024. Bà Trần Thị Hoa, Giám đốc Sở Công Thương tỉnh Nghệ An, cho biết "
          "tổng vốn đầu tư đạt hơn 120 tỷ đồng cho 35 đề án khuyến công của địa phương trong năm qua.")


def _page(body: str, title: str = "Hội nghị ngành Công thương") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def _jsonl(*entries: object) -> bytes:
    return b"".join((e if isinstance(e, bytes) else json.dumps(e, ensure_ascii=False).encode()) + b"\n" for e in entries)


def _gz(data: bytes) -> bytes:
    return gzip.compress(data)


def _run(*args: str) -> int:
    return main(["run", *args, "--quiet"])


def _main(args: list[str]) -> int:
    """`main`, with a usage error's `SystemExit` as its status."""
    try:
        return main(args)
    except SystemExit as exit:
        return int(exit.code or 0)


def _one_line_error(capsys, code: int, expect: str = "") -> str:
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert code in (1, 2), f"exit status {code}"
    assert len(lines) == 1 and lines[0].startswith("vnie"), captured.err
    assert "Traceback" not in captured.err + captured.out
    assert expect in lines[0], lines[0]
    return lines[0]


# -- 1. the same document twice in one run --------------------------------------------------------------


def test_the_same_document_twice_in_one_run_is_written_once(tmp_path, capsys):
    from pipeline.fetching.warcfiles import WarcOut

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "repeat.jsonl").write_bytes(_jsonl({"id": "a", "text": BODY}, {"id": "a", "text": BODY + " Thêm."},
                                                 {"id": "b", "text": SPEECH}))
    (folder / "page.html").write_text(_page(BODY), encoding="utf-8")
    for name in ("one.warc.gz", "two.warc.gz"):
        warc = WarcOut(folder / name)
        warc.write("http://bao.example/tin/hoi-nghi-cong-thuong.html", 200, {"content-type": "text/html; charset=utf-8"},
                   _page(SPEECH).encode(), "2024-10-12T08:00:00+00:00")
        warc.close()
    out = tmp_path / "out"
    # the folder, a file of it again under another spelling, and the same WARC twice
    assert _run(str(folder), str(folder / "page.html"), str(folder / ".." / "in" / "one.warc.gz"), "-o", str(out)) == 0
    records = read_lines(out / "records.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 4, ids
    duplicates = [e for e in read_lines(out / "errors.jsonl") if e["reason"] == "duplicate"]
    assert len(duplicates) == 2 and all("already written" in e["detail"] for e in duplicates)
    import sqlite3

    with sqlite3.connect(out / "vnie.db") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert "written 4" in capsys.readouterr().out


# -- 2. a file name that is not UTF-8 ------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_file_name_that_is_not_utf8_loses_nothing(tmp_path, workers):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.html").write_text(_page(BODY), encoding="utf-8")
    bad = os.fsdecode(bytes(folder) + b"/\xe9\xff.txt")
    Path(bad).write_text(SPEECH * 2, encoding="utf-8")
    out = tmp_path / "out"
    assert _run(str(folder), "-o", str(out), "--workers", workers, "--force-workers") == 0
    records = read_lines(out / "records.jsonl")
    paths = sorted(Path(r["source"]["path"]).name for r in records)
    assert paths == ["\\xe9\\xff.txt", "good.html"], paths
    again = tmp_path / "again"
    assert _run(str(folder), "-o", str(again), "--workers", workers, "--force-workers") == 0
    assert (again / "records.jsonl").read_bytes() == (out / "records.jsonl").read_bytes(), "the name's id is stable"


# -- 3. a deeply nested JSON line ----------------------------------------------------------------------


def test_a_deeply_nested_json_line_is_bad_json_and_the_rest_is_read(tmp_path):
    corpus = tmp_path / "nested.jsonl"
    corpus.write_bytes(b"[" * 100_000 + b"\n" + b'{"a":' * 50_000 + b"\n" + _jsonl({"id": "ok", "text": BODY}))
    out = tmp_path / "out"
    assert _run(str(corpus), "-o", str(out)) == 0
    assert len(read_lines(out / "records.jsonl")) == 1
    assert sorted((e["line"], e["reason"]) for e in read_lines(out / "errors.jsonl")) == [(1, "bad_json"), (2, "bad_json")]


# -- 4. memory: a huge line is never held; workers are capped ------------------------------------------


def test_a_huge_gzipped_line_is_rejected_without_being_read_whole(tmp_path):
    corpus = tmp_path / "huge.jsonl.gz"
    with gzip.open(corpus, "wb", compresslevel=1) as fh:
        fh.write(_jsonl({"id": "before", "text": BODY}))
        fh.write(b'{"id": "huge", "text": "')
        block = b"x" * (1 << 20)
        for _ in range(120):  # a 120 MB line in a file of about 0.5 MB
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(_jsonl({"id": "after", "text": BODY}))
    assert corpus.stat().st_size < 2_000_000
    tracemalloc.start()
    try:
        items = list(read_jsonl(corpus, Settings(max_bytes=1_000_000)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "reason", "read") for i in items] == ["read", "too_large", "read"]
    assert "125829" in items[1].detail  # the line's real size is reported
    assert peak < 12_000_000, f"peak {peak / 1e6:.1f} MB while reading a 120 MB line with a 1 MB cap"


def test_workers_are_capped_at_the_cores_and_never_more_than_the_documents(tmp_path, capsys):
    import multiprocessing

    from pipeline.run.runner import run

    page = tmp_path / "one.html"
    page.write_text(_page(BODY), encoding="utf-8")
    assert main(["run", str(page), "-o", str(tmp_path / "a"), "--workers", "1000"]) == 0
    err = capsys.readouterr().err
    assert f"using {os.cpu_count()}" in err and "--force-workers" in err
    assert _run(str(page), "-o", str(tmp_path / "a"), "--workers", "1000") == 0
    assert capsys.readouterr().err == "", "-q: errors only"
    children: list[int] = []
    run([page], tmp_path / "b", Settings(workers=32, progress=False),
        on_outcome=lambda o: children.append(len(multiprocessing.active_children())))
    assert children == [1], "one document starts one worker, not 32"


# -- 5. nothing silently dropped -----------------------------------------------------------------------


def test_unsupported_files_links_fifos_and_missing_paths_are_reported_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.html").write_text(_page(BODY), encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    os.symlink("self.html", folder / "self.html")  # a link to itself
    os.symlink("nowhere.html", folder / "dangling.html")
    os.symlink("..", folder / "sub" / "up")  # a folder loop
    os.mkfifo(folder / "pipe.html")  # opening it would wait for a writer for ever
    out = tmp_path / "out"
    code = _run(str(tmp_path / "missing.html"), str(folder), "-o", str(out))
    assert code == 0
    assert len(read_lines(out / "records.jsonl")) == 1
    reasons = {Path(e["source"]).name: e["reason"] for e in read_lines(out / "errors.jsonl")}
    assert reasons == {"missing.html": "not_found", "report.pdf": "unsupported_type", "notes.docx": "unsupported_type",
                       "self.html": "unreadable", "dangling.html": "unreadable", "up": "unreadable",
                       "pipe.html": "unsupported_type"}, reasons


def test_only_missing_paths_is_one_line(tmp_path, capsys):
    code = main(["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "--quiet"])
    _one_line_error(capsys, code, "no such file or directory")


# -- 6. odd characters: records, not errors; exit status 3 after a bug ----------------------------------


ODD_TEXTS = {
    "ideographic space": SPEECH.replace("diễn đàn", "diễn\u3000đàn"),
    "every odd space": SPEECH.replace(" ", "\u2003", 5).replace("ông", "ông\u00a0", 1).replace("đàn", "đàn\u202f", 1),
    "lone surrogates": SPEECH.replace("Quốc hội", "Quốc\ud800 hội").replace("tỷ", "tỷ\udfff"),
    "line separators": SPEECH.replace(". ", ".\u2028", 1),
}


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_characters_give_a_record(name):
    record = process_text(ODD_TEXTS[name])
    assert record.officials and record.figures
    record.to_json().encode("utf-8")  # writable
    for fact in record.figures + record.dates:
        assert record.text[fact.evidence.start:fact.evidence.end] == fact.text


def test_odd_characters_in_a_corpus_run_exit_0(tmp_path):
    corpus = tmp_path / "odd.jsonl"
    corpus.write_bytes(b"".join(json.dumps({"id": k, "text": v, "title": "Tiêu đề\ud800"}).encode() + b"\n"
                                for k, v in ODD_TEXTS.items()))
    out = tmp_path / "out"
    assert _run(str(corpus), "-o", str(out)) == 0
    assert len(read_lines(out / "records.jsonl")) == len(ODD_TEXTS)
    assert read_lines(out / "errors.jsonl") == []


# -- 7. text and HTML agree ----------------------------------------------------------------------------


def test_bidirectional_controls_are_dropped_in_text_as_in_html(tmp_path):
    marked = SPEECH.replace("ông Nguyễn", "ông \u200fNguyễn").replace("Bà Trần", "\u202eBà Trần\u202c")
    marked = marked.replace("Phó Chủ tịch", "Phó\u200e Chủ tịch\u2067\u2069")
    from_text = process_text(marked)
    from_html = process_html(_page(marked))
    assert len(from_text.officials) == len(from_html.officials) == 2
    assert [o.name for o in from_text.officials] == [o.name for o in from_html.officials]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rtl.txt").write_text("Tin tức\n" + marked + "\n" + BODY, encoding="utf-8")
    (tmp_path / "in" / "rtl.html").write_text(_page(marked + "\n" + BODY), encoding="utf-8")
    assert _run(str(tmp_path / "in"), "-o", str(tmp_path / "out")) == 0
    by_kind = {Path(r["source"]["path"]).suffix: r for r in read_lines(tmp_path / "out" / "records.jsonl")}
    assert {o["name"] for o in by_kind[".txt"]["officials"]} >= {"Nguyễn Văn An", "Trần Thị Hoa"}
    assert not any(c in by_kind[".txt"]["text"] for c in "\u200e\u200f\u202c\u202e\u2067\u2069")


# -- 8. one line, not a traceback ----------------------------------------------------------------------


def test_bad_output_places_are_one_line_and_nothing_is_lost(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(_page(BODY), encoding="utf-8")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    _one_line_error(capsys, _run(str(page), "-o", str(a_file)), "is a file")
    folder_records = tmp_path / "r"
    (folder_records / "records.jsonl").mkdir(parents=True)
    _one_line_error(capsys, _run(str(page), "-o", str(folder_records)), "records.jsonl")
    garbage = tmp_path / "g"
    garbage.mkdir()
    (garbage / "records.jsonl").write_text('{"id": "keep", "text": "x"}\n')
    (garbage / "vnie.db").write_bytes(b"not a database at all" * 100)
    _one_line_error(capsys, _run(str(page), "-o", str(garbage)), "not a SQLite database")
    assert (garbage / "records.jsonl").read_text() == '{"id": "keep", "text": "x"}\n', "the old outputs are untouched"


def test_store_commands_on_bad_stores_are_one_line(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(_page(BODY), encoding="utf-8")
    assert _run(str(page), "-o", str(tmp_path / "out")) == 0
    capsys.readouterr()
    db = tmp_path / "out" / "vnie.db"
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    _one_line_error(capsys, main(["export", "--format", "jsonl", "-o", str(a_file), "--db", str(db)]))
    _one_line_error(capsys, _main(["search", "công", "--limit", "99999999999999999999", "--db", str(db)]), "--limit")
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree is gone
    corrupt.write_bytes(bytes(data))
    _one_line_error(capsys, main(["search", "công", "--db", str(corrupt)]))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"hello" * 1000)
    _one_line_error(capsys, main(["search", "công", "--db", str(garbage)]))
    _one_line_error(capsys, main(["people", "An", "--db", str(garbage)]))


# -- 11. no password in any message --------------------------------------------------------------------


@pytest.mark.parametrize("dsn", [
    "postgresql://vnie:Hidden-s3cret@[::1/vnie",
    "mysql://vnie:Hidden-s3cret@127.0.0.1/vnie",
    "host=127.0.0.1 user=vnie password=Hidden-s3cret dbname=vnie",
    "postgresql://vnie:Hidden-s3cret%zz@127.0.0.1/vnie",
    "postgresql://vnie:Hidden-s3cret@127.0.0.1:1/vnie",
    "postgresql://vnie:Hidden%2Ds3cret@127.0.0.1:1/vnie",
])
def test_load_never_prints_the_password(dsn, tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(_page(BODY), encoding="utf-8")
    assert _run(str(page), "-o", str(tmp_path / "out")) == 0
    capsys.readouterr()
    code = main(["load", dsn, "--db", str(tmp_path / "out" / "vnie.db")])
    captured = capsys.readouterr()
    assert code == 1
    assert "s3cret" not in captured.err + captured.out, captured.err
    assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) == 1


# -- 12. show --html escapes what it was given ---------------------------------------------------------


def test_show_html_escapes_scraped_titles_names_and_links(tmp_path):
    from pipeline.show import render_html

    record = json.loads(process_text(SPEECH).to_json())
    record["title"] = "<script>alert('title')</script>"
    record["source"] = {"url": "javascript:alert(1)//\"><img src=x onerror=alert(2)>", "path": None}
    record["officials"][0]["name"] = "<img src=x onerror=alert(3)>"
    record["officials"][0]["title"] = "</td><script>alert(4)</script>"
    page = render_html(record)
    assert "<script" not in page and "<img" not in page and "onerror=alert" not in page.replace("onerror=alert(", "")
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page
    assert "href='javascript" not in page
    out = tmp_path / "page.html"
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["show", record["id"], "--records", str(records), "--html", "-o", str(out)]) == 0
    assert "<script" not in out.read_text(encoding="utf-8")


# -- a per-document time limit -------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_a_slow_document_is_rejected_as_timeout_and_the_run_goes_on(tmp_path, workers):
    from pipeline.run.runner import run

    corpus = tmp_path / "slow.jsonl"
    long_text = "\n".join(f"{SPEECH} Đoạn {i}." for i in range(600))  # a few seconds of work
    corpus.write_bytes(_jsonl({"id": "slow", "text": long_text}, {"id": "quick", "text": SPEECH}))
    started = time.monotonic()
    summary = run([corpus], tmp_path / "out", Settings(workers=workers, doc_timeout=0.5, progress=False))
    assert time.monotonic() - started < 20
    assert summary.rejected == {"timeout": 1} and summary.written == 1
    (error,) = read_lines(tmp_path / "out" / "errors.jsonl")
    assert error["reason"] == "timeout" and error["line"] == 1 and "0.5 s" in error["detail"]


def test_the_time_limit_is_a_command_line_option(tmp_path, capsys):
    corpus = tmp_path / "slow.jsonl"
    corpus.write_bytes(_jsonl({"id": "slow", "text": "\n".join(f"{SPEECH} Đoạn {i}." for i in range(600))}))
    assert _run(str(corpus), "-o", str(tmp_path / "out"), "--doc-timeout", "0.5") == 0
    assert "timeout 1" in capsys.readouterr().out


# -- Hypothesis: no exception but Skip escapes; offsets always right; bounded time --------------------

WORDS = ["Ông", "bà", "Nguyễn", "Văn", "An", "Phó", "Chủ tịch", "UBND", "tỉnh", "Nghệ An", "Giám đốc", "Sở",
         "Công Thương", "hội nghị", "hội thảo", "diễn đàn", "khai mạc", "ngày", "10/11/2024", "tháng", "năm", "2024",
         "đạt", "hơn", "120", "tỷ", "đồng", "1.200", "MW", "12,5%", "ha", "khoảng", "Bộ", "Thứ trưởng", "lần thứ",
         "Hội chợ", "triển lãm", "quý III", "TP.HCM", "của", "và", "các", "được", "đã", "trong", "phát biểu", "cho biết",
         ",", ".", ":", "-", "(", ")", "\"", "…", "\n", "\n\n"]
ODD = ["\u3000", "\u00a0", "\u2003", "\u200b", "\u200e", "\u200f", "\u202e", "\u202c", "\u2066", "\u2069", "\ufeff",
       "\u0301", "\u0323", "\ud800", "\udfff", "\x00", "\x1b", "\r", "\u2028", "\t", "\ufffd", "𝐀", "😀", "ﷺ", "Ǆ"]
_WORD = st.sampled_from(WORDS)
TEXTS = st.lists(st.one_of(_WORD, _WORD, _WORD, _WORD, st.sampled_from(ODD), st.text(max_size=4)), min_size=20, max_size=160).map(
    lambda parts: " ".join(parts))
FUZZ = hsettings(max_examples=int(os.environ.get("VNIE_FUZZ_EXAMPLES", "40")), deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


def _check_record(record) -> None:
    text = record.text
    record.to_json().encode("utf-8")
    for fact in record.figures + record.dates:
        assert text[fact.evidence.start:fact.evidence.end] == fact.text
    for event in record.events:
        assert " ".join(text[event.evidence.start:event.evidence.end].split()) == event.name
    for official in record.officials:  # a name is given with single spaces, whatever the spacing written
        assert " ".join(official.name.split()) in " ".join(text[official.evidence.start:official.evidence.end].split())
        for mention in official.mentions:
            assert text[mention.start:mention.end] == mention.text
    for fact in record.figures + record.dates + record.events + record.officials:
        assert fact.evidence.sentence and text[fact.evidence.start:fact.evidence.end] in text


@FUZZ
@given(TEXTS)
def test_fuzz_process_text(text):
    started = time.perf_counter()
    try:
        record = process_text(text)
    except Skip:
        return
    finally:
        assert time.perf_counter() - started < 10, "one short text took more than 10 s"
    _check_record(record)


TAGS = st.sampled_from(["p", "div", "h1", "span", "article", "li", "td", "script", "style", "b", "a", "br", "table",
                        "nav", "footer", "header", "title", "meta", "!--", "![CDATA["])


@st.composite
def _html(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(TAGS)
        inner = draw(TEXTS)
        closed = draw(st.booleans())
        parts.append(f"<{tag}>{inner}" + (f"</{tag}>" if closed else ""))
    head = draw(st.sampled_from(["", "<!doctype html>", "<?xml version='1.0' encoding='utf-16'?>",
                                 "<html><head><meta charset='windows-1258'></head>", "\ufeff"]))
    return head + "".join(parts)


@FUZZ
@given(_html())
def test_fuzz_process_html(page):
    started = time.perf_counter()
    try:
        record = process_html(page, url="http://bao.example/tin/bai-viet.html")
    except Skip:
        return
    finally:
        assert time.perf_counter() - started < 10
    _check_record(record)


def test_fuzz_memory_stays_bounded():
    """A thousand odd texts in one process do not grow its memory without end."""
    import resource

    rng = __import__("random").Random(13)
    pieces = WORDS + ODD
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 200)))
        try:
            _check_record(process_text(text))
        except Skip:
            pass
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 200, f"peak memory grew {grown_mb:.0f} MB over 300 texts"


# -- the whole hostile folder, one run, in one process and with workers --------------------------------


def _hostile_folder(folder: Path) -> dict[str, str]:
    """Write 50 bad (and a few good) inputs; return file name -> the reason expected (or `written`)."""
    folder.mkdir()
    utf16 = ("\ufeff" + BODY).encode("utf-16-le")
    files: dict[str, tuple[bytes, str]] = {
        "good.html": (_page(BODY).encode(), "written"),
        "good.txt": (("Tin tức\n" + BODY).encode(), "written"),
        "empty.html": (b"", "empty"),
        "empty.txt": (b"", "empty"),
        "spaces.txt": (b" \n\t\n   " * 50, "empty"),
        "bom-only.txt": (b"\xef\xbb\xbf", "empty"),
        "nul-bytes.txt": (b"\x00" * 5000, "binary"),
        "png.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary"),
        "zip.txt": (b"PK\x03\x04" + bytes(range(256)) * 20, "binary"),
        "truncated.html": (_page(BODY).encode()[:600], "truncated_html"),
        "only-comments.html": (b"<!-- " + BODY.encode() + b" -->", "empty"),
        "only-script.html": (b"<html><body><script>" + b"var a = 1;" * 500 + b"</script></body></html>", "empty"),
        "no-body.html": (b"<html><head><title>T</title></head></html>", "empty"),
        "huge.html": (_page(BODY * 2000).encode(), "too_large"),
        "english.txt": (("The ministry held a conference on industrial promotion in the provinces. " * 20).encode(),
                        "not_vietnamese"),
        "mojibake.txt": (BODY.encode("utf-8").decode("latin-1").encode("utf-8"), "mis_encoded"),
        # deeper than libxml2 parses: trafilatura finds no text (a clean reject, not a crash)
        "nested-divs.html": (("<div>" * 20_000 + BODY + "</div>" * 20_000).encode(), "empty"),
        "unclosed-tags.html": (("<p><b><i><span>" * 2000 + BODY).encode(), "empty"),
        "one-long-word.txt": (("Tin tức\n" + "a" * 400_000).encode(), "not_vietnamese"),
        "one-long-line.txt": (("Tin tức\n" + (SPEECH + " ") * 300).encode(), "written"),
        "bidi.txt": (("Tin tức\n\u202e" + SPEECH + "\u202c\n" + BODY).encode(), "written"),
        "ideographic.txt": (("Tin tức\n" + ODD_TEXTS["ideographic space"] + "\n" + BODY).encode(), "written"),
        "utf16.txt": (utf16, "binary"),  # page dumps are UTF-8 or a legacy 8-bit encoding
        "bad.html.gz": (b"\x1f\x8b\x08\x00not really gzip", "unreadable"),
        "truncated.html.gz": (_gz(_page(BODY).encode())[:40], "unreadable"),
        "gzip-bomb.html.gz": (_gz(b"<p>" + b"a" * 30_000_000), "too_large"),
        "empty.jsonl": (b"\n\n", "empty"),
        "garbage.warc": (b"WARC/1.0\r\nnot a warc at all\r\n\r\n" * 10, "empty"),
        "garbage.sqlite": (b"this is not a sqlite file" * 100, "unreadable"),
        "report.pdf": (b"%PDF-1.4\n%%EOF\n", "unsupported_type"),
        "image.jpg": (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "unsupported_type"),
        "name with spaces and 'quotes'.html": (_page(BODY + " Một.").encode(), "written"),
        "name#with#hashes.html": (_page(BODY + " Hai.").encode(), "written"),
        "newline\nin name.html": (_page(BODY + " Ba.").encode(), "written"),
        ("x" * 240 + ".html"): (_page(BODY + " Bốn.").encode(), "written"),
        "tiếng-việt-nfd.html".replace("ế", "e\u0302\u0301"): (_page(BODY + " Năm.").encode(), "written"),
    }
    lines = [
        b"[" * 100_000, b'{"a":' * 30_000, b"[1, 2, 3]", b'"just a string"', b"null", b"{not json", b"\xff\xfe\x00{",
        json.dumps({"id": "num", "text": 12345}).encode(), json.dumps({"id": "none", "text": None}).encode(),
        json.dumps({"id": "html-num", "html": 5}).encode(), json.dumps({"id": ["a", "list"], "text": SPEECH}).encode(),
        json.dumps({"id": {"a": 1}, "text": SPEECH + " Sáu."}).encode(),
        json.dumps({"id": "sur", "text": SPEECH + "\ud800", "title": "\udfff", "author": "\ud83d"}).encode(),
        json.dumps({"id": "url", "url": "javascript:alert(1)", "text": SPEECH + " Bảy."}).encode(),
        json.dumps({"id": "dup", "text": SPEECH + " Tám."}).encode(), json.dumps({"id": "dup", "text": SPEECH + " Tám."}).encode(),
        json.dumps({"id": "pub", "text": SPEECH + " Chín.", "published": "99999-99-99"}).encode(),
        json.dumps({"id": "big", "text": "a" * 3_000_000}).encode(),
    ]
    files["hostile.jsonl"] = (b"\n".join(lines) + b"\n", None)
    for name, (data, _) in files.items():
        path = Path(os.fsdecode(bytes(folder) + b"/" + name.encode("utf-8")))
        path.write_bytes(data)
    Path(os.fsdecode(bytes(folder) + b"/\xe9\xff-latin1.txt")).write_bytes(("Tin tức\n" + BODY + " Mười.").encode())
    os.symlink("loop.html", folder / "loop.html")
    os.symlink(".", folder / "here")
    os.mkfifo(folder / "fifo.txt")
    return {name: reason for name, (_, reason) in files.items() if reason}


@pytest.fixture(scope="module")
def hostile_runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    expected = _hostile_folder(base / "in")
    results = {}
    for workers in ("1", "2"):
        out = base / f"out-{workers}"
        code = main(["run", str(base / "in"), "-o", str(out), "--quiet", "--workers", workers, "--force-workers",
                     "--max-bytes", "2000000"])
        results[workers] = (code, out)
    return expected, base / "in", results


def test_a_folder_of_hostile_files_ends_clean(hostile_runs):
    expected, folder, results = hostile_runs
    code, out = results["1"]
    records = read_lines(out / "records.jsonl")
    errors = read_lines(out / "errors.jsonl")
    assert code == 0, [e for e in errors if e["level"] == "error"]
    assert not [e for e in errors if e["level"] == "error"]
    outcome: dict[str, str] = {}
    for r in records:
        outcome.setdefault(Path(r["source"]["path"] or r["source"]["url"]).name, "written")
    for e in errors:
        if e["level"] != "warning" and e["line"] is None:
            outcome[Path(e["source"]).name] = e["reason"]
    wrong = {name: (outcome.get(name), reason) for name, reason in expected.items() if outcome.get(name) != reason}
    assert not wrong, wrong
    assert outcome["\\xe9\\xff-latin1.txt"] == "written"
    assert outcome["loop.html"] == "unreadable" and outcome["here"] == "unreadable"
    assert outcome["fifo.txt"] == "unsupported_type"
    jsonl = sorted((e["line"], e["reason"]) for e in errors if e["source"].endswith("hostile.jsonl"))
    assert jsonl == [(1, "bad_json"), (2, "bad_json"), (3, "bad_json"), (4, "bad_json"), (5, "bad_json"),
                     (6, "bad_json"), (7, "bad_json"), (8, "no_text"), (9, "no_text"), (10, "no_text"),
                     (16, "duplicate"), (18, "too_large")], jsonl
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        for fact in r["figures"] + r["dates"]:
            assert r["text"][fact["evidence"]["start"]:fact["evidence"]["end"]] == fact["text"]
    assert len(expected) + 19 >= 45, "at least 45 hostile inputs"


def test_the_hostile_folder_gives_the_same_outputs_with_workers(hostile_runs):
    _, _, results = hostile_runs
    (code1, one), (code2, two) = results["1"], results["2"]
    assert code1 == code2 == 0
    for name in ("records.jsonl", "errors.jsonl"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_the_hostile_folder_is_the_same_when_run_again(hostile_runs, tmp_path):
    _, folder, results = hostile_runs
    code, out = results["1"]
    before = {name: (out / name).read_bytes() for name in ("records.jsonl", "errors.jsonl")}
    assert main(["run", str(folder), "-o", str(out), "--quiet", "--max-bytes", "2000000"]) == 0
    for name, data in before.items():
        assert (out / name).read_bytes() == data, f"a re-run changed {name}"


# -- the CLI in a child process: exit statuses as a shell sees them ------------------------------------


def test_exit_statuses_seen_by_a_shell(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(_page(BODY), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def vnie(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=120)

    assert vnie("run", str(page), "-o", "out", "--quiet").returncode == 0
    bad = vnie("run", str(page), "-o", str(page), "--quiet")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    usage = vnie("search", "--limit", "x")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


# -- 9. fetching from a hostile server -----------------------------------------------------------------

_GUARD = {"on": False}


def _no_connection_beyond_loopback(event: str, args: tuple) -> None:
    """A safety net while the fetch tests run: any connection to an address off this machine is refused here,
    so a redirect to 169.254.169.254 never leaves it, even on a vnie that would follow it."""
    if _GUARD["on"] and event == "socket.connect" and isinstance(args[1], tuple):
        host = str(args[1][0])
        if not (host.startswith("127.") or host == "::1"):
            raise OSError(f"test guard: no connection to {host}")


sys.addaudithook(_no_connection_beyond_loopback)

ROBOTS = """User-agent: *
Allow: /tin/
Disallow: /tin/noi-bo/
Disallow: /*.pdf$
Disallow: /search*
Allow: /search/ok.html
Crawl-delay: 0.4
"""


@pytest.fixture(scope="module")
def hostile_site():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    log: list[tuple[float, str]] = []
    stop = threading.Event()
    big_sitemap = gzip.compress(("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                 + "".join(f"<url><loc>http://127.0.0.1/tin/bai-{i}.html</loc></url>" for i in range(4000))
                                 + "</urlset>").encode())

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            log.append((time.monotonic(), self.path))
            path = self.path
            if path == "/robots.txt" and self.headers.get("Host", "").startswith("localhost"):
                self._send(302, b"", Location="http://169.254.169.254/robots.txt")
            elif path == "/robots.txt":
                self._send(200, ROBOTS.encode(), "text/plain")
            elif path == "/slow-headers.html":  # one byte of header every 0.2 s, for up to 30 s
                try:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for _ in range(150):
                        if stop.is_set():
                            break
                        self.wfile.write(b"X")
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    pass
                self.close_connection = True
            elif path == "/sitemap-big.xml.gz":
                self._send(200, big_sitemap, "application/gzip")
            elif path == "/to-metadata.html":
                self._send(302, b"", Location="http://169.254.169.254/latest/meta-data/")
            elif path == "/to-metadata-v6.html":
                self._send(302, b"", Location="http://[fe80::a9fe:a9fe]/latest/meta-data/")
            elif path == "/to-here.html":
                self._send(302, b"", Location=f"http://localhost:{self.server.server_address[1]}/tin/a.html")
            else:
                self._send(200, _page(BODY + f" {path}").encode())

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _GUARD["on"] = True
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        _GUARD["on"] = False
        stop.set()
        server.shutdown()
        server.server_close()


def _fetch(tmp_path: Path, **sources: object):
    from pipeline.fetching.crawl import fetch
    from pipeline.fetching.policy import FetchPolicy
    from pipeline.fetching.sources import Sources
    from pipeline.fetching.store import CorpusStore

    policy = FetchPolicy(delay=0.0, concurrency=4, read_timeout=1.0, connect_timeout=1.0, total_timeout=2.0,
                         max_attempts=1, max_bytes=50_000, max_download=1_000_000)
    with CorpusStore(tmp_path / "store") as store:
        return fetch(Sources(**sources), store, policy)  # type: ignore[arg-type]


def test_headers_sent_one_byte_a_second_time_out(hostile_site, tmp_path):
    base, _ = hostile_site
    started = time.monotonic()
    summary = _fetch(tmp_path, urls=(f"{base}/slow-headers.html",))
    assert time.monotonic() - started < 10
    assert summary.failed == {"timeout": 1}, summary.line()


def test_a_gzipped_sitemap_over_the_cap_is_a_too_large_skip(hostile_site, tmp_path):
    base, _ = hostile_site
    summary = _fetch(tmp_path, sitemaps=(f"{base}/sitemap-big.xml.gz",))
    assert summary.skipped == {"too_large": 1} and not summary.failed, summary.line()


def test_robots_wildcards_longest_match_and_fractional_crawl_delay(hostile_site, tmp_path):
    base, log = hostile_site
    paths = ["/doc.pdf", "/doc.pdf?v=1", "/search?q=khuyen+cong", "/searchable.html", "/search/ok.html",
             "/tin/noi-bo/a.html", "/tin/a.html", "/tin/b.html"]
    log.clear()
    summary = _fetch(tmp_path, urls=tuple(base + p for p in paths))
    asked = [p for _, p in log if p != "/robots.txt"]
    assert sorted(asked) == sorted(["/doc.pdf?v=1", "/search/ok.html", "/tin/a.html", "/tin/b.html"]), asked
    assert summary.skipped == {"robots": 4}, summary.line()
    times = [t for t, p in log if p != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert gaps and min(gaps) >= 0.35, f"Crawl-delay 0.4 not kept: {gaps}"


def test_redirects_to_link_local_addresses_are_refused(hostile_site, tmp_path):
    base, _ = hostile_site
    summary = _fetch(tmp_path, urls=(f"{base}/to-metadata.html", f"{base}/to-metadata-v6.html", f"{base}/to-here.html"))
    assert summary.skipped == {"private_address": 2}, summary.line()
    assert summary.fetched == 1, "a redirect within this machine, from this machine, is followed"
    reasons = {e["source"].rsplit("/", 1)[-1]: e for e in summary.errors}
    assert "169.254.169.254" in reasons["to-metadata.html"]["detail"]


def test_a_robots_txt_redirect_to_a_link_local_address_is_not_followed(hostile_site, tmp_path):
    base, log = hostile_site
    local = base.replace("127.0.0.1", "localhost")
    summary = _fetch(tmp_path, urls=(f"{local}/tin/a.html",))
    assert summary.fetched == 1 and not summary.skipped and not summary.failed, summary.line()


def test_a_public_site_may_not_redirect_into_this_machine():
    from pipeline.fetching.urls import refused_redirect

    assert refused_redirect("http://93.184.216.34/a", "http://127.0.0.1:8080/admin")
    assert refused_redirect("http://93.184.216.34/a", "http://10.1.2.3/")
    assert refused_redirect("http://93.184.216.34/a", "http://[::ffff:169.254.169.254]/")
    assert refused_redirect("http://127.0.0.1:5/a", "http://0.0.0.0:5/b")
    assert refused_redirect("http://93.184.216.34/a", "http://93.184.216.35/b") is None
    assert refused_redirect("http://127.0.0.1:5/a", "http://127.0.0.1:6/b") is None


def test_bad_urls_and_url_files_are_skips_not_tracebacks(tmp_path, capsys):
    urls = tmp_path / "urls.txt"
    urls.write_bytes(b"http://[::1\n\xff\xfe not utf-8\nftp://example.vn/a\nhttp://127.0.0.1:99999/\n")
    code = main(["fetch", "--urls", str(urls), "http://[::1/b", "--store", str(tmp_path / "store"), "--quiet"])
    captured = capsys.readouterr()
    assert code == 0 and "Traceback" not in captured.err, captured.err
    assert "skipped 5 (bad_scheme 2, bad_url 3)" in captured.out, captured.out
    records = tmp_path / "records.jsonl"
    records.write_bytes(b"\x00\x01 not json\n")
    _one_line_error(capsys, main(["show", "abc", "--records", str(records)]), "not a records file")


def test_title_and_comma_at_the_end_of_a_sentence_do_not_crash():
    """Found by the fuzzer: a title of office after many honorifics and a comma that ends the sentence once read past the
    last token (`organisations._org_scan`)."""
    record = process_text("Ông " * 17 + "Giám đốc Ông ,")
    assert record.text.endswith("Giám đốc Ông ,") and all(o.role == "Giám đốc" for o in record.officials)
