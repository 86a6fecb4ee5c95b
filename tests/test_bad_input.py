"""Bad input: each bad page gets a clear line in errors.jsonl, the run goes on, re-runs add nothing twice."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

from pipeline.cli import main

from .conftest import ROOT, read_jsonl

ARTICLE = (ROOT / "corpus" / "seeds" / "002_d76d8008020dd247.txt").read_text(encoding="utf-8")
BODY = "\n".join(line for line in ARTICLE.splitlines()[4:30] if line.strip())
TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after precomposed base letters."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + "".join(c for c in d if c in TONES))
    return "".join(out).encode("cp1258")


def _page(body: str, charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<!doctype html><html><head><meta charset='{charset}'><title>Hội nghị ngành Công thương</title></head>"
            f"<body><nav><a href='/'>Trang chủ</a></nav><article><h1>Hội nghị ngành Công thương</h1>{paragraphs}"
            "</article><footer>Bản quyền thuộc về Báo</footer></body></html>")


def _bad_corpus(folder: Path) -> dict[str, str]:
    """Write one good page and one of each kind of bad input; return file name -> expected reason."""
    folder.mkdir()
    (folder / "good.html").write_text(_page(BODY), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_text("   \n\n  ", encoding="utf-8")
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "truncated.html").write_text(_page(BODY)[: len(_page(BODY)) // 2], encoding="utf-8")
    (folder / "huge.html").write_text(_page(BODY * 9000), encoding="utf-8")  # about 20 MB
    (folder / "legacy.html").write_bytes(_cp1258(_page(BODY, "windows-1258")))
    (folder / "mojibake.txt").write_text(BODY.encode("utf-8").decode("latin-1"), encoding="utf-8")
    (folder / "english.html").write_text(_page(
        "The Ministry of Industry and Trade held a conference on industrial promotion in the southern provinces. "
        "Officials discussed exports, investment and the development of rural industry over the past year.\n" * 5),
        encoding="utf-8")
    with gzip.open(folder / "corpus.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a1", "text": BODY}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "a3", "title": "no text"}) + "\n")
    return {
        "empty.txt": "empty", "blank.html": "empty", "binary.html": "binary", "truncated.html": "truncated_html",
        "huge.html": "too_large", "mojibake.txt": "mis_encoded", "english.html": "not_vietnamese",
    }


def test_bad_inputs_are_rejected_with_reasons_and_the_run_goes_on(tmp_path, capsys):
    expected = _bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    records = read_jsonl(out / "records.jsonl")
    errors = read_jsonl(out / "errors.jsonl")
    by_file = {Path(e["source"]).name: e for e in errors if e["level"] != "warning"}
    for name, reason in expected.items():
        assert by_file[name]["reason"] == reason, by_file[name]
        assert by_file[name]["detail"]
    sources = sorted(Path(r["source"]["path"]).name for r in records)
    assert sources == ["corpus.jsonl.gz", "good.html", "legacy.html"]
    warning = [e for e in errors if e["level"] == "warning"]
    assert [Path(w["source"]).name for w in warning] == ["legacy.html"]
    assert warning[0]["reason"] == "legacy_encoding"
    jsonl_errors = sorted((e["line"], e["reason"]) for e in errors if e["source"].endswith("corpus.jsonl.gz"))
    assert jsonl_errors == [(2, "bad_json"), (3, "no_text")]
    legacy = next(r for r in records if r["source"]["path"].endswith("legacy.html"))
    good = next(r for r in records if r["source"]["path"].endswith("good.html"))
    assert legacy["text"] == good["text"], "a windows-1258 page reads the same as its UTF-8 twin"
    summary = capsys.readouterr().out
    assert "read 12, written 3" in summary and "too_large 1" in summary

    # A re-run replaces by id: nothing lost, nothing doubled.
    assert main(["run", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    assert read_jsonl(out / "records.jsonl") == records
    assert sorted(map(json.dumps, read_jsonl(out / "errors.jsonl"))) == sorted(map(json.dumps, errors))


def test_a_fixed_input_leaves_the_error_log(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "page.html"
    page.write_text(_page(BODY)[:300], encoding="utf-8")
    out = tmp_path / "out"
    main(["run", str(folder), "-o", str(out), "--quiet"])
    assert [e["reason"] for e in read_jsonl(out / "errors.jsonl")] == ["truncated_html"]
    page.write_text(_page(BODY), encoding="utf-8")
    main(["run", str(folder), "-o", str(out), "--quiet"])
    assert read_jsonl(out / "errors.jsonl") == []
    assert len(read_jsonl(out / "records.jsonl")) == 1


def test_a_crash_in_one_document_loses_no_other(tmp_path, monkeypatch):
    from pipeline.run import process

    real = process.to_record

    def flaky(article, timings=None):
        if "boom" in (article.doc.path or ""):
            raise RuntimeError("simulated bug")
        return real(article, timings)

    monkeypatch.setattr(process, "to_record", flaky)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(_page(BODY), encoding="utf-8")
    (folder / "boom.html").write_text(_page(BODY), encoding="utf-8")
    (folder / "c.html").write_text(_page(BODY + "\nThêm một đoạn nữa về khuyến công."), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--quiet"]) == 3, "an input that failed with an error gives exit status 3"
    assert len(read_jsonl(out / "records.jsonl")) == 2
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["level"] == "error" and "simulated bug" in error["detail"]
