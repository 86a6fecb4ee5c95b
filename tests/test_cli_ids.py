"""Record ids depend on what identifies a document, never on the folder `vnie` runs from."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3

from pipeline.cli import main
from pipeline.reading.inputs import input_name, iter_named

from .conftest import DATA, ROOT, read_jsonl


def _store_ids(db) -> list[str]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT id FROM articles"))


def test_the_corpus_run_from_three_folders_into_one_store_keeps_one_record_each(tmp_path, monkeypatch):
    out = tmp_path / "out"
    shipped = sorted(r["id"] for r in read_jsonl(ROOT / "extracted" / "records.jsonl"))
    monkeypatch.chdir(ROOT)
    assert main(["run", "corpus", "-o", str(out), "-q"]) == 0
    first = (out / "records.jsonl").read_bytes()
    assert _store_ids(out / "vnie.db") == shipped, "the shipped corpus keeps the ids of extracted/records.jsonl"

    monkeypatch.chdir(ROOT / "corpus")
    assert main(["run", ".", "-o", str(out), "-q"]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["run", str(ROOT / "corpus"), "-o", str(out), "-q"]) == 0
    monkeypatch.chdir(ROOT / "tests")
    assert main(["run", "../corpus/", "-o", str(out), "-q"]) == 0
    assert _store_ids(out / "vnie.db") == shipped, "no duplicates: the same 5 articles, the same ids"
    assert (out / "records.jsonl").read_bytes() == first, "the records themselves are the same, sources included"


def test_a_jsonl_corpus_gets_the_same_ids_from_anywhere(tmp_path, monkeypatch):
    corpus = tmp_path / "data" / "news.jsonl.gz"
    corpus.parent.mkdir()
    lines = (DATA / "answers" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    entries = [json.loads(line) for line in lines]
    entries[2].pop("id", None)
    entries[2].pop("url", None)
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    assert main(["run", "data/news.jsonl.gz", "-o", str(out), "-q"]) == 0
    before = _store_ids(out / "vnie.db")
    monkeypatch.chdir(corpus.parent)
    assert main(["run", "news.jsonl.gz", "-o", str(out), "-q"]) == 0
    monkeypatch.chdir(ROOT)
    assert main(["run", str(tmp_path / "data"), "-o", str(out), "-q"]) == 0  # the folder: data/news.jsonl.gz, new ids
    records = read_jsonl(out / "records.jsonl")
    assert len(before) == 3 and set(before) <= {r["id"] for r in records}
    by_line = [r for r in records if r["source"].get("line") == 3]
    assert {r["source"]["path"] for r in by_line} == {"news.jsonl.gz", "data/news.jsonl.gz"}


def test_names_of_inputs(tmp_path):
    (tmp_path / "corpus" / "a" / "b").mkdir(parents=True)
    page = tmp_path / "corpus" / "a" / "b" / "x.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    assert input_name(page, tmp_path / "corpus") == "corpus/a/b/x.html"
    assert input_name(page, page) == "x.html"
    assert input_name(page, str(tmp_path / "corpus") + "/") == "corpus/a/b/x.html"


def test_two_files_with_one_name_are_both_kept(tmp_path, monkeypatch):
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        shutil.copy(DATA / "articles" / ("101_dongthap_hoicho.txt" if folder == "2023" else "102_nghean_khuyencong.txt"),
                    tmp_path / folder / "bai.txt")
    monkeypatch.chdir(tmp_path)
    names = [item[1] for item in iter_named(["2023/bai.txt", "2024/bai.txt"]) if isinstance(item, tuple)]
    assert names[0] == "bai.txt" and names[1] == (tmp_path / "2024" / "bai.txt").as_posix()
    assert main(["run", "2023/bai.txt", "2024/bai.txt", "-o", "out", "-q"]) == 0
    assert len({r["id"] for r in read_jsonl(tmp_path / "out" / "records.jsonl")}) == 2


def test_a_warc_capture_is_named_by_its_canonical_url_as_the_corpus_store_names_it(tmp_path):
    from pipeline.fetching.crawl import fetch
    from pipeline.fetching.sources import Sources
    from pipeline.fetching.store import CorpusStore
    from pipeline.fetching.warcfiles import WarcOut
    from pipeline.run.runner import run
    from pipeline.settings import Settings

    page = (ROOT / "tests" / "fixturesite" / "pages" / "nghe-an-tong-ket-khuyen-cong.html").read_bytes()
    warc = WarcOut(tmp_path / "cc.warc.gz")
    warc.write("https://Bao.vn:443/tin/nghe-an.html?utm_source=zalo#binh-luan", 200,
               {"content-type": "text/html; charset=utf-8"}, page, "2024-05-01T08:00:00Z")
    warc.close()
    run([tmp_path / "cc.warc.gz"], tmp_path / "direct", Settings(progress=False))
    with CorpusStore(tmp_path / "corpus") as store:
        fetch(Sources(warcs=(tmp_path / "cc.warc.gz",)), store)
    run([tmp_path / "corpus"], tmp_path / "stored", Settings(progress=False))
    (direct,) = read_jsonl(tmp_path / "direct" / "records.jsonl")
    (stored,) = read_jsonl(tmp_path / "stored" / "records.jsonl")
    assert direct["source"]["url"] == stored["source"]["url"] == "https://bao.vn/tin/nghe-an.html"
    assert direct["id"] == stored["id"]
